/**
 * Hostile and clumsy requests: each must get a clear 4xx JSON `{ error }`, the server must stay
 * up, and nothing may be stored (rows and image files are counted after every request).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bombPng, truncatedJpeg } from '../../vision/test/helpers/crafted-images.ts';
import { call, photo, uploadForm, type JsonResponse } from './helpers/client.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

let s: TestServer;
let garmentId: string;
beforeAll(async () => {
  s = await startTestServer({ options: { rateLimit: { windowMs: 60_000, max: 0, heavyMax: 0 } } });
  // One legitimate garment, so that id routes have something real to (not) reach.
  const g = await call(s.url, 'POST', '/api/prendas/upload', {
    form: uploadForm(photo('shirt-1.jpg'), { clase_nombre: 'Shirt', color: 'azul' }),
  });
  garmentId = g.body._id;
});
afterAll(() => s.close());

async function expectRejected(res: JsonResponse, status: number, message?: RegExp) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/json');
  expect(typeof res.body.error).toBe('string');
  if (message) expect(res.body.error).toMatch(message);
  // Nothing stored beyond the one legitimate garment, and the server still answers.
  expect(s.counts()).toEqual({ garments: 1, outfits: 0, profiles: 0, files: 2 });
  expect((await call(s.url, 'GET', '/api/health')).status).toBe(200);
}

const fields = { clase_nombre: 'Shirt', color: 'azul' };
const multipart = (form: FormData) => call(s.url, 'POST', '/api/prendas/upload', { form });
const auto = (json: unknown) => call(s.url, 'POST', '/api/prendas/auto', { json });

describe('bad uploads', () => {
  it('empty bodies', async () => {
    await expectRejected(await call(s.url, 'POST', '/api/prendas/upload'), 415, /multipart/);
    await expectRejected(
      await call(s.url, 'POST', '/api/prendas/upload', {
        body: '',
        headers: { 'content-type': 'multipart/form-data; boundary=x' },
      }),
      400,
    );
    await expectRejected(await multipart(new FormData()), 400, /imagen/);
    await expectRejected(
      await call(s.url, 'POST', '/api/prendas/auto', {
        headers: { 'content-type': 'application/json' },
      }),
      400,
    );
    await expectRejected(await auto({}), 400, /imagen_base64/);
    await expectRejected(await auto({ imagen_base64: '' }), 400, /imagen_base64/);
  });

  it('wrong field names', async () => {
    const form = new FormData();
    form.append('image', new Blob([photo('shirt-1.jpg')], { type: 'image/jpeg' }), 'a.jpg');
    await expectRejected(await multipart(form), 400, /"image"/);
    await expectRejected(
      await multipart(uploadForm(photo('shirt-1.jpg'), { colour: 'azul' })),
      400,
      /"colour"/,
    );
    await expectRejected(
      await multipart(uploadForm(photo('shirt-1.jpg'), { clase_nombre: 'Jumper', color: 'azul' })),
      400,
      /clase_nombre/,
    );
    await expectRejected(
      await multipart(uploadForm(photo('shirt-1.jpg'), { ...fields, ocasion: 'boda' })),
      400,
      /ocasion/,
    );
    await expectRejected(
      await multipart(uploadForm(photo('shirt-1.jpg'), { ...fields, ocasion: '[oops' })),
      400,
      /ocasion/,
    );
    await expectRejected(
      await multipart(uploadForm(photo('shirt-1.jpg'), { ...fields, confianza: '7' })),
      400,
      /confianza/,
    );
    await expectRejected(
      await multipart(uploadForm(photo('shirt-1.jpg'), { ...fields, confirmado: 'si' })),
      400,
      /confirmado/,
    );
    const text = new FormData();
    text.append('imagen', 'not a file');
    await expectRejected(await multipart(text), 400, /imagen/);
    await expectRejected(
      await auto({ imagenBase64: photo('shirt-1.jpg').toString('base64') }),
      400,
      /imagenBase64/,
    );
  });

  it('a text file named .jpg, a truncated JPEG, a bare SVG', async () => {
    const txt = Buffer.from('This is a shopping list, not a photo.\nMilk\nEggs\n');
    await expectRejected(
      await multipart(uploadForm(txt, fields, 'photo.jpg')),
      400,
      /not a supported image/,
    );
    await expectRejected(
      await multipart(uploadForm(truncatedJpeg(), fields, 'cut.jpg')),
      400,
      /could not be decoded/,
    );
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    await expectRejected(await multipart(uploadForm(svg, fields, 'x.svg', 'image/svg+xml')), 400);
    await expectRejected(
      await auto({ ...fields, imagen_base64: txt.toString('base64') }),
      400,
      /not a supported image/,
    );
  });

  it('a 20 MB file: 413 (multipart and base64)', async () => {
    const big = Buffer.alloc(20 * 1024 * 1024, 0xff);
    photo('shirt-1.jpg').copy(big); // starts like a JPEG
    await expectRejected(await multipart(uploadForm(big, fields)), 413, /too large/);
    await expectRejected(
      await auto({ ...fields, imagen_base64: big.toString('base64') }),
      413,
      /too large/,
    );
    // Just over the limit after decoding, though the JSON body itself is within its allowance.
    const over = Buffer.alloc(10 * 1024 * 1024 + 10, 0xff);
    await expectRejected(
      await auto({ ...fields, imagen_base64: over.toString('base64') }),
      413,
      /imagen_base64 too large/,
    );
  });

  it('a 30000×30000 PNG (900 MP, tiny on disk): 413 without decoding it', async () => {
    // The message names the header's size: it was refused before decoding (no wall-clock bound,
    // which fails on a loaded machine).
    await expectRejected(
      await multipart(uploadForm(bombPng(), fields, 'bomb.png', 'image/png')),
      413,
      /30000×30000/,
    );
    await expectRejected(
      await auto({ ...fields, imagen_base64: bombPng().toString('base64') }),
      413,
    );
  });

  it('malformed base64 and data URLs', async () => {
    await expectRejected(
      await auto({ ...fields, imagen_base64: 'this is *not* base64!' }),
      400,
      /not valid base64/,
    );
    await expectRejected(
      await auto({ ...fields, imagen_base64: 'data:image/jpeg,rawbytes' }),
      400,
      /base64/,
    );
    await expectRejected(
      await auto({ ...fields, imagen_base64: 'QUJD=QUJD' }),
      400,
      /not valid base64/,
    );
    await expectRejected(
      await call(s.url, 'POST', '/api/classify/vit-base64', {
        json: { imageDataUrl: 'data:image/png;base64,@@@@' },
      }),
      400,
      /imageDataUrl/,
    );
  });

  it('malformed JSON and the wrong Content-Type', async () => {
    await expectRejected(
      await call(s.url, 'POST', '/api/prendas/auto', {
        body: '{"imagen_base64": ',
        headers: { 'content-type': 'application/json' },
      }),
      400,
      /JSON/,
    );
    await expectRejected(
      await call(s.url, 'PUT', '/api/me/preferences', {
        body: 'estilo=elegante',
        headers: { 'content-type': 'text/plain' },
      }),
      415,
    );
  });
});

describe('bad ids and keys', () => {
  it('ids of the wrong shape: 400 naming the id', async () => {
    for (const id of [
      'abc',
      'A'.repeat(24),
      '0'.repeat(25),
      '..%2F..%2Fetc%2Fpasswd',
      '%24where',
      'null',
    ]) {
      for (const [method, path, json] of [
        ['GET', `/api/prendas/${id}`],
        ['PATCH', `/api/prendas/${id}`, { color: 'rojo' }],
        ['PUT', `/api/prendas/${id}/ocasion`, { ocasion: [] }],
        ['DELETE', `/api/prendas/${id}`],
        ['GET', `/api/outfits/${id}`],
        ['DELETE', `/api/outfits/${id}`],
      ] as const) {
        const res = await call(s.url, method, path, json ? { json } : {});
        expect(res.status, `${method} ${path}`).toBe(400);
        expect(res.body.error).toMatch(/^id: /);
      }
    }
    await expectRejected(
      await call(s.url, 'POST', '/api/outfits/save', {
        json: { superior_id: 'x', inferior_id: 'y', zapatos_id: 'z' },
      }),
      400,
      /superior_id/,
    );
  });

  it('image keys: strict pattern, no traversal', async () => {
    for (const key of [
      '..%2F..%2Fetc%2Fpasswd',
      '..%2Ffashion.db',
      'x.webp',
      `${'a'.repeat(32)}.gif`,
    ]) {
      const res = await call(s.url, 'GET', `/api/images/${key}`);
      expect(res.status, key).toBe(400);
      expect(res.body.error).toMatch(/key/);
    }
    expect((await call(s.url, 'GET', '/api/images/../fashion.db')).status).toBe(404);
    expect((await call(s.url, 'GET', `/api/images/${'a'.repeat(32)}.webp`)).status).toBe(404);
  });
});

describe('operator injection', () => {
  it('JSON with $-operators is refused, not passed to a store', async () => {
    await expectRejected(
      await call(s.url, 'PATCH', `/api/prendas/${garmentId}`, { json: { color: { $ne: null } } }),
      400,
      /color/,
    );
    await expectRejected(
      await call(s.url, 'PATCH', `/api/prendas/${garmentId}`, { json: { $set: { userId: 'me' } } }),
      400,
      /"\$set"/,
    );
    await expectRejected(
      await call(s.url, 'PUT', `/api/prendas/${garmentId}/ocasion`, {
        json: { ocasion: { $in: ['casual'] } },
      }),
      400,
      /ocasion/,
    );
    await expectRejected(
      await call(s.url, 'POST', '/api/outfits/save', {
        json: { superior_id: { $gt: '' }, inferior_id: garmentId, zapatos_id: garmentId },
      }),
      400,
      /superior_id/,
    );
    await expectRejected(
      await call(s.url, 'PUT', '/api/me/preferences', {
        json: { $where: 'sleep(1000)', estilo: 'elegante' },
      }),
      400,
      /"\$where"/,
    );
    await expectRejected(await call(s.url, 'GET', '/api/prendas/filter?type[$ne]=superior'), 400);
    await expectRejected(
      await auto({ ...fields, imagen_base64: { $regex: '.*' } }),
      400,
      /imagen_base64/,
    );
    // The garment is untouched.
    const g = await call(s.url, 'GET', `/api/prendas/${garmentId}`);
    expect(g.body).toMatchObject({ color: 'azul', userId: 'anonymous' });
  });
});
