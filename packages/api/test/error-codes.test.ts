/**
 * Every error status the app produces carries a `code` from ERROR_CODES, the precise one where
 * there is one (the web app translates codes, never English messages).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, type ErrorCode } from '@fashion/core';
import { bombPng, truncatedJpeg } from '../../vision/test/helpers/crafted-images.ts';
import { AuthError, type Authenticator } from '../src/index.ts';
import { call, photo, uploadForm, type JsonResponse } from './helpers/client.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

const fields = { clase_nombre: 'Shirt', color: 'azul' };
const seen = new Map<number, Set<ErrorCode>>();

function expectCode(res: JsonResponse, status: number, code: ErrorCode) {
  expect({ status: res.status, code: res.body?.code }, res.body?.error).toEqual({ status, code });
  expect(ERROR_CODES).toContain(res.body.code);
  if (!seen.has(status)) seen.set(status, new Set());
  seen.get(status)!.add(code);
}

describe('error codes', () => {
  let s: TestServer;
  let garmentId: string;
  beforeAll(async () => {
    s = await startTestServer({
      options: { rateLimit: { windowMs: 60_000, max: 0, heavyMax: 0 } },
      wrapStore: (store) => ({
        ...store,
        outfits: {
          ...store.outfits,
          list: async () => {
            throw new Error('disk on fire');
          },
        },
      }),
    });
    const g = await call(s.url, 'POST', '/api/prendas/upload', {
      form: uploadForm(photo('shirt-1.jpg'), fields),
    });
    garmentId = g.body._id;
  });
  afterAll(() => s.close());

  const upload = (form: FormData) => call(s.url, 'POST', '/api/prendas/upload', { form });
  const auto = (json: unknown) => call(s.url, 'POST', '/api/prendas/auto', { json });

  it('400: bad_request and unknown_field', async () => {
    expectCode(await call(s.url, 'GET', '/api/prendas/not-an-id'), 400, 'bad_request');
    expectCode(
      await call(s.url, 'PUT', `/api/prendas/${garmentId}/ocasion`, {
        json: { ocasion: ['casual'], ocasiones: ['formal'] },
      }),
      400,
      'unknown_field',
    );
    expectCode(
      await call(s.url, 'POST', '/api/prendas/auto', {
        body: '{"imagen_base64": ',
        headers: { 'content-type': 'application/json' },
      }),
      400,
      'bad_request',
    );
  });

  it('image rejections: image_empty, image_invalid, image_unsupported, image_too_large', async () => {
    expectCode(await upload(uploadForm(new Uint8Array(0), fields)), 400, 'image_empty');
    expectCode(await upload(uploadForm(truncatedJpeg(), fields)), 400, 'image_invalid');
    expectCode(
      await upload(uploadForm(Buffer.from('just some text, not a picture'), fields)),
      400,
      'image_unsupported',
    );
    expectCode(
      await upload(uploadForm(bombPng(), fields, 'bomb.png', 'image/png')),
      413,
      'image_too_large',
    );
    const over = Buffer.alloc(10 * 1024 * 1024 + 10, 0xff);
    expectCode(
      await auto({ ...fields, imagen_base64: over.toString('base64') }),
      413,
      'image_too_large',
    );
    expectCode(
      await auto({ ...fields, imagen_base64: 'data:image/png;base64,' }),
      400,
      'image_empty',
    );
  });

  it('404, 405, 413 body, 415, 500', async () => {
    expectCode(await call(s.url, 'GET', '/api/nothing-here'), 404, 'not_found');
    expectCode(await call(s.url, 'GET', `/api/prendas/${'a'.repeat(24)}`), 404, 'not_found');
    expectCode(await call(s.url, 'PUT', '/api/prendas'), 405, 'method_not_allowed');
    expectCode(
      await call(s.url, 'PUT', '/api/me/preferences', {
        body: 'x'.repeat(65 * 1024),
        headers: { 'content-type': 'application/json' },
      }),
      413,
      'body_too_large',
    );
    expectCode(
      await call(s.url, 'PUT', '/api/me/preferences', {
        body: 'estilo=elegante',
        headers: { 'content-type': 'text/plain' },
      }),
      415,
      'unsupported_media_type',
    );
    expectCode(await call(s.url, 'POST', '/api/prendas/upload'), 415, 'unsupported_media_type');
    const failed = await call(s.url, 'GET', '/api/outfits');
    expectCode(failed, 500, 'internal');
  });

  it('503 classifier_unavailable (no classifier configured)', async () => {
    expectCode(
      await call(s.url, 'POST', '/api/classify', { form: uploadForm(photo('shirt-1.jpg')) }),
      503,
      'classifier_unavailable',
    );
  });

  it('401 unauthorized and 429 rate_limited', async () => {
    const strict: Authenticator = {
      required: true,
      async authenticate(header) {
        if (header !== 'Bearer good') throw new AuthError('missing or invalid token');
        return { userId: 'user-1' };
      },
    };
    const t = await startTestServer({
      authenticator: strict,
      options: { rateLimit: { windowMs: 60_000, max: 3, heavyMax: 1 } },
    });
    try {
      expectCode(await call(t.url, 'GET', '/api/prendas'), 401, 'unauthorized');
      let last: JsonResponse | undefined;
      for (let i = 0; i < 4; i++)
        last = await call(t.url, 'GET', '/api/prendas', { token: 'good' });
      expectCode(last!, 429, 'rate_limited');
    } finally {
      await t.close();
    }
  });

  it('covered every status above', () => {
    expect([...seen.keys()].sort()).toEqual([400, 401, 404, 405, 413, 415, 429, 500, 503]);
  });
});
