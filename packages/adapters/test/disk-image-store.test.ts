import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newImageKeys } from '@fashion/core';
import { DiskImageStore } from '../src/disk/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'fashion-disk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('DiskImageStore', () => {
  const store = new DiskImageStore({ dir: join(dir, 'images') });
  const body = new Uint8Array([1, 2, 3, 4, 5]);

  it('puts, gets, serves by URL and deletes an object', async () => {
    const { full, thumbnail } = newImageKeys();
    await store.put(full, body, 'image/webp');
    await store.put(thumbnail, body.slice(0, 2), 'image/webp');
    expect(await store.get(full)).toEqual({ body, contentType: 'image/webp' });
    expect(store.url(full)).toBe(`/api/images/${full}`);
    expect(readdirSync(store.dir).sort()).toEqual([full, thumbnail].sort());
    await store.delete(full);
    await store.delete(full); // idempotent
    expect(await store.get(full)).toBeNull();
    await store.delete(thumbnail);
    expect(readdirSync(store.dir)).toEqual([]);
  });

  it('serves JPEG keys as image/jpeg and honours a URL prefix', async () => {
    const prefixed = new DiskImageStore({ dir: join(dir, 'p'), urlPrefix: 'https://x.test/img/' });
    const { full } = newImageKeys('jpg');
    await prefixed.put(full, body, 'image/jpeg');
    expect((await prefixed.get(full))?.contentType).toBe('image/jpeg');
    expect(prefixed.url(full)).toBe(`https://x.test/img/${full}`);
  });

  it('refuses keys that are not image keys (no path can escape the folder)', async () => {
    for (const key of [
      '../secret.webp',
      '/etc/passwd',
      'a/b.webp',
      'ABC.webp',
      `${'a'.repeat(32)}.gif`,
      '',
    ]) {
      await expect(store.put(key, body, 'image/webp')).rejects.toThrow(/invalid image key/);
      await expect(store.delete(key)).rejects.toThrow(/invalid image key/);
      expect(await store.get(key)).toBeNull();
      expect(() => store.url(key)).toThrow(/invalid image key/);
    }
  });
});
