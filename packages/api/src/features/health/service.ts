/** Liveness of the API, its store and its image store, and of the classifier. */
import type { Health } from '@fashion/core';
import type { AppContext } from '../../deps.ts';
import { withOriginalFields, type MlHealthAnswer } from './ml-compat.ts';

export function healthService(ctx: AppContext) {
  return {
    async health(): Promise<Health> {
      const [storeOk, imagesOk] = await Promise.all([
        ctx.store.ping().catch(() => false),
        ctx.images.ping ? ctx.images.ping().catch(() => false) : true,
      ]);
      return {
        status: storeOk && imagesOk ? 'ok' : 'degraded',
        version: ctx.options.version,
        mode: ctx.options.mode,
        store: storeOk ? 'ok' : 'down',
        images: imagesOk ? 'ok' : 'down',
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
