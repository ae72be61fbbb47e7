import { defineConfig } from 'vitest/config';

// Each workspace may bring its own vitest.config.ts (the web app uses jsdom, the Worker runs in workerd).
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*'],
  },
});
