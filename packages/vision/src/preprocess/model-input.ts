/** Decoded RGB → the exact pixels and float tensor the model was evaluated on. */
import type { RgbImage } from '../image/rgb.ts';
import { pilResize } from './pil-resize.ts';
import type { PreprocessSpec } from './spec.ts';

/** The S×S uint8 RGB image the spec describes (the whole image squashed, Pillow bilinear). */
export function preprocessRgb(image: RgbImage, spec: PreprocessSpec): RgbImage {
  return pilResize(image, spec.size, spec.size, spec.interpolation);
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
