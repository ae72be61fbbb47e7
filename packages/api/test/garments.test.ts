import { join } from 'node:path';
import Database from 'better-sqlite3';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClassifier } from '@fashion/adapters/classifier-http/index.ts';
import {
  startMlServiceStub,
  type MlServiceStub,
} from '../../adapters/test/helpers/ml-service-stub.ts';
import { fixture, phonePhotoWithGps } from '../../vision/test/helpers/crafted-images.ts';
import { call, photo, upload, uploadForm } from './helpers/client.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

describe('garments over HTTP (SQLite file + image folder, no classifier)', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  it('a real photo uploaded appears in the list, its images are served, and DELETE removes row and files', async () => {
    const created = await upload(s.url, 'shirt-1.jpg', {
      clase_nombre: 'Shirt',
      color: 'azul',
      ocasion: '["casual","trabajo"]',
    });
    expect(created.status).toBe(201);
    const g = created.body;
    expect(g).toMatchObject({
      userId: 'anonymous',
      clase_nombre: 'Shirt',
      tipo: 'superior',
      color: 'azul',
      confianza: 1,
      confirmado: true,
      ocasion: ['casual', 'trabajo'],
    });
    expect(g._id).toMatch(/^[0-9a-f]{24}$/);
    expect(g.imagen_url).toMatch(/^\/api\/images\/[0-9a-f]{32}\.webp$/);
    expect(g.thumbnail_url).toMatch(/^\/api\/images\/[0-9a-f]{32}\.thumb\.webp$/);
    expect(g).not.toHaveProperty('image_key');

    const list = await call(s.url, 'GET', '/api/prendas');
    expect(list.status).toBe(200);
    expect(list.body).toEqual([g]);
    expect((await call(s.url, 'GET', `/api/prendas/${g._id}`)).body).toEqual(g);

    for (const url of [g.imagen_url, g.thumbnail_url]) {
      const res = await fetch(`${s.url}${url}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/webp');
      expect(res.headers.get('cache-control')).toContain('immutable');
      const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['webp', 168, 224]);
    }
    expect(s.counts()).toMatchObject({ garments: 1, files: 2 });

    const del = await call(s.url, 'DELETE', `/api/prendas/${g._id}`);
    expect(del).toMatchObject({ status: 200, body: { deleted: g._id } });
    expect(s.counts()).toMatchObject({ garments: 0, files: 0 });
    expect((await call(s.url, 'GET', `/api/prendas/${g._id}`)).status).toBe(404);
    expect((await fetch(`${s.url}${g.imagen_url}`)).status).toBe(404);
    expect((await call(s.url, 'DELETE', `/api/prendas/${g._id}`)).status).toBe(404);
    expect((await call(s.url, 'GET', '/api/prendas')).body).toEqual([]);
  });

  it('serves the list with a strong ETag (304 on revalidation) and gzip to clients that take it', async () => {
    const a = (await upload(s.url, 'skirt-1.jpg', { clase_nombre: 'Skirt', color: 'rosa' })).body;
    const { request } = await import('node:http');
    // node:http, not fetch: fetch always asks for gzip and unpacks it out of sight.
    const get = (headers: Record<string, string>) =>
      new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
        (resolve, reject) => {
          const req = request(`${s.url}/api/prendas`, { headers }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (d: Buffer) => chunks.push(d));
            res.on('end', () =>
              resolve({
                status: res.statusCode!,
                headers: res.headers,
                body: Buffer.concat(chunks),
              }),
            );
          });
          req.on('error', reject);
          req.end();
        },
      );
    const plain = await get({});
    expect(plain.headers['content-encoding']).toBeUndefined();
    const list = JSON.parse(plain.body.toString());
    expect(list.map((g: { _id: string }) => g._id)).toEqual([a._id]);
    const zipped = await get({ 'accept-encoding': 'gzip, deflate, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    const { gunzipSync } = await import('node:zlib');
    expect(gunzipSync(zipped.body).toString()).toBe(plain.body.toString());
    // The gzip answer is built apart from c.body(): it keeps every header the middleware set.
    const sameHeaders = (h: Record<string, unknown>) => {
      const { date, 'content-length': _l, 'content-encoding': _e, 'x-request-id': id, ...rest } = h;
      return { ...rest, date: typeof date, id: typeof id };
    };
    expect(sameHeaders(zipped.headers)).toEqual(sameHeaders(plain.headers));
    expect(zipped.headers).toMatchObject({
      vary: 'Accept-Encoding, Authorization',
      'cache-control': 'private, no-cache',
      'content-security-policy': expect.any(String),
      'x-request-id': expect.any(String),
    });
    expect(
      (await get({ 'accept-encoding': 'gzip;q=0' })).headers['content-encoding'],
    ).toBeUndefined();

    const etag = plain.headers.etag as string;
    expect(etag).toMatch(/^"[0-9a-f]{24}"$/);
    expect(zipped.headers.etag).toBe(etag);
    const revalidated = await get({ 'if-none-match': etag });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);

    // Any change gives a new representation.
    await call(s.url, 'PUT', `/api/prendas/${a._id}/ocasion`, { json: { ocasion: ['fiesta'] } });
    const changed = await get({ 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(JSON.parse(changed.body.toString())[0].ocasion).toEqual(['fiesta']);
    await call(s.url, 'DELETE', `/api/prendas/${a._id}`);
    expect((await get({ 'if-none-match': changed.headers.etag as string })).status).toBe(200);
  });

  it('never serves a stale list: a write through another connection changes body and ETag', async () => {
    const a = (await upload(s.url, 'skirt-1.jpg', { clase_nombre: 'Skirt', color: 'rosa' })).body;
    const first = await fetch(`${s.url}/api/prendas`);
    const etag = first.headers.get('etag')!;
    expect(((await first.json()) as { color: string }[])[0]?.color).toBe('rosa');
    // Cached now (same answer, 304); then a script or a second process writes the file.
    expect(
      (await fetch(`${s.url}/api/prendas`, { headers: { 'if-none-match': etag } })).status,
    ).toBe(304);
    const other = new Database(join(s.dir, 'fashion.db'));
    other.prepare("UPDATE garments SET color = 'verde' WHERE id = ?").run(a._id);
    other.close();
    for (const encoding of ['identity', 'gzip']) {
      const res = await fetch(`${s.url}/api/prendas`, {
        headers: { 'if-none-match': etag, 'accept-encoding': encoding },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('etag')).not.toBe(etag);
      expect(((await res.json()) as { color: string }[])[0]?.color).toBe('verde');
    }
    await call(s.url, 'DELETE', `/api/prendas/${a._id}`);
  });

  it('answers 304 to a revalidation of an image', async () => {
    const g = (await upload(s.url, 'hat-1.jpg', { clase_nombre: 'Hat', color: 'negro' })).body;
    const first = await fetch(`${s.url}${g.imagen_url}`);
    const etag = first.headers.get('etag')!;
    const again = await fetch(`${s.url}${g.imagen_url}`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    await call(s.url, 'DELETE', `/api/prendas/${g._id}`);
  });

  it('strips EXIF and GPS and turns phone photos upright', async () => {
    const res = await call(s.url, 'POST', '/api/prendas/upload', {
      form: uploadForm(await phonePhotoWithGps(), { clase_nombre: 'Pants', color: 'azul' }),
    });
    expect(res.status).toBe(201);
    for (const name of s.files()) {
      const bytes = await import('node:fs').then((fs) => fs.readFileSync(`${s.imagesDir}/${name}`));
      const meta = await sharp(bytes).metadata();
      expect(meta.exif).toBeUndefined();
      expect(bytes.toString('latin1')).not.toContain('Secret Model X');
      if (!name.includes('.thumb.')) expect([meta.width, meta.height]).toEqual([126, 224]);
    }
    await call(s.url, 'DELETE', `/api/prendas/${res.body._id}`);
  });

  it('accepts HEIC uploads and stores them as WebP', async () => {
    const res = await call(s.url, 'POST', '/api/prendas/upload', {
      form: uploadForm(
        fixture('heic/pants-1.heic'),
        { clase_nombre: 'Pants', color: 'azul' },
        'IMG_0001.HEIC',
        'image/heic',
      ),
    });
    expect(res.status).toBe(201);
    expect(res.body.tipo).toBe('inferior');
    const img = await fetch(`${s.url}${res.body.imagen_url}`);
    expect((await sharp(Buffer.from(await img.arrayBuffer())).metadata()).format).toBe('webp');
    await call(s.url, 'DELETE', `/api/prendas/${res.body._id}`);
  });

  it('takes ocasion as a comma list, tipo from the client, and empty form fields as absent', async () => {
    const res = await upload(s.url, 'dress-1.jpg', {
      clase_nombre: 'Dress',
      color: 'rojo',
      color_hex: '#C62828',
      ocasion: 'fiesta, formal',
      modelo: '',
      confirmado: 'false',
      confianza: '0.7',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      tipo: 'vestido',
      color_hex: '#c62828',
      ocasion: ['fiesta', 'formal'],
      confirmado: false,
      confianza: 0.7,
    });
    expect(res.body).not.toHaveProperty('modelo');
    await call(s.url, 'DELETE', `/api/prendas/${res.body._id}`);
  });

  it('adds a garment from base64, bare or as a data URL (POST /api/prendas/auto)', async () => {
    const b64 = photo('shoes-1.jpg').toString('base64');
    for (const imagen_base64 of [b64, `data:image/jpeg;base64,${b64}`]) {
      const res = await call(s.url, 'POST', '/api/prendas/auto', {
        json: { imagen_base64, clase_nombre: 'Shoes', color: 'blanco', ocasion: ['deportivo'] },
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ tipo: 'zapatos', ocasion: ['deportivo'] });
      await call(s.url, 'DELETE', `/api/prendas/${res.body._id}`);
    }
    expect(s.counts()).toMatchObject({ garments: 0, files: 0 });
  });

  it('without class and colour and without a classifier: 503 that says what to do, nothing stored', async () => {
    const res = await upload(s.url, 'shirt-2.jpg', { ocasion: 'casual' });
    expect(res.status).toBe(503);
    expect(res.body.error).toMatch(/clase_nombre/);
    expect(res.body.error).toMatch(/classifier/);
    expect(res.headers.get('retry-after')).toBeTruthy();
    const auto = await call(s.url, 'POST', '/api/prendas/auto', {
      json: { imagen_base64: photo('shirt-2.jpg').toString('base64'), clase_nombre: 'Shirt' },
    });
    expect(auto.status).toBe(503);
    expect(s.counts()).toMatchObject({ garments: 0, files: 0 });
  });

  it('corrects a garment: PATCH confirms a corrected class, PUT ocasion, filter by type', async () => {
    const g = (
      await upload(s.url, 't-shirt-1.jpg', {
        clase_nombre: 'T-shirt',
        color: 'gris',
        confirmado: 'false',
      })
    ).body;
    expect(g.confirmado).toBe(false);
    const patched = await call(s.url, 'PATCH', `/api/prendas/${g._id}`, {
      json: { clase_nombre: 'Longsleeve', color: 'negro' },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      clase_nombre: 'Longsleeve',
      tipo: 'superior',
      color: 'negro',
      color_hex: '#1c1c1c',
      confirmado: true,
    });
    const toCoat = await call(s.url, 'PATCH', `/api/prendas/${g._id}`, {
      json: { clase_nombre: 'Outwear' },
    });
    expect(toCoat.body.tipo).toBe('abrigo');

    // Confirm as it is: `confirmado: true` alone; an edit of the type alone confirms too; a
    // colour edit does not; `confirmado: false` is refused (un-confirming is not an edit).
    const unsure = async () =>
      (
        await upload(s.url, 'shirt-1.jpg', {
          clase_nombre: 'Shirt',
          color: 'blanco',
          confirmado: 'false',
        })
      ).body;
    const a = await unsure();
    const confirmed = await call(s.url, 'PATCH', `/api/prendas/${a._id}`, {
      json: { confirmado: true },
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ clase_nombre: 'Shirt', confirmado: true });
    const b = await unsure();
    const recoloured = await call(s.url, 'PATCH', `/api/prendas/${b._id}`, {
      json: { color: 'rojo' },
    });
    expect(recoloured.body.confirmado).toBe(false);
    const retyped = await call(s.url, 'PATCH', `/api/prendas/${b._id}`, {
      json: { tipo: 'abrigo' },
    });
    expect(retyped.body).toMatchObject({ tipo: 'abrigo', confirmado: true });
    const refused = await call(s.url, 'PATCH', `/api/prendas/${b._id}`, {
      json: { confirmado: false },
    });
    expect(refused.status).toBe(400);
    await call(s.url, 'DELETE', `/api/prendas/${a._id}`);
    await call(s.url, 'DELETE', `/api/prendas/${b._id}`);

    const oc = await call(s.url, 'PUT', `/api/prendas/${g._id}/ocasion`, {
      json: { ocasion: ['trabajo', 'formal', 'trabajo'] },
    });
    expect(oc.status).toBe(200);
    expect(oc.body.ocasion).toEqual(['trabajo', 'formal']);

    const pants = (await upload(s.url, 'pants-2.jpg', { clase_nombre: 'Pants', color: 'azul' }))
      .body;
    const abrigos = await call(s.url, 'GET', '/api/prendas/filter?type=abrigo');
    expect(abrigos.body.map((x: { _id: string }) => x._id)).toEqual([g._id]);
    const inferiores = await call(s.url, 'GET', '/api/prendas/filter?type=inferior');
    expect(inferiores.body.map((x: { _id: string }) => x._id)).toEqual([pants._id]);
    expect((await call(s.url, 'GET', '/api/prendas/filter?type=sombrero')).status).toBe(400);
    expect((await call(s.url, 'GET', '/api/prendas/filter')).status).toBe(400);

    await call(s.url, 'DELETE', `/api/prendas/${g._id}`);
    await call(s.url, 'DELETE', `/api/prendas/${pants._id}`);
  });
});

describe('garments with a classifier (the ML service over HTTP)', () => {
  let ml: MlServiceStub;
  let s: TestServer;
  beforeAll(async () => {
    ml = await startMlServiceStub();
    s = await startTestServer({
      classifier: createHttpClassifier({ baseUrl: ml.url, timeoutMs: 2000 }),
    });
  });
  afterAll(async () => {
    await s.close();
    await ml.close();
  });

  it('fills class, type, colour, confidence and model from the CNN when the client sends none', async () => {
    ml.requests.length = 0;
    const res = await upload(s.url, 'shirt-1.jpg', { ocasion: 'casual' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      clase_nombre: 'Shirt',
      tipo: 'superior',
      color: 'azul',
      color_hex: '#2f5d9e',
      confianza: 0.91,
      modelo: 'cnn.onnx',
      confirmado: false,
      ocasion: ['casual'],
    });
    // The service got the processed image (WebP, metadata-free), in field "imagen".
    expect(ml.requests).toHaveLength(1);
    expect(ml.requests[0]).toMatchObject({
      path: '/classify',
      file: { field: 'imagen', type: 'image/webp' },
    });
  });

  it('keeps what the client said and takes the rest from the model', async () => {
    const res = await upload(s.url, 'pants-1.jpg', { clase_nombre: 'Pants' });
    expect(res.status).toBe(201);
    // The class is the client's; the colour (and its hex) the model's.
    expect(res.body).toMatchObject({
      clase_nombre: 'Pants',
      tipo: 'inferior',
      color: 'azul',
      confianza: 1,
      confirmado: true,
    });
    const named = await upload(s.url, 'pants-2.jpg', { color: 'negro' });
    expect(named.body).toMatchObject({ clase_nombre: 'Shirt', color: 'negro' });
    expect(named.body).not.toHaveProperty('color_hex');
  });

  it('maps a failing ML service to 503 and stores nothing', async () => {
    const before = s.counts();
    ml.behave({ kind: 'status', status: 500 });
    const res = await upload(s.url, 'hat-2.jpg', {});
    ml.behave({ kind: 'ok' });
    expect(res.status).toBe(503);
    expect(res.body.error).toMatch(/ML service failed/);
    expect(s.counts()).toEqual(before);
  });
});

describe('no orphans when a later step fails', () => {
  it('deletes the stored images when inserting the row fails', async () => {
    const s = await startTestServer({
      wrapStore: (store) => ({
        ...store,
        garments: {
          ...store.garments,
          create: async () => {
            throw new Error('disk full: /secret/path/fashion.db');
          },
        },
      }),
    });
    try {
      const res = await upload(s.url, 'shirt-1.jpg');
      expect(res.status).toBe(500);
      expect(res.body).toMatchObject({ error: 'internal server error', code: 'internal' });
      expect(JSON.stringify(res.body)).not.toContain('secret');
      expect(s.errors).toHaveLength(1);
      expect(s.counts()).toMatchObject({ garments: 0, files: 0 });
    } finally {
      await s.close();
    }
  });

  it('deletes the full image when storing the thumbnail fails', async () => {
    const s = await startTestServer({
      wrapImages: (images) => ({
        put: (key, body, type) =>
          key.includes('.thumb.')
            ? Promise.reject(new Error('bucket unavailable'))
            : images.put(key, body, type),
        get: (key) => images.get(key),
        delete: (key) => images.delete(key),
        url: (key) => images.url(key),
      }),
    });
    try {
      const res = await upload(s.url, 'shirt-1.jpg');
      expect(res.status).toBe(500);
      expect(s.counts()).toMatchObject({ garments: 0, files: 0 });
    } finally {
      await s.close();
    }
  });
});
