/**
 * Stopping the server while cut-outs wait: the running one finishes, the waiting ones are
 * dropped before the store closes (they used to run against the closed database and fail), and
 * a restart on the same data folder makes the missing ones when the wardrobe is listed.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { startServer } from '../src/server.ts';

const root = mkdtempSync(join(tmpdir(), 'fashion-shutdown-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const photos = [
  'shirt-1.jpg',
  'dress-1.jpg',
  'pants-1.jpg',
  'hat-1.jpg',
  'outwear-1.jpg',
  'shirt-2.jpg',
];

function upload(url: string, name: string): Promise<Response> {
  const form = new FormData();
  const bytes = readFileSync(
    fileURLToPath(new URL(`../../../fixtures/photos/${name}`, import.meta.url)),
  );
  form.append('imagen', new Blob([bytes], { type: 'image/jpeg' }), name);
  form.append('clase_nombre', 'Shirt');
  form.append('color', 'azul');
  return fetch(`${url}/api/prendas/upload`, { method: 'POST', body: form });
}

/** GET /api/prendas without a limit answers the whole list (the original clients read it so). */
type Listed = { _id: string; recorte_url?: string }[];

describe('shutting down with cut-outs queued', () => {
  it(
    'runs no cut-out after the store closed, and a restart finishes them',
    { timeout: 180_000 },
    async () => {
      const config = loadConfig({
        PORT: '0',
        DATA_DIR: join(root, 'data'),
        WEB_DIST: join(root, 'none'),
      });
      const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);

      const first = await startServer(config);
      const answers = await Promise.all(photos.map((p) => upload(first.url, p)));
      expect(answers.map((r) => r.status)).toEqual(photos.map(() => 201));
      await first.close();
      // Before the fix the dropped jobs ran now, each failing on the closed database at once.
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const cutoutErrors = errors.mock.calls.filter((call) => String(call[0]).includes('cut-out'));
      expect(cutoutErrors).toEqual([]);

      const second = await startServer(config);
      try {
        let listed: Listed = [];
        await vi.waitFor(
          async () => {
            listed = (await (await fetch(`${second.url}/api/prendas`)).json()) as Listed;
            expect(listed.filter((g) => g.recorte_url)).toHaveLength(photos.length);
          },
          { timeout: 150_000, interval: 500 },
        );
        expect(listed).toHaveLength(photos.length);
      } finally {
        await second.close();
      }
      expect(errors.mock.calls.filter((call) => String(call[0]).includes('cut-out'))).toEqual([]);
    },
  );
});
