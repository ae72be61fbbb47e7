/**
 * White balance takes the brightest 3 % of the pixels (ties in pixel order) as what should be
 * near white. It finds them with a histogram; the definition is a sort, checked here on random
 * images full of ties, and on the cases that pin the gains to their bounds.
 */
import { describe, expect, it } from 'vitest';
import { whiteBalance } from '../src/color/white-balance.ts';
import { seededRandom } from '../src/color/kmeans.ts';
import type { RgbImage } from '../src/image/rgb.ts';

/** The gains as the definition says: sort by r+g+b (stable), average the top share. */
function gainsBySort({ width, height, data }: RgbImage): number[] {
  const n = width * height;
  const sum = (p: number) => data[p * 3]! + data[p * 3 + 1]! + data[p * 3 + 2]!;
  const order = Array.from({ length: n }, (_, p) => p).sort((a, b) => sum(b) - sum(a));
  const top = order.slice(0, Math.max(1, Math.round(0.03 * n)));
  const linear = (v: number) => {
    const x = v / 255;
    return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
  };
  return [0, 1, 2].map((c) => {
    const mean = top.reduce((s, p) => s + data[p * 3 + c]!, 0) / top.length;
    return Math.min(1.5, Math.max(1, linear(250) / Math.max(linear(Math.round(mean)), 1e-6)));
  });
}

function randomImage(seed: number, width: number, height: number, levels: number): RgbImage {
  const random = seededRandom(seed);
  const data = new Uint8Array(width * height * 3);
  // Few levels per channel: many pixels share a sum, so the cut falls inside a tie.
  for (let i = 0; i < data.length; i++) data[i] = Math.floor(random() * levels) * (255 / levels);
  return { width, height, data };
}

describe('white balance', () => {
  it('takes the same brightest pixels as a stable sort would, ties included', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const image = randomImage(seed, 37 + seed, 23 + (seed % 7), 2 + (seed % 9));
      expect([...whiteBalance(image).gains], `seed ${seed}`).toEqual(gainsBySort(image));
    }
  });

  it('never darkens a bright photo and brightens a dim one by at most 1.5', () => {
    const bright = { width: 4, height: 4, data: new Uint8Array(48).fill(255) };
    expect(whiteBalance(bright)).toEqual({ image: bright, gains: [1, 1, 1] });
    const dim = { width: 4, height: 4, data: new Uint8Array(48).fill(40) };
    const { image, gains } = whiteBalance(dim);
    expect(gains).toEqual([1.5, 1.5, 1.5]);
    expect(image.data[0]).toBeGreaterThan(40);
  });
});
