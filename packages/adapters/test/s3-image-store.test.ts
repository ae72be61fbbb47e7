import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { r2Endpoint, type S3ImageStore } from '../src/s3/index.ts';
import { startLocalS3, type LocalS3 } from './helpers/local-s3.ts';

const photo = new Uint8Array(
  await readFile(new URL('../../../fixtures/photos/shirt-1.jpg', import.meta.url)),
);

describe('S3ImageStore against a local S3 server', () => {
  let s3: LocalS3;
  let store: S3ImageStore;

  beforeAll(async () => {
    s3 = await startLocalS3();
    store = s3.store();
  });
  afterAll(() => s3.close());

  it('puts an object under R2_FOLDER, serves it at the public URL, gets and deletes it', async () => {
    await store.put('u1/abc.jpg', photo, 'image/jpeg');

    const url = store.url('u1/abc.jpg');
    expect(url).toBe(`${s3.endpoint}/${s3.bucket}/fashion_ai/u1/abc.jpg`);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(photo);

    const got = await store.get('u1/abc.jpg');
    expect(got?.contentType).toBe('image/jpeg');
    expect(got?.body).toEqual(photo);

    await store.delete('u1/abc.jpg');
    expect(await store.get('u1/abc.jpg')).toBeNull();
    expect((await fetch(url)).status).toBe(404);
    // Deleting again is not an error.
    await store.delete('u1/abc.jpg');
  });

  it('returns null for a missing key', async () => {
    expect(await store.get('nope/missing.jpg')).toBeNull();
    expect(await store.stat('nope/missing.jpg')).toBeNull();
  });

  it('refuses keys that could leave the folder', async () => {
    for (const bad of ['../x.jpg', '/abs.jpg', 'a/../../b', '', 'a//b', 'a b']) {
      await expect(store.put(bad, photo, 'image/jpeg')).rejects.toThrow(/invalid image key/);
    }
  });

  it('maps its own public URLs back to keys and ignores foreign ones', () => {
    expect(store.keyFromUrl(store.url('x/y.jpg'))).toBe('x/y.jpg');
    expect(store.keyFromUrl('https://elsewhere.example/fashion_ai/y.jpg')).toBeNull();
    expect(store.keyFromUrl(`${s3.endpoint}/${s3.bucket}/fashion_ai/../etc`)).toBeNull();
  });

  it('presigns a PUT that a plain HTTP client can use, then stats and lists the object', async () => {
    const signed = await store.presignPut('pending/u1/p1', 'image/jpeg', photo.byteLength, 300);
    expect(signed.url).toContain('X-Amz-Signature=');
    expect(signed.url).not.toContain('x-amz-checksum');
    expect(signed.url).toContain('X-Amz-SignedHeaders=content-length%3Bcontent-type%3Bhost');

    const put = await fetch(signed.url, { method: 'PUT', headers: signed.headers, body: photo });
    expect(put.status).toBe(200);

    const info = await store.stat('pending/u1/p1');
    expect(info?.size).toBe(photo.byteLength);
    expect(Date.now() - info!.uploadedAt.getTime()).toBeLessThan(60_000);

    const listed = [];
    for await (const o of store.list('pending/')) listed.push(o.key);
    expect(listed).toEqual(['pending/u1/p1']);
    await store.delete('pending/u1/p1');
  });

  it('keeps two folders of one bucket apart', async () => {
    const other = s3.store('other_app');
    await other.put('k.jpg', photo, 'image/jpeg');
    expect(await store.get('k.jpg')).toBeNull();
    expect(await other.get('k.jpg')).not.toBeNull();
    await other.delete('k.jpg');
  });

  it('builds the R2 endpoint from the account id', () => {
    expect(r2Endpoint('abc123')).toBe('https://abc123.r2.cloudflarestorage.com');
    expect(() => r2Endpoint('evil.com/x')).toThrow();
  });

  it('reports a stopped server as a rejected promise, not a hang', async () => {
    const s2 = await startLocalS3();
    const dead = s2.store();
    await s2.stop();
    await expect(dead.put('a.jpg', photo, 'image/jpeg')).rejects.toThrow();
    expect(await dead.ping()).toBe(false);
    await s2.close();
  });
});
