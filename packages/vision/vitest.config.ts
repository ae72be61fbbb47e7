import { defineProject } from 'vitest/config';

// Real models, decoders and worker threads on a shared 2-core machine: generous time limits
// (correctness only; timing lives in `npm run bench:ml`).
export default defineProject({
  test: { name: '@fashion/vision', testTimeout: 60_000, hookTimeout: 120_000 },
});
