/**
 * The Worker's tests run inside workerd (@cloudflare/vitest-pool-workers) with local D1 and R2
 * bindings from wrangler.toml, the D1 migrations of the SQLite store, fixture photos passed as
 * base64 bindings, and ML_SERVICE_URL pointing at an HTTP server started by global-setup.ts.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import sharp from 'sharp';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

async function fixtures(): Promise<Record<string, string>> {
  const dir = here('../../fixtures/photos/');
  const names = ['shirt-1.jpg', 'outwear-2.jpg', 'shoes-1.jpg', 'pants-1.jpg'];
  const entries: (readonly [string, string])[] = await Promise.all(
    names.map(async (n) => [n, (await readFile(dir + n)).toString('base64')] as const),
  );
  // A PNG, which the edge stores as PNG (it does not re-encode).
  entries.push([
    'shirt-1.png',
    (
      await sharp(dir + 'shirt-1.jpg')
        .resize(320)
        .png()
        .toBuffer()
    ).toString('base64'),
  ]);
  const exif = here('../../fixtures/exif/');
  for (const n of (await readdir(exif)).filter((f) => f.endsWith('.jpg'))) {
    entries.push([`exif/${n}`, (await readFile(exif + n)).toString('base64')]);
  }
  return Object.fromEntries(entries);
}

export default defineConfig(async () => {
  const migrations = await readD1Migrations(here('../../packages/adapters/src/sqlite/drizzle'));
  const photos = await fixtures();
  return {
    plugins: [
      cloudflareTest(({ inject }) => ({
        main: './src/index.ts',
        wrangler: { configPath: './wrangler.toml' },
        miniflare: {
          bindings: {
            TEST_MIGRATIONS: migrations,
            FIXTURES: photos,
            ML_SERVICE_URL: inject('mlUrl'),
          },
        },
      })),
    ],
    test: {
      name: '@fashion/worker',
      globalSetup: ['./test/global-setup.ts'],
      setupFiles: ['./test/apply-migrations.ts'],
      testTimeout: 20_000,
      // Set-up starts workerd and an ML stub: slow on a loaded machine (vitest's default is 10 s).
      hookTimeout: 60_000,
    },
  };
});
