/**
 * A pattern hint from the garment's pixels: each pixel is labelled with the nearer of two colours
 * (the two heaviest colour groups, or two shades of the one group), and label changes are counted
 * between neighbours inside the garment, across rows and down columns. Stripes change often in
 * one direction only; checks in both; a plain garment (or one with a print in one place) rarely in
 * either. A change rate alone also fires on texture, shading and florals, so the labels must also
 * repeat: pixels a period apart agree again after those half a period apart disagreed.
 * Measured on fixtures/patterns (packages/vision/test/pattern-hint-photos.test.ts).
 */
import type { Lab } from './oklab.ts';

export type PatternHint = 'stripes' | 'checks';

/** Label changes per neighbour pair above which a direction counts as "changing often" (at
 * 0.08, 17 of the 144 hand-named photos were flagged, many of them plain denim whose texture
 * flips labels pixel by pixel, so the bar is higher). */
const OFTEN = 0.15;
/** Horizontal stripes (changing down the garment) need less than OFTEN, as long as the labels
 * repeat and change this much more often down than across. Only horizontal: across the photo,
 * two trouser legs or a sleeve beside the body repeat too, and vertical stripes at the colour
 * step's 96 px are mostly lost anyway (none of the reference's pinstripes survived). */
const STRIPES_MIN = 0.1;
const STRIPES_RATIO = 1.5;
/** Checks: not stripes, so the slower direction changes at least this share of the faster. */
const CHECKS_RATIO = 1 / 3;
/** How far the agreement must come back (repeatStrength) for stripes, and for checks. */
const STRIPES_REPEAT = 0.09;
const CHECKS_REPEAT = 0.08;
/** The second colour must be this share of the garment, so a print in one place is no pattern. */
const MIN_SECOND_SHARE = 0.1;
/** Periods looked for, in work pixels (the work image is 96 px on its longer side). */
const MAX_PERIOD = 24;

function labelPixels(
  labs: Float32Array,
  garment: Uint8Array,
  centers: readonly [Lab, Lab],
): Int8Array {
  const label = new Int8Array(garment.length).fill(-1);
  for (let p = 0; p < label.length; p++) {
    if (!garment[p]) continue;
    const d = centers.map(
      (c) =>
        (labs[p * 3]! - c[0]) ** 2 +
        (labs[p * 3 + 1]! - c[1]) ** 2 +
        (labs[p * 3 + 2]! - c[2]) ** 2,
    );
    label[p] = d[1]! < d[0]! ? 1 : 0;
  }
  return label;
}

/** Share of garment pixel pairs `dx`, `dy` apart with the same label; null with too few pairs. */
function agreement(label: Int8Array, width: number, height: number, dx: number, dy: number) {
  let pairs = 0;
  let same = 0;
  for (let y = 0; y + dy < height; y++) {
    for (let x = 0; x + dx < width; x++) {
      const a = label[y * width + x]!;
      const b = label[(y + dy) * width + x + dx]!;
      if (a < 0 || b < 0) continue;
      pairs++;
      if (a === b) same++;
    }
  }
  return pairs < 200 ? null : same / pairs;
}

/** How far the agreement rises again, at some longer distance, after its lowest point so far:
 * near 0 when it only falls (shading, one print, noise), large for a repeating pattern. */
function repeatStrength(label: Int8Array, width: number, height: number, down: boolean): number {
  let lowest = 1;
  let strength = 0;
  for (let k = 1; k <= MAX_PERIOD; k++) {
    const a = down ? agreement(label, width, height, 0, k) : agreement(label, width, height, k, 0);
    if (a === null) break;
    lowest = Math.min(lowest, a);
    strength = Math.max(strength, a - lowest);
  }
  return strength;
}

export function patternHint(
  labs: Float32Array,
  width: number,
  height: number,
  garment: Uint8Array,
  centers: readonly [Lab, Lab],
  secondShare: number,
): PatternHint | null {
  if (secondShare < MIN_SECOND_SHARE) return null;
  const label = labelPixels(labs, garment, centers);
  const changes = (dx: number, dy: number) => 1 - (agreement(label, width, height, dx, dy) ?? 1);
  const across = changes(1, 0);
  const down = changes(0, 1);
  if (
    down >= STRIPES_MIN &&
    down >= STRIPES_RATIO * across &&
    repeatStrength(label, width, height, true) >= STRIPES_REPEAT
  ) {
    return 'stripes';
  }
  const fast = Math.max(across, down);
  const slow = Math.min(across, down);
  if (slow < OFTEN || slow < CHECKS_RATIO * fast) return null;
  const repeat = Math.max(
    repeatStrength(label, width, height, true),
    repeatStrength(label, width, height, false),
  );
  return repeat >= CHECKS_REPEAT ? 'checks' : null;
}
