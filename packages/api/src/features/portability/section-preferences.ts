/** Preferences and profile: restored only into a wardrobe that has none saved. */
import { PROFILE_DEFAULTS } from '@fashion/core';
import { PortablePreferencesSchema, type PortablePreferences } from './format.ts';
import type { PortableSection } from './section-types.ts';

export const preferencesSection: PortableSection<PortablePreferences | null> = {
  name: 'preferences',
  schema: PortablePreferencesSchema.nullable(),
  empty: null,
  async list(ctx, userId) {
    const p = await ctx.store.profiles.get(userId);
    if (!p) return null;
    const { userId: _owner, updatedAt: _at, ...rest } = p;
    return rest;
  },
  idsOf: () => new Set(),
  check: () => [],
  /** The person's current choices win over the file's. */
  async restore(ctx, value, r) {
    if (!value || (await ctx.store.profiles.get(r.userId))) return 0;
    await ctx.store.profiles.update(r.userId, value, PROFILE_DEFAULTS);
    return 1;
  },
};
