/**
 * A pattern hint from the garment's pixels: each pixel is labelled with its colour group, and
 * label changes are counted between neighbours inside the garment, across rows and down columns.
 * Stripes change often in one direction only (across the stripes); checks in both; a plain
 * garment (or one with a print in one place) rarely in either. Only the two heaviest groups count,
 * and only when the second is a real part of the garment, so shading does not make a pattern.
 */
import type { Lab } from './oklab.ts';

export type PatternHint = 'stripes' | 'checks';

/** Label changes per neighbour pair above which a direction counts as "changing often" (at
 * 0.08, 17 of the 144 hand-named photos were flagged, many of them plain denim whose texture
 * flips labels pixel by pixel, so the bar is higher). */
const OFTEN = 0.15;
/** The other direction must change this many times less often for stripes. */
const STRIPES_RATIO = 3;
const MIN_SECOND_SHARE = 0.2;

export function patternHint(
  labs: Float32Array,
  width: number,
  height: number,
  garment: Uint8Array,
  centers: readonly [Lab, Lab],
  secondShare: number,
): PatternHint | null {
  if (secondShare < MIN_SECOND_SHARE) return null;
  const label = new Int8Array(width * height).fill(-1);
  for (let p = 0; p < label.length; p++) {
    if (!garment[p]) continue;
    let best = 0;
    let bestD = Infinity;
    centers.forEach((c, k) => {
      const d =
        (labs[p * 3]! - c[0]) ** 2 +
        (labs[p * 3 + 1]! - c[1]) ** 2 +
        (labs[p * 3 + 2]! - c[2]) ** 2;
      if (d < bestD) {
        bestD = d;
        best = k;
      }
    });
    label[p] = best;
  }
  const rate = (dx: number, dy: number): number => {
    let pairs = 0;
    let changes = 0;
    for (let y = 0; y + dy < height; y++) {
      for (let x = 0; x + dx < width; x++) {
        const a = label[y * width + x]!;
        const b = label[(y + dy) * width + x + dx]!;
        if (a < 0 || b < 0) continue;
        pairs++;
        if (a !== b) changes++;
      }
    }
    return pairs === 0 ? 0 : changes / pairs;
  };
  const across = rate(1, 0);
  const down = rate(0, 1);
  const high = Math.max(across, down);
  const low = Math.min(across, down);
  if (high < OFTEN) return null;
  if (low * STRIPES_RATIO <= high) return 'stripes';
  return low >= OFTEN ? 'checks' : null;
}
