/**
 * POST /segment over real HTTP (the Worker's way to cut-outs, through the API's HTTP segmenter
 * adapter): a transparent WebP comes back with the colour of the garment's own pixels in a
 * header, a mask is applied (and the colour measured on what it keeps), a non-image is refused.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CUTOUT_COLOR_HEADER, CutoutColorSchema } from '@fashion/core';
import { cutout, cutoutColorFields } from '@fashion/vision';
import { PHOTOS, startService, type RunningService } from './helpers.ts';

let service: RunningService;
beforeAll(async () => {
  service = await startService();
}, 120_000);
afterAll(() => service?.close());

const photo = readFileSync(join(PHOTOS, 'outwear-2.jpg'));

async function segment(image: Uint8Array, mask?: Uint8Array) {
  const form = new FormData();
  form.append('imagen', new Blob([image as Uint8Array<ArrayBuffer>]), 'photo');
  if (mask) form.append('mascara', new Blob([mask as Uint8Array<ArrayBuffer>]), 'mask');
  const res = await fetch(`${service.url}/segment`, { method: 'POST', body: form });
  return { res, body: Buffer.from(await res.arrayBuffer()) };
}

describe('POST /segment', () => {
  it('answers a transparent WebP cut-out, and applies a mask (white = keep)', async () => {
    const cut = await segment(photo);
    expect(cut.res.headers.get('content-type')).toBe('image/webp');
    const meta = await sharp(cut.body).metadata();
    expect(meta.format).toBe('webp');
    expect(meta.hasAlpha).toBe(true);

    const { width, height } = await sharp(photo).metadata();
    const white = await sharp({
      create: { width: width!, height: height!, channels: 3, background: '#ffffff' },
    })
      .png()
      .toBuffer();
    const kept = await segment(photo, white);
    expect(kept.res.status).toBe(200);
    const alpha = await sharp(kept.body).ensureAlpha().extractChannel(3).raw().toBuffer();
    expect(Math.min(...alpha)).toBeGreaterThan(240);
  }, 60_000);

  it("sends the colour measured on the cut-out's mask, Spanish names, in a header", async () => {
    const cut = await segment(photo);
    const header = cut.res.headers.get(CUTOUT_COLOR_HEADER);
    expect(header).not.toBeNull();
    const color = CutoutColorSchema.parse(JSON.parse(decodeURIComponent(header!)));
    // GrabCut (opencv.js) seeds its colour models from a process-wide RNG, so the mask, and the
    // shares, vary a little from call to call; the name is what must agree.
    expect(color.color).toBe(cutoutColorFields((await cutout(photo)).color).color);
    expect(color.color_proporcion).toBeGreaterThan(0.5);
    expect(color.colores_secundarios.length).toBeLessThanOrEqual(2);
    // A touch-up measures the colour of what the person's mask keeps: all of a red square here.
    const red = await sharp({
      create: { width: 120, height: 90, channels: 3, background: '#c62828' },
    })
      .jpeg()
      .toBuffer();
    const white = await sharp({
      create: { width: 120, height: 90, channels: 3, background: '#ffffff' },
    })
      .png()
      .toBuffer();
    const touched = (await segment(red, white)).res.headers.get(CUTOUT_COLOR_HEADER);
    expect(touched).not.toBeNull();
    expect(CutoutColorSchema.parse(JSON.parse(decodeURIComponent(touched!))).color).toBe('rojo');
  }, 60_000);

  it('refuses what is not an image with a 400 {error, code}', async () => {
    const { res, body } = await segment(new TextEncoder().encode('not an image'));
    expect(res.status).toBe(400);
    expect(JSON.parse(body.toString())).toMatchObject({ code: expect.any(String) });
  }, 60_000);
});
