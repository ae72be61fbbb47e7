import type { WorkerEnv } from '../src/env.ts';

declare global {
  namespace Cloudflare {
    interface Env extends WorkerEnv {
      TEST_MIGRATIONS: import('cloudflare:test').D1Migration[];
      /** Fixture photos by file name, base64 (see vitest.config.ts). */
      FIXTURES: Record<string, string>;
    }
  }
}
