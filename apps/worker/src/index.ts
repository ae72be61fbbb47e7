/**
 * Worker entry: builds the app once per isolate (bindings do not change between requests of an
 * isolate) and hands every request to it. A configuration error answers 500 JSON naming the
 * variable, on every request, until the configuration is fixed.
 */
import type { App } from '@fashion/api';
import { sweepImages } from '@fashion/api';
import { createWorkerApp, workerStores } from './app.ts';
import { ConfigError, loadWorkerConfig } from './config.ts';
import type { WorkerEnv } from './env.ts';

// The Durable Object class behind RATE_LIMITER (wrangler.toml) must be exported by the entry.
export { RateLimiter } from './rate-limiter.ts';

const apps = new WeakMap<WorkerEnv, App>();

/** An upload takes seconds between its image write and its row: an hour is far past that. */
export const IMAGE_SWEEP_AGE_MS = 3600_000;

function appFor(env: WorkerEnv): App {
  let app = apps.get(env);
  if (!app) {
    app = createWorkerApp(env, loadWorkerConfig(env));
    apps.set(env, app);
  }
  return app;
}

export default {
  async fetch(request, env, ctx): Promise<Response> {
    let app: App;
    try {
      app = appFor(env);
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      console.error(err.message);
      return Response.json({ error: err.message }, { status: 500 });
    }
    return app.fetch(request, env, ctx);
  },
  /**
   * Cron (wrangler.toml [triggers]): deletes R2 objects no garment references that are older
   * than an hour (crash leftovers, deletes whose object removal failed).
   */
  async scheduled(_controller, env, ctx): Promise<void> {
    const { store, images } = workerStores(env, loadWorkerConfig(env));
    ctx.waitUntil(
      sweepImages(images, store, IMAGE_SWEEP_AGE_MS).then(({ removed, failed }) => {
        if (removed || failed) console.log(`[images] sweep removed ${removed}, ${failed} failed`);
      }),
    );
  },
} satisfies ExportedHandler<WorkerEnv>;
