import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

/**
 * Generous limits: `npm test` runs on two cores shared with other work, where vitest's 5 s default
 * failed files that pass on an idle machine. Timing belongs in `npm run bench:*`, not in tests.
 */
const LIMITS = { testTimeout: 30_000, hookTimeout: 60_000 } as const;

// Folders under packages/ and apps/ without their own vitest config inherit LIMITS (a folder
// project would not: vitest gives it its own defaults). Those with one (the web app uses jsdom,
// the Worker runs in workerd) are referenced as they are and set their own limits.
const workspaces = ['packages', 'apps'].flatMap((dir) =>
  readdirSync(dir).map((name) => `${dir}/${name}`),
);
const hasConfig = (ws: string) => existsSync(`${ws}/vitest.config.ts`);
const packageName = (ws: string) =>
  (JSON.parse(readFileSync(`${ws}/package.json`, 'utf8')) as { name: string }).name;

export default defineConfig({
  test: {
    ...LIMITS,
    projects: [
      ...workspaces.filter(hasConfig),
      ...workspaces
        .filter((ws) => !hasConfig(ws) && existsSync(`${ws}/package.json`))
        .map((ws) => ({ extends: true, test: { name: packageName(ws), root: ws } })),
      { extends: true, test: { name: 'scripts', include: ['scripts/test/**/*.test.ts'] } },
    ],
  },
});
