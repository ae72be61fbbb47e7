/** The R2-binding ImageStore on a real local R2 bucket (workerd via Miniflare). */
import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { R2BindingImageStore, type R2BucketLike } from '../src/r2-binding/index.ts';
import { startLocalCloudflare } from './helpers/local-cloudflare.ts';

const cf = await startLocalCloudflare();
afterAll(() => cf.dispose());
const bucket = cf.r2 as unknown as R2BucketLike;
const photo = new Uint8Array(
  await readFile(new URL('../../../fixtures/photos/pants-1.jpg', import.meta.url)),
);

describe('R2BindingImageStore', () => {
  const store = new R2BindingImageStore({ bucket, folder: 'fashion_ai' });

  it('puts under the folder, gets with its content type, deletes idempotently', async () => {
    await store.put('abc.jpg', photo, 'image/jpeg');
    const raw = await cf.r2.get('fashion_ai/abc.jpg');
    expect(raw?.size).toBe(photo.byteLength);
    const got = await store.get('abc.jpg');
    expect(got?.contentType).toBe('image/jpeg');
    expect(got?.body).toEqual(photo);
    await store.delete('abc.jpg');
    expect(await store.get('abc.jpg')).toBeNull();
    await store.delete('abc.jpg');
  });

  it('points URLs at the image route, or at the public bucket URL when there is one', () => {
    expect(store.url('abc.jpg')).toBe('/api/images/abc.jpg');
    const pub = new R2BindingImageStore({
      bucket,
      folder: 'fashion_ai',
      publicUrl: 'https://pub-123.r2.dev/',
    });
    expect(pub.url('abc.jpg')).toBe('https://pub-123.r2.dev/fashion_ai/abc.jpg');
  });

  it('refuses keys that could leave the folder', async () => {
    await expect(store.put('../x.jpg', photo, 'image/jpeg')).rejects.toThrow(/invalid image key/);
    expect(() => store.url('../../etc/passwd')).toThrow(/invalid image key/);
  });
});
