import type { D1Migration } from 'cloudflare:test';
import type { WorkerEnv } from '../src/env.ts';

declare global {
  namespace Cloudflare {
    interface Env extends WorkerEnv {
      TEST_MIGRATIONS: D1Migration[];
      /** Fixture photos by file name, base64 (see vitest.config.ts). */
      FIXTURES: Record<string, string>;
    }
  }
}
