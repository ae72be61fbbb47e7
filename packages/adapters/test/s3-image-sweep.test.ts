/**
 * The image sweep over a real S3 server (s3rver) and a real SQLite store: unreferenced objects
 * past the age go, referenced ones and browser uploads awaiting confirmation (`pending/`) stay;
 * while the bucket is down the sweep deletes nothing and fails loudly.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepImages } from '@fashion/api';
import { createSqliteStore } from '../src/sqlite/index.ts';
import { startLocalS3, type LocalS3 } from './helpers/local-s3.ts';

describe('image sweep on S3', () => {
  let s3: LocalS3;
  let dir: string;
  beforeAll(async () => {
    s3 = await startLocalS3();
    dir = await mkdtemp(join(tmpdir(), 'fashion-s3-sweep-'));
  });
  afterAll(async () => {
    await s3.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('removes only unreferenced objects', async () => {
    const images = s3.store();
    const store = createSqliteStore(join(dir, 'sweep.sqlite'));
    const kept = `${'1'.repeat(32)}.webp`;
    const thumb = `${'1'.repeat(32)}.thumb.webp`;
    const orphan = `${'2'.repeat(32)}.webp`;
    const pending = `pending/${'3'.repeat(32)}.jpg`;
    for (const key of [kept, thumb, orphan])
      await images.put(key, new Uint8Array([1]), 'image/webp');
    await images.put(pending, new Uint8Array([1]), 'image/jpeg');
    await store.garments.create({
      _id: 'a'.repeat(24),
      userId: 'auth0|alice',
      imagen_url: images.url(kept),
      thumbnail_url: images.url(thumb),
      image_key: kept,
      thumbnail_key: thumb,
      tipo: 'superior',
      clase_nombre: 'Shirt',
      color: 'azul',
      confianza: 1,
      ocasion: [],
      fecha_agregada: new Date().toISOString(),
    } as never);

    expect(await sweepImages(images, store, 3600_000)).toEqual({ removed: 0, failed: 0 });
    expect(await sweepImages(images, store, 0)).toEqual({ removed: 1, failed: 0 });
    const left: string[] = [];
    for await (const o of images.list!('')) left.push(o.key);
    expect(left.sort()).toEqual([kept, thumb, pending].sort());

    await s3.stop();
    await expect(sweepImages(images, store, 0)).rejects.toThrow();
    await store.close?.();
  });
});
