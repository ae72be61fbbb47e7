/**
 * POST /segment: a garment's cut-out (transparent WebP) for API runtimes that cannot run the
 * segmentation themselves (the Worker: opencv.js's wasm and sharp do not fit there). Multipart:
 * the photo in `imagen`; with a `mascara` (PNG, white = keep) the mask is applied instead of
 * computed (a touch-up). Or the photo as the raw body. One runs at a time (CPU-bound).
 */
import type { Context, Hono } from 'hono';
import { CUTOUT_COLOR_HEADER, ImageRejected, formatMegabytes as mb } from '@fashion/core';
import { applyMask, cutout, cutoutColorFields, type DecodeLimits } from '@fashion/vision';

async function fileOf(form: Record<string, unknown>, name: string, maxBytes: number) {
  const value = form[name];
  const file = Array.isArray(value) ? (value[0] as unknown) : value;
  if (!(file instanceof File)) return null;
  if (file.size > maxBytes)
    throw new ImageRejected(`image too large: the limit is ${mb(maxBytes)}`, 413);
  return new Uint8Array(await file.arrayBuffer());
}

async function readParts(c: Context, maxBytes: number) {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  if (type.startsWith('image/')) {
    const photo = new Uint8Array(await c.req.arrayBuffer());
    if (photo.length > maxBytes)
      throw new ImageRejected(`image too large: the limit is ${mb(maxBytes)}`, 413);
    return { photo, mask: null };
  }
  if (!type.startsWith('multipart/form-data')) {
    throw new ImageRejected(
      'send the photo as multipart field "imagen" (and "mascara"), or as the body',
    );
  }
  const form = await c.req.parseBody({ all: true }).catch(() => {
    throw new ImageRejected('the multipart body could not be parsed');
  });
  const photo = await fileOf(form, 'imagen', maxBytes);
  if (!photo)
    throw new ImageRejected('no image: send it as a file in the multipart field "imagen"');
  return { photo, mask: await fileOf(form, 'mascara', maxBytes) };
}

export function addSegmentRoute(app: Hono, limits: DecodeLimits): void {
  let last: Promise<unknown> = Promise.resolve();
  app.post('/segment', async (c) => {
    const { photo, mask } = await readParts(c, limits.maxBytes);
    const work = last.then(async () => {
      const done = mask
        ? await applyMask(photo, mask, { limits })
        : await cutout(photo, { limits });
      return { webp: done.webp, color: cutoutColorFields(done.color) };
    });
    last = work.catch(() => undefined);
    const { webp, color } = await work;
    return c.body(new Uint8Array(webp), 200, {
      'content-type': 'image/webp',
      // The colour of the garment's own pixels (the mask stays here): JSON, URI-encoded.
      ...(color ? { [CUTOUT_COLOR_HEADER]: encodeURIComponent(JSON.stringify(color)) } : {}),
    });
  });
}
