/** cutout(bytes): a transparent WebP of the garment from an uploaded photo, and its mask. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cutout } from '../src/segment/cutout.ts';
import { iou } from '../src/segment/metrics.ts';
import { resizeMask } from '../src/segment/resize-mask.ts';
import { MASKS_DIR, loadReferenceMasks } from './helpers/reference-masks.ts';

describe('cutout', async () => {
  const [ref] = (await loadReferenceMasks()).filter((r) => r.image.startsWith('d0fcfc1e'));

  it('makes a transparent WebP whose opaque part is the garment', async () => {
    const bytes = readFileSync(join(MASKS_DIR, 'photos', ref!.image));
    const out = await cutout(bytes);
    const meta = await sharp(out.webp).metadata();
    expect(meta.format).toBe('webp');
    expect(meta.hasAlpha).toBe(true);
    expect([meta.width, meta.height]).toEqual([ref!.photo.width, ref!.photo.height]);
    const { data, info } = await sharp(out.webp)
      .extractChannel(3)
      .raw()
      .toBuffer({ resolveWithObject: true });
    const alpha = {
      width: info.width,
      height: info.height,
      data: data.map((v) => (v > 127 ? 1 : 0)),
    };
    expect(alpha.data[0]).toBe(0); // the corner is floor
    expect(iou(alpha, ref!.mask)).toBeGreaterThan(0.9);
    expect(iou(resizeMask(out.mask, info.width, info.height), ref!.mask)).toBeGreaterThan(0.9);
  }, 120_000);

  it('caps the cut-out size and keeps the aspect ratio of a large photo', async () => {
    const big = await sharp(join(MASKS_DIR, 'photos', ref!.image))
      .resize(3000, 4000, { fit: 'fill' })
      .jpeg()
      .toBuffer();
    const out = await cutout(big, { maxSide: 800 });
    expect([out.width, out.height]).toEqual([600, 800]);
    expect(Math.max(out.mask.width, out.mask.height)).toBeLessThanOrEqual(160);
  }, 120_000);

  it('rejects bytes that are not an image', async () => {
    await expect(cutout(new TextEncoder().encode('not an image'))).rejects.toMatchObject({
      name: 'ImageRejected',
    });
  });
});
