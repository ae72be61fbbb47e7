/**
 * The browser side of the touch-up: reading the cut-out's alpha (fetched, so a cross-origin image
 * store needs CORS, as any pixel read does), drawing the preview and encoding the mask as PNG.
 */
import { maskFromRgba, maskToAlphaRgba, maskToGreyRgba, type Mask } from './strokes.ts';

function canvasOf(width: number, height: number): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.width = width;
  c.height = height;
  return c;
}

function context(c: HTMLCanvasElement): CanvasRenderingContext2D {
  const ctx = c.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas in this browser');
  return ctx;
}

async function bitmapOf(url: string): Promise<ImageBitmap> {
  const res = await fetch(url, { mode: 'cors', credentials: 'omit' });
  if (!res.ok) throw new Error(`image ${res.status}`);
  return createImageBitmap(await res.blob());
}

export interface TouchUpSource {
  /** The current cut-out's alpha: the starting mask, at the cut-out's size. */
  base: Mask;
  /** The original photo (the pixels a "keep" stroke brings back). */
  photo: ImageBitmap;
}

export async function loadSource(cutoutUrl: string, photoUrl: string): Promise<TouchUpSource> {
  const [cutout, photo] = await Promise.all([bitmapOf(cutoutUrl), bitmapOf(photoUrl)]);
  const c = canvasOf(cutout.width, cutout.height);
  const ctx = context(c);
  ctx.drawImage(cutout, 0, 0);
  const { data } = ctx.getImageData(0, 0, cutout.width, cutout.height);
  cutout.close();
  return { base: maskFromRgba(data, c.width, c.height), photo };
}

function imageCanvas(rgba: Uint8ClampedArray, width: number, height: number): HTMLCanvasElement {
  const c = canvasOf(width, height);
  context(c).putImageData(new ImageData(new Uint8ClampedArray(rgba), width, height), 0, 0);
  return c;
}

/**
 * Draws what the saved cut-out will look like onto `target` (sized like the mask): what is
 * dropped shows as a faint ghost of the photo, so the person sees what a "keep" stroke restores.
 */
export function drawPreview(target: HTMLCanvasElement, photo: ImageBitmap, mask: Mask): void {
  const { width, height } = mask;
  const ctx = context(target);
  ctx.clearRect(0, 0, width, height);
  ctx.globalAlpha = 0.22;
  ctx.drawImage(photo, 0, 0, width, height);
  ctx.globalAlpha = 1;
  const kept = imageCanvas(maskToAlphaRgba(mask), width, height);
  const k = context(kept);
  k.globalCompositeOperation = 'source-in';
  k.drawImage(photo, 0, 0, width, height);
  ctx.drawImage(kept, 0, 0);
}

/** The mask as the PNG the server takes (white = keep), at the cut-out's size. */
export function maskPng(mask: Mask): Promise<Blob> {
  const c = imageCanvas(maskToGreyRgba(mask), mask.width, mask.height);
  return new Promise((resolve, reject) =>
    c.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
