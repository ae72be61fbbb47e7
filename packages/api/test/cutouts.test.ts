/**
 * Cut-outs over real HTTP with real photos of the dataset: the upload answers 201 without one,
 * the cut-out (a transparent WebP, in-process segmenter) follows; delete removes both files;
 * a segmenter that throws leaves the garment intact; a touch-up mask replaces the cut-out; the
 * cut-out's colour (the garment's own pixels) replaces a machine colour, never the person's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { createLocalSegmenter } from '@fashion/adapters/segmenter-local/index.ts';
import { createNullClassifier } from '@fashion/adapters/classifier-null/index.ts';
import { cutout, cutoutColorFields } from '@fashion/vision';
import type { Classifier, Segmenter } from '../src/index.ts';
import { call, uploadForm, type Json } from './helpers/client.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

const dataset = process.env.FASHION_DATA ?? '/work/shared/datasets/clothing';
const photoName = (() => {
  try {
    const rows = readFileSync(join(dataset, 'labels.csv'), 'utf8').trim().split('\n').slice(1);
    return rows
      .map((r) => r.split(','))
      .find((c) => c[2] === 'validation' && c[3] === 't-shirt')?.[0];
  } catch {
    return undefined;
  }
})();
const realPhoto = () => readFileSync(join(dataset, 'images', photoName!));

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function uploadReal(s: TestServer): Promise<Json> {
  const res = await call(s.url, 'POST', '/api/prendas/upload', {
    form: uploadForm(realPhoto(), { clase_nombre: 'Shirt', color: 'azul' }),
  });
  expect(res.status).toBe(201);
  return res.body;
}

/** Polls the garment until `done` holds (the test's own timeout bounds it). */
async function waitFor(s: TestServer, id: string, done: (g: Json) => boolean): Promise<Json> {
  for (;;) {
    const { body } = await call(s.url, 'GET', `/api/prendas/${id}`);
    if (done(body)) return body;
    if (s.errors.length > 0) throw new Error(`the cut-out failed: ${String(s.errors[0])}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function fetchImage(s: TestServer, url: string) {
  const res = await fetch(`${s.url}${url}`);
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

describe.skipIf(!photoName)('garment cut-outs (real photos)', () => {
  it('answers 201 at once, then serves a transparent WebP cut-out; delete removes both', async () => {
    server = await startTestServer({ segmenter: createLocalSegmenter() });
    const g = await uploadReal(server);
    expect(g.recorte_url).toBeUndefined();
    expect(g.recorte_key).toBeUndefined();
    const done = await waitFor(server, g._id, (x) => typeof x.recorte_url === 'string');
    expect(done.recorte_key).toBeUndefined(); // the key stays inside
    const webp = await fetchImage(server, done.recorte_url);
    const meta = await sharp(webp).metadata();
    expect(meta.format).toBe('webp');
    expect(meta.hasAlpha).toBe(true);
    const { data } = await sharp(webp)
      .extractChannel(3)
      .raw()
      .toBuffer({ resolveWithObject: true });
    const clear = data.filter((a) => a < 16).length / data.length;
    expect(clear).toBeGreaterThan(0.05); // some background removed
    expect(clear).toBeLessThan(0.95); // and the garment kept
    expect(server.files()).toHaveLength(3); // photo, thumbnail, cut-out

    expect((await call(server.url, 'DELETE', `/api/prendas/${g._id}`)).status).toBe(200);
    expect(server.files()).toHaveLength(0);
  }, 120_000);

  it('a segmenter that throws leaves the garment intact, without a cut-out', async () => {
    let calls = 0;
    const broken: Segmenter = {
      cutout: () => {
        calls++;
        return Promise.reject(new Error('segmentation exploded'));
      },
      applyMask: () => Promise.reject(new Error('segmentation exploded')),
    };
    server = await startTestServer({ segmenter: broken });
    const g = await uploadReal(server);
    while (calls === 0) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 100));
    const after = (await call(server.url, 'GET', `/api/prendas/${g._id}`)).body;
    expect(after).toEqual(g);
    expect(server.errors.some((e) => String(e).includes('segmentation exploded'))).toBe(true);
    expect(server.files()).toHaveLength(2);
    // The lazy catch-up does not retry a failure in a loop.
    await call(server.url, 'GET', '/api/prendas');
    await new Promise((r) => setTimeout(r, 100));
    expect(calls).toBe(1);
  }, 60_000);

  it('a touch-up mask replaces the cut-out (old file deleted) and the switch is an edit', async () => {
    server = await startTestServer({ segmenter: createLocalSegmenter() });
    const g = await uploadReal(server);
    const first = await waitFor(server, g._id, (x) => typeof x.recorte_url === 'string');
    const photo = await sharp(await fetchImage(server, g.imagen_url)).metadata();
    // Keep the left half only.
    const w = 200;
    const h = Math.round((w * photo.height!) / photo.width!);
    const mask = await sharp({
      create: { width: w, height: h, channels: 3, background: '#000000' },
    })
      .composite([
        {
          input: { create: { width: w / 2, height: h, channels: 3, background: '#ffffff' } },
          left: 0,
          top: 0,
        },
      ])
      .png()
      .toBuffer();
    const res = await call(server.url, 'PUT', `/api/prendas/${g._id}/recorte`, {
      body: mask,
      headers: { 'content-type': 'image/png' },
    });
    expect(res.status).toBe(200);
    expect(res.body.recorte_url).not.toBe(first.recorte_url);
    expect((await fetch(`${server.url}${first.recorte_url}`)).status).toBe(404);
    const webp = await fetchImage(server, res.body.recorte_url);
    const { data, info } = await sharp(webp)
      .extractChannel(3)
      .raw()
      .toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => data[y * info.width + x]!;
    const y = Math.round(info.height / 2);
    expect(at(Math.round(info.width * 0.25), y)).toBeGreaterThan(240);
    expect(at(Math.round(info.width * 0.75), y)).toBeLessThan(15);
    expect(server.files()).toHaveLength(3);

    const wrongAspect = await sharp({
      create: { width: 100, height: 20, channels: 3, background: '#ffffff' },
    })
      .png()
      .toBuffer();
    const bad = await call(server.url, 'PUT', `/api/prendas/${g._id}/recorte`, {
      body: wrongAspect,
      headers: { 'content-type': 'image/png' },
    });
    expect(bad.status).toBe(400);

    const off = await call(server.url, 'PATCH', `/api/prendas/${g._id}`, {
      json: { mostrar_recorte: false },
    });
    expect(off.body.mostrar_recorte).toBe(false);
    expect(off.body.recorte_url).toBe(res.body.recorte_url); // instant undo: nothing recomputed
  }, 120_000);
});

/** A classifier that names every photo a pink Shirt: the upload's machine colour, to be replaced. */
const pinkClassifier: Classifier = {
  ...createNullClassifier(),
  classify: (_image, model) =>
    Promise.resolve({
      clase: 5,
      clase_nombre: 'Shirt',
      tipo: 'superior',
      confianza: 0.9,
      color: 'rosa',
      color_hex: '#ff66cc',
      top3: [],
      model,
      model_file: 'fixed.onnx',
    }),
};

describe.skipIf(!photoName)('the cut-out colour (real photos, in-process segmenter)', () => {
  it("replaces the upload's machine colour, then yields to the person's word", async () => {
    server = await startTestServer({
      segmenter: createLocalSegmenter(),
      classifier: pinkClassifier,
    });
    const res = await call(server.url, 'POST', '/api/prendas/upload', {
      form: uploadForm(realPhoto(), {}),
    });
    expect(res.status).toBe(201);
    const g = res.body;
    expect(g.color).toBe('rosa');
    expect(g.color_origen).toBe('foto');
    const done = await waitFor(server, g._id, (x) => x.color_origen === 'recorte');
    // What the segmenter measures on the stored photo, named on the wire in Spanish.
    const stored = await fetchImage(server, g.imagen_url);
    const expected = cutoutColorFields((await cutout(stored)).color);
    // GrabCut (opencv.js) seeds its colour models from a process-wide RNG: the mask and the
    // shares vary a little between calls, the name must agree.
    expect(done.color).toBe(expected.color);
    expect(done.color).not.toBe('rosa');
    expect(done.color_hex).toMatch(/^#[0-9a-f]{6}$/);
    expect(done.color_proporcion).toBeGreaterThan(0.3);
    expect(done.colores_secundarios.length).toBeLessThanOrEqual(2);
    for (const c of done.colores_secundarios)
      expect(c.proporcion).toBeLessThan(done.color_proporcion);
    expect(done.recorte_url).toEqual(expect.any(String));

    // The person corrects the colour; a re-run cut-out keeps it.
    const patched = await call(server.url, 'PATCH', `/api/prendas/${g._id}`, {
      json: { color: 'verde' },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.color_origen).toBe('persona');
    expect((await call(server.url, 'POST', `/api/prendas/${g._id}/recorte`)).status).toBe(202);
    const again = await waitFor(server, g._id, (x) => x.recorte_url !== done.recorte_url);
    expect(again.color).toBe('verde');
    expect(again.color_origen).toBe('persona');
  }, 120_000);

  it('keeps a colour named on upload', async () => {
    server = await startTestServer({ segmenter: createLocalSegmenter() });
    const g = await uploadReal(server); // names color: 'azul'
    expect(g.color_origen).toBe('persona');
    const done = await waitFor(server, g._id, (x) => typeof x.recorte_url === 'string');
    expect(done.color).toBe('azul');
    expect(done.color_origen).toBe('persona');
    expect(done.colores_secundarios).toBeUndefined();
  }, 60_000);
});

/** A mask of the photo's aspect keeping the left or the right half. */
async function halfMask(photoWidth: number, photoHeight: number, keep: 'left' | 'right') {
  const w = 200;
  const h = Math.round((w * photoHeight) / photoWidth);
  const white = {
    create: { width: w / 2, height: h, channels: 3, background: '#ffffff' },
  } as const;
  return sharp({ create: { width: w, height: h, channels: 3, background: '#000000' } })
    .composite([{ input: white, left: keep === 'left' ? 0 : w / 2, top: 0 }])
    .png()
    .toBuffer();
}

describe('the colour of a touch-up', () => {
  it('is measured again on what the person kept, unless they named it', async () => {
    const s = await startTestServer({
      segmenter: createLocalSegmenter(),
      classifier: pinkClassifier,
    });
    server = s;
    // A garment half red, half blue, on white.
    const half = (background: string) =>
      ({ create: { width: 180, height: 260, channels: 3, background } }) as const;
    const photo = await sharp({
      create: { width: 400, height: 300, channels: 3, background: '#ffffff' },
    })
      .composite([
        { input: half('#c62828'), left: 20, top: 20 },
        { input: half('#1565c0'), left: 200, top: 20 },
      ])
      .jpeg()
      .toBuffer();
    const up = await call(s.url, 'POST', '/api/prendas/upload', {
      form: uploadForm(photo, {}),
    });
    expect(up.status).toBe(201);
    const g = up.body;
    await waitFor(s, g._id, (x) => typeof x.recorte_url === 'string');
    const touchUp = async (keep: 'left' | 'right') => {
      const res = await call(s.url, 'PUT', `/api/prendas/${g._id}/recorte`, {
        body: await halfMask(400, 300, keep),
        headers: { 'content-type': 'image/png' },
      });
      expect(res.status).toBe(200);
      return res.body;
    };
    expect(await touchUp('left')).toMatchObject({ color: 'rojo', color_origen: 'recorte' });
    expect(await touchUp('right')).toMatchObject({ color: 'azul', color_origen: 'recorte' });
    // Once the person names it, a touch-up keeps their word.
    const named = await call(s.url, 'PATCH', `/api/prendas/${g._id}`, {
      json: { color: 'verde' },
    });
    expect(named.status).toBe(200);
    expect(await touchUp('left')).toMatchObject({ color: 'verde', color_origen: 'persona' });
  }, 120_000);
});
