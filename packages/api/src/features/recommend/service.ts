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
    if (v !== undefined) out[k] = v;
  }
  return out as Partial<Preferences>;
}

export function recommendService(ctx: AppContext) {
  return {
    /** @throws WardrobeIncompleteError when no outfit can be made (the route answers 400). */
    async recommend(
      userId: string,
      query: RecommendQuery,
    ): Promise<{ outfits: RecommendedOutfit<Garment>[] }> {
      const [garments, profile] = await Promise.all([
        ctx.store.garments.list(userId),
        ctx.store.profiles.get(userId),
      ]);
      const prefs = resolvePreferences({ ...preferencesOf(profile), ...preferencesOf(query) });
      const wardrobe = garments.map(toGarmentJson);
      const outfits = recommendOutfits(wardrobe, prefs, {
        temperature: query.temperature,
        rain: query.rain,
        exclude: query.exclude,
        limit: query.limit ?? 3,
        seed: query.seed,
        recentlyWorn: recentlyWorn(wardrobe, Date.now()),
      });
      return { outfits };
    },
  };
}
