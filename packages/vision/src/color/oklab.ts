/** sRGB pixels ↔ OKLab (culori's conversions), the perceptual space the colour analysis works in. */
import { convertLrgbToOklab, convertRgbToLrgb, oklch } from 'culori';
import type { RgbImage } from '../image/rgb.ts';

export type Lab = readonly [number, number, number];

/** sRGB byte → linear light, from culori's transfer function once per value (not per pixel). */
const LINEAR = Float64Array.from(
  { length: 256 },
  (_, v) => convertRgbToLrgb({ r: v / 255, g: 0, b: 0 }).r,
);

/** Packed [L,a,b,…] for every pixel. */
export function imageToOklab(image: RgbImage): Float32Array {
  const { data } = image;
  const n = image.width * image.height;
  const out = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) {
    const lab = convertLrgbToOklab({
      r: LINEAR[data[i * 3]!]!,
      g: LINEAR[data[i * 3 + 1]!]!,
      b: LINEAR[data[i * 3 + 2]!]!,
    });
    out[i * 3] = lab.l;
    out[i * 3 + 1] = lab.a;
    out[i * 3 + 2] = lab.b;
  }
  return out;
}

/** Lightness (0..1), chroma (0..~0.37) and hue in degrees (0 when achromatic). */
export function oklabToLch([l, a, b]: Lab): { l: number; c: number; h: number } {
  const lch = oklch({ mode: 'oklab', l, a, b });
  return { l: lch.l, c: lch.c, h: lch.h ?? 0 };
}
