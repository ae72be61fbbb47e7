/**
 * Worker entry: builds the app once per isolate (bindings do not change between requests of an
 * isolate) and hands every request to it. A configuration error answers 500 JSON naming the
 * variable, on every request, until the configuration is fixed.
 */
import type { App } from '@fashion/api';
import { createWorkerApp } from './app.ts';
import { ConfigError, loadWorkerConfig } from './config.ts';
import type { WorkerEnv } from './env.ts';

// The Durable Object class behind RATE_LIMITER (wrangler.toml) must be exported by the entry.
export { RateLimiter } from './rate-limiter.ts';

const apps = new WeakMap<WorkerEnv, App>();

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
} satisfies ExportedHandler<WorkerEnv>;
