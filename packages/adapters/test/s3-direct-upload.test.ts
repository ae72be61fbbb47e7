/**
 * The API over the S3 ImageStore and a real SQLite file, everything over real HTTP: direct
 * browser-style uploads (presigned PUT + confirm), the sweep of unconfirmed uploads, and storage
 * failures in the middle of an upload (no row may survive them, no object either).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AuthError,
  createApp,
  type Authenticator,
  type ImageStore,
  type Store,
} from '@fashion/api';
import { sweepPendingUploads } from '@fashion/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNullClassifier } from '../src/classifier-null/index.ts';
import { EdgeImageProcessor } from '../src/image-edge/index.ts';
import type { S3ImageStore } from '../src/s3/index.ts';
import { createSqliteStore } from '../src/sqlite/index.ts';
import { startLocalS3, type LocalS3 } from './helpers/local-s3.ts';
import { serveApp } from './helpers/serve-app.ts';

const photo = new Uint8Array(
  await readFile(new URL('../../../fixtures/photos/skirt-1.jpg', import.meta.url)),
);

/** Two test users told apart by a header (the Auth0 adapter has its own tests). */
const headerAuth: Authenticator = {
  required: true,
  async authenticate(header) {
    const m = /^Bearer (alice|bob)$/.exec(header ?? '');
    if (!m) throw new AuthError('missing bearer token');
    return { userId: `auth0|${m[1]}` };
  },
};

async function objectKeys(store: S3ImageStore): Promise<string[]> {
  const keys: string[] = [];
  for await (const o of store.list('')) keys.push(o.key);
  return keys.sort();
}

interface Api {
  url: string;
  close(): Promise<void>;
  call(path: string, init?: RequestInit & { user?: string }): Promise<Response>;
}

async function startApi(images: ImageStore, store: Store): Promise<Api> {
  const app = createApp({
    store,
    images,
    imageProcessor: new EdgeImageProcessor(),
    classifier: createNullClassifier(),
    authenticator: headerAuth,
    options: { logError: () => {} },
  });
  const server = await serveApp(app);
  return {
    ...server,
    call: (path, { user = 'alice', headers, ...init } = {}) =>
      fetch(server.url + path, {
        ...init,
        headers: { authorization: `Bearer ${user}`, ...(headers as Record<string, string>) },
      }),
  };
}

const json = (body: unknown) => ({
  method: 'POST',
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
});

