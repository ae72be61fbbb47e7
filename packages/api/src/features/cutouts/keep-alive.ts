/**
 * On a Worker the isolate may stop once the answer is sent: a request that left cut-out work
 * queued asks the runtime to wait for it (executionCtx.waitUntil). Node has no execution
 * context (Hono's getter throws there), and its process outlives the request anyway.
 */
import type { MiddlewareHandler } from 'hono';
import type { CutoutService } from './service.ts';

export function keepAliveForCutouts(cutouts: CutoutService): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (!cutouts.busy) return;
    try {
      c.executionCtx.waitUntil(cutouts.drained());
    } catch {
      // no execution context: a long-lived process
    }
  };
}
