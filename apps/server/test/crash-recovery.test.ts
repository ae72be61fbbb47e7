/**
 * `kill -9` in the middle of an upload burst, then a restart with IMAGE_SWEEP_AGE_S=0: no image
 * file is left that no garment references (`*.tmp` included), and every garment's images exist.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const photo = readFileSync(join(ROOT, 'fixtures/photos/shirt-1.jpg'));
const dataDir = mkdtempSync(join(tmpdir(), 'fashion-crash-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** The server in ONE Node process (no tsx wrapper), so that SIGKILL hits the server itself. */
function startServer(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'apps/server/src/main.ts')],
      {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH ?? '',
          PORT: '0',
          DATA_DIR: dataDir,
          WEB_DIST: join(dataDir, 'no-web'),
          // Uploads below name class and colour; no models needed.
          ML_SERVICE_URL: 'http://127.0.0.1:9',
          RATE_LIMIT_MAX: '0',
          RATE_LIMIT_HEAVY_MAX: '0',
          HEAVY_MAX_IN_FLIGHT: '8',
          HEAVY_MAX_QUEUED: '64',
          ...env,
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m?.[1]) resolve({ url: m[1], child });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

function upload(url: string): Promise<number> {
  const form = new FormData();
  form.append('imagen', new Blob([photo], { type: 'image/jpeg' }), 'shirt.jpg');
  form.append('clase_nombre', 'Shirt');
  form.append('color', 'azul');
  return fetch(`${url}/api/prendas/upload`, { method: 'POST', body: form }).then(
    (r) => r.status,
    () => 0,
  );
}

describe('crash recovery', () => {
  it(
    'after kill -9 mid-burst, a restart with IMAGE_SWEEP_AGE_S=0 leaves no orphans and no missing images',
    { timeout: 120_000 },
    async () => {
      const first = await startServer({});
      expect(await upload(first.url)).toBe(201);
      const exited = new Promise((r) => first.child.once('exit', r));
      const burst = Array.from({ length: 24 }, () => upload(first.url));
      // Kill once the burst is under way: some uploads stored, some mid-write.
      await Promise.race(burst.slice(1));
      await new Promise((r) => setTimeout(r, 30));
      first.child.kill('SIGKILL');
      await exited;
      const statuses = await Promise.all(burst);
      expect(statuses.filter((st) => st === 0).length).toBeGreaterThan(0);

      const images = join(dataDir, 'images');
      // What a kill leaves depends on timing: add one of each kind so the check always has work.
      writeFileSync(join(images, `${'d'.repeat(32)}.webp`), 'orphan');
      writeFileSync(join(images, `${'e'.repeat(32)}.thumb.webp.77.1700000000000.tmp`), 'half');
      const second = await startServer({ IMAGE_SWEEP_AGE_S: '0' });
      try {
        const db = new Database(join(dataDir, 'fashion.db'), { readonly: true });
        const rows = db
          .prepare('SELECT image_key, thumbnail_key, recorte_key FROM garments')
          .all() as {
          image_key: string;
          thumbnail_key: string | null;
          recorte_key: string | null;
        }[];
        db.close();
        const referenced = rows
          .flatMap((r) => [r.image_key, r.thumbnail_key ?? [], r.recorte_key ?? []])
          .flat()
          .sort();
        expect(rows.length).toBeGreaterThanOrEqual(1);
        expect(readdirSync(images).sort()).toEqual(referenced);
        expect(await upload(second.url)).toBe(201);
      } finally {
        second.child.kill('SIGTERM');
        await new Promise((r) => second.child.once('exit', r));
      }
    },
  );
});
