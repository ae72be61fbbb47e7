import type { Mask } from './mask.ts';

/** Bilinear resample of a 0/1 mask, thresholded at one half (work size → photo size). */
export function resizeMask(mask: Mask, width: number, height: number): Mask {
  const { width: sw, height: sh, data: src } = mask;
  const data = new Uint8Array(width * height);
  const fx = sw / width;
  const fy = sh / height;
  for (let y = 0; y < height; y++) {
    const sy = Math.min(Math.max((y + 0.5) * fy - 0.5, 0), sh - 1);
    const y0 = Math.floor(sy);
    const y1 = Math.min(y0 + 1, sh - 1);
    const wy = sy - y0;
    for (let x = 0; x < width; x++) {
      const sx = Math.min(Math.max((x + 0.5) * fx - 0.5, 0), sw - 1);
      const x0 = Math.floor(sx);
      const x1 = Math.min(x0 + 1, sw - 1);
      const wx = sx - x0;
      const top = src[y0 * sw + x0]! * (1 - wx) + src[y0 * sw + x1]! * wx;
      const bottom = src[y1 * sw + x0]! * (1 - wx) + src[y1 * sw + x1]! * wx;
      data[y * width + x] = top * (1 - wy) + bottom * wy >= 0.5 ? 1 : 0;
    }
  }
  return { width, height, data };
}
