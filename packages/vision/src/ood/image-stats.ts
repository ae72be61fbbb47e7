/**
 * Cheap statistics of the model's S×S input that tell a photograph from what a camera pointed at
 * a test chart, a screen or nothing gives. Photos of garments have shading (many colours, none
 * dominant) and two-dimensional structure; flat colours, test patterns and screenshots are a few
 * colours; gradients vary along one axis only; sensor noise and checkerboards have no structure
 * that rows and columns explain.
 */
import type { RgbImage } from '../image/rgb.ts';

export interface ImageStats {
  /** Share of pixels in the 16 most common colours (4 bits per channel): 1 = a tiny palette. */
  palette: number;
  /** Share of the luminance variance explained by row and column means alone: 1 = flat, bars
   * or a gradient; near 0 = noise or a checkerboard. */
  separable: number;
  /** Mean |luminance difference| between horizontal neighbours (0–255): low for posterised art. */
  edge: number;
}

export function imageStats({ width, height, data }: RgbImage): ImageStats {
  const n = width * height;
  // 4 bits per channel: 4096 bins, counted in a typed array (the hot path of every request).
  const counts = new Uint32Array(4096);
  const lum = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = data[i * 3]!;
    const g = data[i * 3 + 1]!;
    const b = data[i * 3 + 2]!;
    const key = ((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4);
    counts[key]!++;
    lum[i] = 0.299 * r + 0.587 * g + 0.114 * b;
  }
  const top = counts.sort().subarray(counts.length - 16);
  const palette = top.reduce((s, c) => s + c, 0) / n;

  const rowMean = new Float64Array(height);
  const colMean = new Float64Array(width);
  let mean = 0;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const v = lum[y * width + x]!;
      rowMean[y]! += v / width;
      colMean[x]! += v / height;
      mean += v / n;
    }
  let total = 0;
  let residual = 0;
  let edge = 0;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const v = lum[y * width + x]!;
      total += (v - mean) ** 2;
      residual += (v - rowMean[y]! - colMean[x]! + mean) ** 2;
      if (x + 1 < width) edge += Math.abs(v - lum[y * width + x + 1]!);
    }
  // An image without variance (one flat colour) counts as fully separable.
  const separable = total < 1e-6 * n ? 1 : 1 - residual / total;
  return { palette, separable, edge: edge / ((width - 1) * height) };
}
