/**
 * Outfit recommendations for the caller: their garments, their saved preferences under the
 * query's, and the core recommender. Unset preferences fall back to the saved profile, then to
 * the defaults.
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
      const outfits = recommendOutfits(garments.map(toGarmentJson), prefs, {
        temperature: query.temperature,
        rain: query.rain,
        exclude: query.exclude,
        limit: query.limit ?? 3,
        seed: query.seed,
      });
      return { outfits };
    },
  };
}
