import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClassificationSchema } from '@fashion/core';
import { createHttpClassifier } from '@fashion/adapters/classifier-http/index.ts';
import {
  startMlServiceStub,
  type MlServiceStub,
} from '../../adapters/test/helpers/ml-service-stub.ts';
import { fixture } from '../../vision/test/helpers/crafted-images.ts';
import { call, photo, upload, uploadForm } from './helpers/client.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

describe('HTTP conventions', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({
      options: { corsOrigins: ['https://wardrobe.example'], version: '9.9.9' },
    });
  });
  afterAll(() => s.close());

  it('unknown routes are 404 JSON, known paths with another method 405 JSON with Allow', async () => {
    const missing = await call(s.url, 'GET', '/api/nothing-here');
    expect(missing).toMatchObject({
      status: 404,
      body: { error: 'not found: GET /api/nothing-here' },
    });
    const wrong = await call(s.url, 'PUT', '/api/prendas');
    expect(wrong.status).toBe(405);
    expect(wrong.body.error).toMatch(/PUT not allowed/);
    expect(wrong.headers.get('allow')).toBe('GET, HEAD');
    const del = await call(s.url, 'POST', `/api/outfits/${'a'.repeat(24)}`);
    expect(del.status).toBe(405);
    expect(del.headers.get('allow')?.split(', ').sort()).toEqual([
      'DELETE',
      'GET',
      'HEAD',
      'PATCH',
    ]);
    expect((await call(s.url, 'GET', '/')).status).toBe(404);
  });

  it('reports health, version and mode', async () => {
    const h = await call(s.url, 'GET', '/api/health');
    expect(h.body).toMatchObject({
      status: 'ok',
      store: 'ok',
      version: '9.9.9',
      mode: 'embedded',
      auth: 'anonymous',
    });
    const ml = await call(s.url, 'GET', '/api/ml-health');
    expect(ml.body).toMatchObject({ status: 'unavailable', mode: 'none' });
  });

  it('sets security headers on every answer', async () => {
    for (const path of ['/api/health', '/api/nothing', '/api/prendas/xyz']) {
      const res = await fetch(`${s.url}${path}`);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('strict-transport-security')).toBeTruthy();
    }
    const g = (await upload(s.url, 'hat-1.jpg', { clase_nombre: 'Hat', color: 'negro' })).body;
    const img = await fetch(`${s.url}${g.imagen_url}`);
    expect(img.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(img.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('allows CORS for the configured origins only', async () => {
    const pre = await fetch(`${s.url}/api/prendas`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://wardrobe.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('https://wardrobe.example');
    expect(pre.headers.get('access-control-allow-headers')?.toLowerCase()).toContain(
      'authorization',
    );
    const get = await fetch(`${s.url}/api/health`, {
      headers: { origin: 'https://wardrobe.example' },
    });
    expect(get.headers.get('access-control-allow-origin')).toBe('https://wardrobe.example');
    // The web app on another origin reads these (the export's file name among them).
    expect(
      get.headers
        .get('access-control-expose-headers')
        ?.split(',')
        .map((h) => h.trim()),
    ).toEqual(expect.arrayContaining(['Retry-After', 'Content-Disposition']));
    const evil = await fetch(`${s.url}/api/health`, {
      headers: { origin: 'https://evil.example' },
    });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('publishes an OpenAPI 3.1 document generated from the route schemas', async () => {
    const doc = (await call(s.url, 'GET', '/api/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.version).toBe('9.9.9');
    for (const path of [
      '/api/health',
      '/api/ml-health',
      '/api/prendas',
      '/api/prendas/upload',
      '/api/prendas/auto',
      '/api/prendas/filter',
      '/api/prendas/{id}',
      '/api/prendas/{id}/ocasion',
      '/api/classify',
      '/api/classify/vit',
      '/api/classify/vit-base64',
      '/api/outfits',
      '/api/outfits/save',
      '/api/outfits/{id}',
      '/api/me',
      '/api/me/preferences',
      '/api/model/metrics',
      '/api/model/metrics-vit',
      '/api/model/confusion-matrix',
      '/api/model/confusion-matrix-vit',
      '/api/images/{key}',
    ]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
    expect(Object.keys(doc.paths['/api/prendas/{id}']).sort()).toEqual(['delete', 'get', 'patch']);
    // The same enums that validate requests.
    const patch =
      doc.paths['/api/prendas/{id}'].patch.requestBody.content['application/json'].schema;
    expect(patch.properties.clase_nombre.enum).toContain('T-shirt');
    expect(patch.additionalProperties).toBe(false);
    expect(doc.paths['/api/prendas/upload'].post.requestBody.content).toHaveProperty([
      'multipart/form-data',
    ]);
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
  });
});

describe('rate limits', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({
      options: { rateLimit: { windowMs: 60_000, max: 5, heavyMax: 2 } },
    });
  });
  afterAll(() => s.close());

  it('answers 429 JSON with Retry-After past the budget, stricter for uploads', async () => {
    const form = () => uploadForm(photo('shirt-1.jpg'), { clase_nombre: 'Shirt', color: 'azul' });
    expect((await call(s.url, 'POST', '/api/prendas/upload', { form: form() })).status).toBe(201);
    expect((await call(s.url, 'POST', '/api/prendas/upload', { form: form() })).status).toBe(201);
    const limited = await call(s.url, 'POST', '/api/prendas/upload', { form: form() });
    expect(limited.status).toBe(429);
    expect(limited.body.error).toMatch(/too many requests/);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(s.counts().garments).toBe(2);
    // The general budget (5) is spent by the 3 uploads and 2 more requests.
    expect((await call(s.url, 'GET', '/api/prendas')).status).toBe(200);
    expect((await call(s.url, 'GET', '/api/prendas')).status).toBe(200);
    const general = await call(s.url, 'GET', '/api/prendas');
    expect(general.status).toBe(429);
    expect(general.headers.get('retry-after')).toBeTruthy();
  });
});

describe('store failures', () => {
  it('health is 503 when the store does not answer, and a failing route is 500 without internals', async () => {
    const s = await startTestServer({
      wrapStore: (store) => ({
        ...store,
        ping: async () => false,
        garments: {
          ...store.garments,
          list: async () => {
            throw new Error('SQLITE_CORRUPT at /var/lib/secret.db');
          },
        },
      }),
    });
    try {
      const h = await call(s.url, 'GET', '/api/health');
      expect(h.status).toBe(503);
      expect(h.body).toMatchObject({ status: 'degraded', store: 'down' });
      const res = await call(s.url, 'GET', '/api/prendas');
      expect(res).toMatchObject({ status: 500, body: { error: 'internal server error' } });
      expect(s.errors).toHaveLength(1);
    } finally {
      await s.close();
    }
  });
});

describe('classification and model transparency', () => {
  let ml: MlServiceStub;
  let s: TestServer;
  let none: TestServer;
  beforeAll(async () => {
    ml = await startMlServiceStub();
    s = await startTestServer({
      classifier: createHttpClassifier({ baseUrl: ml.url, timeoutMs: 2000 }),
    });
    none = await startTestServer();
  });
  afterAll(async () => {
    await Promise.all([s.close(), none.close()]);
    await ml.close();
  });

  it('classifies multipart uploads with the CNN and the ViT, and base64 with the ViT', async () => {
    ml.requests.length = 0;
    const cnn = await call(s.url, 'POST', '/api/classify', {
      form: uploadForm(photo('shirt-1.jpg')),
    });
    expect(cnn.status).toBe(200);
    expect(ClassificationSchema.parse(cnn.body).model).toBe('cnn');
    const vit = await call(s.url, 'POST', '/api/classify/vit', {
      form: uploadForm(fixture('heic/pants-1.heic'), {}, 'p.heic', 'image/heic'),
    });
    expect(vit.body.model).toBe('vit');
    const b64 = await call(s.url, 'POST', '/api/classify/vit-base64', {
      json: { imageDataUrl: `data:image/jpeg;base64,${photo('dress-1.jpg').toString('base64')}` },
    });
    expect(b64.status).toBe(200);
    expect(b64.body.model).toBe('vit');
    expect(ml.requests.map((r) => r.path)).toEqual(['/classify', '/classify-vit', '/classify-vit']);
    // HEIC was decoded here; the service always receives WebP.
    expect(ml.requests.every((r) => r.file?.type === 'image/webp')).toBe(true);
    expect(s.counts()).toMatchObject({ garments: 0, files: 0 });
  });

  it('refuses extra fields and non-images before calling the service', async () => {
    ml.requests.length = 0;
    const extra = await call(s.url, 'POST', '/api/classify', {
      form: uploadForm(photo('shirt-1.jpg'), { model: 'vit' }),
    });
    expect(extra.status).toBe(400);
    const text = await call(s.url, 'POST', '/api/classify/vit', {
      form: uploadForm(Buffer.from('hello there, not an image')),
    });
    expect(text.status).toBe(400);
    expect(ml.requests).toHaveLength(0);
  });

  it('answers 503 JSON when no classifier is configured or the service is down', async () => {
    const res = await call(none.url, 'POST', '/api/classify', {
      form: uploadForm(photo('shirt-1.jpg')),
    });
    expect(res.status).toBe(503);
    expect(res.body.error).toMatch(/no classifier/);
    expect(res.headers.get('retry-after')).toBeTruthy();
    ml.behave({ kind: 'status', status: 502 });
    const down = await call(s.url, 'POST', '/api/classify/vit-base64', {
      json: { imageDataUrl: photo('dress-1.jpg').toString('base64') },
    });
    ml.behave({ kind: 'ok' });
    expect(down.status).toBe(503);
  });

  it('serves metrics, confusion matrices and ML health through the classifier port', async () => {
    expect((await call(s.url, 'GET', '/api/model/metrics')).body).toMatchObject({ accuracy: 0.91 });
    expect((await call(s.url, 'GET', '/api/model/metrics-vit')).body).toMatchObject({
      accuracy: 0.94,
    });
    for (const path of ['/api/model/confusion-matrix', '/api/model/confusion-matrix-vit']) {
      const res = await fetch(`${s.url}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
      expect(new Uint8Array(await res.arrayBuffer()).slice(0, 4)).toEqual(
        new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
      );
    }
    expect((await call(s.url, 'GET', '/api/ml-health')).body).toMatchObject({
      status: 'ok',
      mode: 'http',
    });
    expect((await call(none.url, 'GET', '/api/model/metrics-vit')).status).toBe(404);
    expect((await call(none.url, 'GET', '/api/model/confusion-matrix')).status).toBe(404);
  });
});
