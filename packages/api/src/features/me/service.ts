/** The caller and their preferences (nothing chosen until they save some). */
import { PROFILE_DEFAULTS, type Me, type PreferencesUpdate, type Profile } from '@fashion/core';
import type { AppContext } from '../../deps.ts';
import type { Principal } from '../../ports/auth.ts';

export function meService(ctx: AppContext) {
  async function preferences(userId: string): Promise<Profile> {
    return (await ctx.store.profiles.get(userId)) ?? { ...PROFILE_DEFAULTS, userId };
  }
  return {
    preferences,
    async me(principal: Principal): Promise<Me> {
      return {
        ...principal,
        auth: ctx.authenticator.required ? 'auth0' : 'anonymous',
        profile: await preferences(principal.userId),
      };
    },
    async update(userId: string, patch: PreferencesUpdate): Promise<Profile> {
      return ctx.store.profiles.update(userId, patch, PROFILE_DEFAULTS);
    },
  };
}
