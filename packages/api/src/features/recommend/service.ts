/**
 * Outfit recommendations for the caller: their garments, their saved preferences under the
 * query's, and the core recommender. Unset preferences fall back to the saved profile, then to
 * the defaults. Garments worn in the last few days (`ultimo_uso`, set by "worn" on a saved
 * outfit) give way to others, and the explanation says so when one still comes back.
 */
import {
  PreferencesSchema,
  recommendOutfits,
  resolvePreferences,
  type Garment,
  type Preferences,
  type Profile,
  type RecommendQuery,
  type RecommendedOutfit,
} from '@fashion/core';
import type { AppContext } from '../../deps.ts';
import { toGarmentJson } from '../garments/wire.ts';

/** How long a worn garment counts as "worn lately" for the rotation. */
const RECENTLY_WORN_MS = 3 * 24 * 60 * 60 * 1000;

function recentlyWorn(garments: readonly Garment[], now: number): string[] {
  return garments
    .filter((g) => g.ultimo_uso !== undefined && now - Date.parse(g.ultimo_uso) < RECENTLY_WORN_MS)
    .map((g) => g._id);
}

const PREFERENCE_KEYS = Object.keys(PreferencesSchema.shape) as (keyof Preferences)[];

/** The preference fields of a value, without the unset ones. */
function preferencesOf(source: Partial<Profile> | RecommendQuery | null): Partial<Preferences> {
  const out: Partial<Record<keyof Preferences, unknown>> = {};
  if (!source) return {};
  for (const k of PREFERENCE_KEYS) {
    const v = (source as Partial<Record<keyof Preferences, unknown>>)[k];
    // '' is a saved "not chosen" (the original's convention): the default applies.
    if (v !== undefined && v !== '') out[k] = v;
  }
  return out as Partial<Preferences>;
}

/** What a caller other than the route adds: the calendar plans for a day other than now. */
export interface RecommendContext {
  /** Garments to rotate instead of those worn in the last days (`ultimo_uso`). */
  recentlyWorn?: readonly string[];
  /** Garments that cannot be chosen (e.g. waiting for the laundry). */
  unavailable?: ReadonlySet<string>;
  /** The day planned for (`YYYY-MM-DD`) when the query does not name one: its season counts. */
  fecha?: string;
}

export function recommendService(ctx: AppContext) {
  return {
    /** @throws WardrobeIncompleteError when no outfit can be made (the route answers 400). */
    async recommend(
      userId: string,
      query: RecommendQuery,
      context: RecommendContext = {},
    ): Promise<{ outfits: RecommendedOutfit<Garment>[] }> {
      const [garments, profile, categories] = await Promise.all([
        // Archived garments and those waiting for the wash are never suggested.
        ctx.store.garments.list(userId, { estado: 'activa', lavado: 'limpia' }),
        ctx.store.profiles.get(userId),
        ctx.store.categories.list(userId),
      ]);
      const prefs = resolvePreferences({ ...preferencesOf(profile), ...preferencesOf(query) });
      const wardrobe = garments.filter((g) => !context.unavailable?.has(g._id)).map(toGarmentJson);
      const outfits = recommendOutfits(wardrobe, prefs, {
        temperature: query.temperature,
        rain: query.rain,
        exclude: query.exclude,
        limit: query.limit ?? 3,
        seed: query.seed,
        // The season of the day asked for, in the person's hemisphere (their city, else north).
        fecha: query.fecha ?? context.fecha,
        hemisferio: (profile?.ciudad?.lat ?? 0) < 0 ? 'sur' : 'norte',
        recentlyWorn: context.recentlyWorn ?? recentlyWorn(wardrobe, Date.now()),
        // A garment in a category with another role than its class's goes by that role.
        categories,
      });
      return { outfits };
    },
  };
}
