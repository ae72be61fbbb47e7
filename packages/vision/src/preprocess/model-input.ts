/** Decoded RGB → the exact pixels and float tensor the model was evaluated on. */
import { cropRgb, type RgbImage } from '../image/rgb.ts';
import { pilResize } from './pil-resize.ts';
import type { PreprocessSpec } from './spec.ts';

/** Python's round(): half to even (torchvision's CenterCrop offsets use it). */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** The S×S uint8 RGB image the spec describes. */
export function preprocessRgb(image: RgbImage, spec: PreprocessSpec): RgbImage {
  const s = spec.size;
  const filter = spec.interpolation;
  switch (spec.resize) {
    case 'squash':
      return pilResize(image, s, s, filter);
    case 'fit': {
      // PIL ImageOps.fit(image, (s, s), centering=(0.5, 0.5)): a fractional central square box.
      const { width: w, height: h } = image;
      const side = Math.min(w, h);
      const left = (w - side) * 0.5;
      const top = (h - side) * 0.5;
      return pilResize(image, s, s, filter, [left, top, left + side, top + side]);
    }
    case 'center-crop': {
      const target = spec.resize_size ?? s;
      const { width: w, height: h } = image;
      const short = Math.min(w, h);
      const long = Math.max(w, h);
      const newLong = Math.trunc((target * long) / short);
      const [rw, rh] = w <= h ? [target, newLong] : [newLong, target];
      const resized = pilResize(image, rw, rh, filter);
      const left = roundHalfEven((rw - s) / 2);
      const top = roundHalfEven((rh - s) / 2);
      return cropRgb(resized, left, top, s, s);
    }
  }
}

const UNIT = Float32Array.from({ length: 256 }, (_, v) => v / 255);

/** Planar float32 [N,3,S,S] in [0,1] from N interleaved S×S RGB images (same as `ToTensor`). */
export function toChwTensor(images: readonly RgbImage[], size: number): Float32Array {
  const plane = size * size;
  const out = new Float32Array(images.length * 3 * plane);
  images.forEach((img, n) => {
    if (img.width !== size || img.height !== size) {
      throw new RangeError(`expected ${size}×${size}, got ${img.width}×${img.height}`);
    }
    const base = n * 3 * plane;
    const d = img.data;
    for (let i = 0, p = 0; i < plane; i++, p += 3) {
      out[base + i] = UNIT[d[p]!]!;
      out[base + plane + i] = UNIT[d[p + 1]!]!;
      out[base + 2 * plane + i] = UNIT[d[p + 2]!]!;
    }
  });
  return out;
}
