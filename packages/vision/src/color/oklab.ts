/** sRGB pixels ↔ OKLab (culori's conversions), the perceptual space the colour analysis works in. */
import { convertOklabToRgb, convertRgbToOklab, formatHex, oklch } from 'culori';
import type { RgbImage } from '../image/rgb.ts';

export type Lab = readonly [number, number, number];

/** Packed [L,a,b,…] for every pixel. */
export function imageToOklab(image: RgbImage): Float32Array {
  const { data } = image;
  const n = image.width * image.height;
  const out = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) {
    const lab = convertRgbToOklab({
      r: data[i * 3]! / 255,
      g: data[i * 3 + 1]! / 255,
      b: data[i * 3 + 2]! / 255,
    });
    out[i * 3] = lab.l;
    out[i * 3 + 1] = lab.a;
    out[i * 3 + 2] = lab.b;
  }
  return out;
}

export function oklabToHex([l, a, b]: Lab): string {
  return formatHex(convertOklabToRgb({ l, a, b }));
}

/** Lightness (0..1), chroma (0..~0.37) and hue in degrees (0 when achromatic). */
export function oklabToLch([l, a, b]: Lab): { l: number; c: number; h: number } {
  const lch = oklch({ mode: 'oklab', l, a, b });
  return { l: lch.l, c: lch.c, h: lch.h ?? 0 };
}
