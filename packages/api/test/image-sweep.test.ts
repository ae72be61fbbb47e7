/**
 * Storage heals itself: image files no garment references (crash leftovers, `*.tmp`, failed
 * deletes) are swept once older than the age; referenced images are never touched. The image
 * store's health is part of /api/health.
 */
import { mkdirSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sweepImages } from '../src/index.ts';
import { call, upload } from './helpers/client.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

let s: TestServer;
beforeEach(async () => {
  s = await startTestServer();
});
afterEach(() => s.close());

async function referencedKeys(): Promise<string[]> {
  return [...(await s.store.imageKeys!())].sort();
}

describe('image sweep', () => {
  it('removes unreferenced files and *.tmp leftovers past the age, never referenced ones', async () => {
    expect((await upload(s.url, 'shirt-1.jpg')).status).toBe(201);
    expect((await upload(s.url, 'hat-1.jpg')).status).toBe(201);
    const orphan = join(s.imagesDir, `${'a'.repeat(32)}.webp`);
    const leftover = join(s.imagesDir, `${'b'.repeat(32)}.thumb.webp.4242.1700000000000.tmp`);
    writeFileSync(orphan, 'x');
    writeFileSync(leftover, 'y');
    const referenced = await referencedKeys();
    expect(referenced).toHaveLength(4);

    // Young files stay (an upload may be between its image write and its row insert).
    expect(await sweepImages(s.images, s.store, 3600_000)).toEqual({ removed: 0, failed: 0 });
    expect(s.files()).toHaveLength(6);
    // Old enough: the two leftovers go, the four referenced images stay.
    const hourAgo = new Date(Date.now() - 2 * 3600_000);
    utimesSync(orphan, hourAgo, hourAgo);
    utimesSync(leftover, hourAgo, hourAgo);
    expect(await sweepImages(s.images, s.store, 3600_000)).toEqual({ removed: 2, failed: 0 });
    expect(s.files()).toEqual(referenced);
  });

  it('a DELETE while the image folder is broken loses nothing: the next sweep removes the files', async () => {
    const g = (await upload(s.url, 'shirt-1.jpg')).body;
    expect((await upload(s.url, 'hat-1.jpg')).status).toBe(201);
    expect(s.files()).toHaveLength(4);
    // A file where the folder should be (root ignores permissions; this it cannot write through).
    const away = `${s.imagesDir}.away`;
    renameSync(s.imagesDir, away);
    writeFileSync(s.imagesDir, 'not a folder');
    try {
      const health = await call(s.url, 'GET', '/api/health');
      expect(health).toMatchObject({
        status: 503,
        body: { status: 'degraded', store: 'ok', images: 'down' },
      });
      expect((await call(s.url, 'DELETE', `/api/prendas/${g._id}`)).status).toBe(200);
      expect(s.errors.length).toBeGreaterThan(0); // the failed image delete was logged
    } finally {
      rmSync(s.imagesDir);
      renameSync(away, s.imagesDir);
    }
    // The deleted garment's files are still there, now unreferenced…
    expect(s.files()).toHaveLength(4);
    expect(await referencedKeys()).toHaveLength(2);
    // …and the sweep (age 0, as at start-up) removes exactly them.
    expect(await sweepImages(s.images, s.store, 0)).toEqual({ removed: 2, failed: 0 });
    expect(s.files()).toEqual(await referencedKeys());
    expect((await call(s.url, 'GET', '/api/health')).body).toMatchObject({ images: 'ok' });
  });

  it('a delete that fails during the sweep is counted and retried by the next sweep', async () => {
    const orphan = `${'c'.repeat(32)}.jpg`;
    writeFileSync(join(s.imagesDir, orphan), 'z');
    const failing = {
      ...s.images,
      list: s.images.list!.bind(s.images),
      delete: async () => {
        throw new Error('EACCES');
      },
    };
    expect(await sweepImages(failing, s.store, 0)).toEqual({ removed: 0, failed: 1 });
    expect(await sweepImages(s.images, s.store, 0)).toEqual({ removed: 1, failed: 0 });
    expect(s.files()).toEqual([]);
    mkdirSync(s.imagesDir, { recursive: true });
  });
});