function multipart(bytes: Uint8Array) {
  const form = new FormData();
  form.set('imagen', new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' }), 'p.jpg');
  form.set('clase_nombre', 'Skirt');
  form.set('color', 'rojo');
  return { method: 'POST', body: form };
}

describe('direct uploads through presigned PUT URLs', () => {
  let s3: LocalS3;
  let images: S3ImageStore;
  let dir: string;
  let store: Store;
  let api: Api;

  beforeAll(async () => {
    s3 = await startLocalS3();
    images = s3.store();
    dir = await mkdtemp(join(tmpdir(), 'fashion-direct-'));
    store = createSqliteStore(join(dir, 'db.sqlite'));
    api = await startApi(images, store);
  });
  afterAll(async () => {
    await api.close();
    await store.close?.();
    await s3.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function uploadUrl(size = photo.byteLength, user = 'alice') {
    const res = await api.call('/api/prendas/upload-url', {
      ...json({ contentType: 'image/jpeg', size }),
      user,
    });
    return {
      res,
      body: (await res.json()) as Record<string, unknown> & {
        key: string;
        uploadUrl: string;
        headers: Record<string, string>;
      },
    };
  }

  it('presigns, accepts the PUT, confirms into a garment and removes the pending object', async () => {
    const { res, body } = await uploadUrl();
    expect(res.status).toBe(200);
    expect(body.key).toMatch(/^pending\/[0-9a-f]{32}\/[0-9a-f]{32}$/);
    expect(body.method).toBe('PUT');

    const put = await fetch(body.uploadUrl, { method: 'PUT', headers: body.headers, body: photo });
    expect(put.status).toBe(200);
    expect(await images.stat(body.key)).not.toBeNull();

    const confirmed = await api.call('/api/prendas/confirm', {
      ...json({ key: body.key, clase_nombre: 'Skirt', color: 'rojo', ocasion: ['fiesta'] }),
    });
    expect(confirmed.status).toBe(201);
    const garment = (await confirmed.json()) as { _id: string; imagen_url: string; tipo: string };
    expect(garment.tipo).toBe('inferior');
    expect(garment.imagen_url.startsWith(`${s3.endpoint}/${s3.bucket}/fashion_ai/`)).toBe(true);
    const served = await fetch(garment.imagen_url);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/jpeg');

    expect(await images.stat(body.key)).toBeNull();
    const listed = (await (await api.call('/api/prendas')).json()) as { _id: string }[];
    expect(listed.map((g) => g._id)).toEqual([garment._id]);

    // A second confirm of the same upload finds nothing: no duplicate garment.
    const again = await api.call('/api/prendas/confirm', {
      ...json({ key: body.key, clase_nombre: 'Skirt', color: 'rojo' }),
    });
    expect(again.status).toBe(404);

    expect((await api.call(`/api/prendas/${garment._id}`, { method: 'DELETE' })).status).toBe(200);
    expect(await objectKeys(images)).toEqual([]);
  });

  it('gives overlapping confirms of one upload the same single garment', async () => {
    const { body } = await uploadUrl();
    await fetch(body.uploadUrl, { method: 'PUT', headers: body.headers, body: photo });
    const confirm = () =>
      api.call('/api/prendas/confirm', {
        ...json({ key: body.key, clase_nombre: 'Skirt', color: 'rojo' }),
      });
    const answers = await Promise.all([confirm(), confirm(), confirm()]);
    expect(answers.map((r) => r.status)).toEqual([201, 201, 201]);
    const ids = await Promise.all(
      answers.map(async (r) => ((await r.json()) as { _id: string })._id),
    );
    expect(new Set(ids).size).toBe(1);
    const listed = (await (await api.call('/api/prendas')).json()) as { _id: string }[];
    expect(listed.map((g) => g._id)).toEqual([ids[0]]);
    expect((await api.call(`/api/prendas/${ids[0]}`, { method: 'DELETE' })).status).toBe(200);
    expect(await objectKeys(images)).toEqual([]);
  });

  it('refuses to confirm a missing upload, another user’s upload, or a foreign key', async () => {
    const { body } = await uploadUrl();
    const notPut = await api.call('/api/prendas/confirm', {
      ...json({ key: body.key, clase_nombre: 'Skirt', color: 'rojo' }),
    });
    expect(notPut.status).toBe(404);
    expect(await notPut.json()).toHaveProperty('error');

    await fetch(body.uploadUrl, { method: 'PUT', headers: body.headers, body: photo });
    const asBob = await api.call('/api/prendas/confirm', {
      ...json({ key: body.key, clase_nombre: 'Skirt', color: 'rojo' }),
      user: 'bob',
    });
    expect(asBob.status).toBe(404);
    expect(await images.stat(body.key)).not.toBeNull(); // still Alice's to confirm

    for (const key of ['fashion_ai/x', 'pending/../../etc', { $ne: null }]) {
      const bad = await api.call('/api/prendas/confirm', {
        ...json({ key, clase_nombre: 'Skirt', color: 'rojo' }),
      });
      expect(bad.status).toBe(400);
    }
    await images.delete(body.key);
  });

  it('rejects a non-image upload with 400, removing it and creating no row', async () => {
    const text = new TextEncoder().encode('#!/bin/sh\necho definitely not a photo\n');
    const { body } = await uploadUrl(text.byteLength);
    await fetch(body.uploadUrl, { method: 'PUT', headers: body.headers, body: text });
    const res = await api.call('/api/prendas/confirm', {
      ...json({ key: body.key, clase_nombre: 'Skirt', color: 'rojo' }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/not an image/);
    expect(await images.stat(body.key)).toBeNull();
    expect(await (await api.call('/api/prendas')).json()).toEqual([]);
  });

  it('validates the upload request (size limit, type, fields)', async () => {
    expect((await uploadUrl(50 * 1024 * 1024)).res.status).toBe(413);
    const cases = [
      { contentType: 'text/html', size: 10 },
      { contentType: 'image/jpeg', size: -1 },
      { contentType: 'image/jpeg', size: 10, extra: 1 },
      {},
    ];
    for (const body of cases) {
      expect((await api.call('/api/prendas/upload-url', json(body))).status).toBe(400);
    }
    expect(
      (
        await api.call('/api/prendas/upload-url', {
          ...json({ contentType: 'image/jpeg', size: 10 }),
          user: 'nobody',
        })
      ).status,
    ).toBe(401);
  });

  it('sweeps uploads that were never confirmed, once they are old enough', async () => {
    const { body } = await uploadUrl();
    await fetch(body.uploadUrl, { method: 'PUT', headers: body.headers, body: photo });
    // Young uploads stay (their client may still confirm them).
    expect(await sweepPendingUploads(images, 60 * 60 * 1000)).toBe(0);
    expect(await images.stat(body.key)).not.toBeNull();
    // An hour later they go; finished garments' images are never touched by the sweep.
    const kept = await api.call('/api/prendas/upload', multipart(photo));
    expect(kept.status).toBe(201);
    expect(await sweepPendingUploads(images, 60 * 60 * 1000, Date.now() + 2 * 60 * 60 * 1000)).toBe(
      1,
    );
    expect(await images.stat(body.key)).toBeNull();
    expect((await objectKeys(images)).every((k) => !k.startsWith('pending/'))).toBe(true);
    expect((await objectKeys(images)).length).toBe(2); // the upload's image and thumbnail
  });

  it('is not mounted when the ImageStore cannot presign', async () => {
    const plain: ImageStore = {
      put: (k, b, t) => images.put(k, b, t),
      get: (k) => images.get(k),
      delete: (k) => images.delete(k),
      url: (k) => images.url(k),
    };
    const other = await startApi(plain, store);
    const res = await other.call(
      '/api/prendas/upload-url',
      json({ contentType: 'image/jpeg', size: 10 }),
    );
    expect([404, 405]).toContain(res.status);
    await other.close();
  });
});

describe('storage failures during an upload', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'fashion-fault-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('answers 5xx JSON and keeps no row when the bucket is down; health says images: down', async () => {
    const s3 = await startLocalS3();
    const store = createSqliteStore(join(dir, 'down.sqlite'));
    const api = await startApi(s3.store(), store);
    expect(await (await api.call('/api/health')).json()).toMatchObject({ images: 'ok' });
    await s3.stop();
    const health = await api.call('/api/health');
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'degraded', store: 'ok', images: 'down' });
    const res = await api.call('/api/prendas/upload', multipart(photo));
    expect(res.status).toBeGreaterThanOrEqual(500);
    expect(await res.json()).toMatchObject({ error: expect.any(String), code: expect.any(String) });
    expect(await store.garments.list('auth0|alice')).toEqual([]);
    await api.close();
    await store.close?.();
    await s3.close();
  });

  it('removes the first object when the second put fails, and keeps no row', async () => {
    const s3 = await startLocalS3();
    const real = s3.store();
    let puts = 0;
    const flaky: ImageStore = {
      async put(k, b, t) {
        if (++puts === 2) throw new Error('connection reset while uploading the thumbnail');
        await real.put(k, b, t);
      },
      get: (k) => real.get(k),
      delete: (k) => real.delete(k),
      url: (k) => real.url(k),
    };
    const store = createSqliteStore(join(dir, 'flaky.sqlite'));
    const api = await startApi(flaky, store);
    const res = await api.call('/api/prendas/upload', multipart(photo));
    expect(res.status).toBe(500);
    expect(await res.json()).toMatchObject({ error: 'internal server error', code: 'internal' });
    expect(await store.garments.list('auth0|alice')).toEqual([]);
    expect(await objectKeys(real)).toEqual([]);
    await api.close();
    await store.close?.();
    await s3.close();
  });

  it('deletes the stored objects when the row insert fails', async () => {
    const s3 = await startLocalS3();
    const images = s3.store();
    const store = createSqliteStore(join(dir, 'rowfail.sqlite'));
    const broken: Store = {
      ...store,
      garments: {
        ...store.garments,
        create: async () => {
          throw new Error('database is locked');
        },
      },
    };
    const api = await startApi(images, broken);
    const res = await api.call('/api/prendas/upload', multipart(photo));
    // A locked database is a storage failure the client may retry.
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ code: 'storage_unavailable' });
    expect(await objectKeys(images)).toEqual([]);
    await api.close();
    await store.close?.();
    await s3.close();
  });
});
