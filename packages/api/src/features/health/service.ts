/** Liveness of the API and its store, and of the classifier. */
import type { Health } from '@fashion/core';
import type { AppContext } from '../../deps.ts';
import { withOriginalFields, type MlHealthAnswer } from './ml-compat.ts';

export function healthService(ctx: AppContext) {
  return {
    async health(): Promise<Health> {
      const storeOk = await ctx.store.ping().catch(() => false);
      return {
        status: storeOk ? 'ok' : 'degraded',
        version: ctx.options.version,
        mode: ctx.options.mode,
        store: storeOk ? 'ok' : 'down',
        auth: ctx.authenticator.required ? 'auth0' : 'anonymous',
        time: new Date().toISOString(),
      };
    },
    async ml(): Promise<MlHealthAnswer> {
      const h = await ctx.classifier.health().catch((err: unknown) => ({
        status: 'unavailable' as const,
        mode: 'none' as const,
        models: {},
        detail: err instanceof Error ? err.message : 'health check failed',
      }));
      return withOriginalFields(h);
    },
  };
}
