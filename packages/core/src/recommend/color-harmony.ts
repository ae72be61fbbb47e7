/**
 * Pairwise colour harmony judged in OKLCh: neutrals go with everything (a light/dark contrast
 * reads crisp), same-hue and neighbouring hues are safe, opposite hues are a bold but classic
 * complement, and hues about a third of the wheel apart clash when both are saturated. A muted
 * partner softens any hue relation.
 */
import { hueDistance } from './color-space.ts';
import type { GarmentFeatures } from './features.ts';
import { clamp01, piecewise } from './math.ts';

export type Scheme =
  | 'neutral'
  | 'accent'
  | 'monochrome'
  | 'analogous'
  | 'complementary'
  | 'contrast'
  | 'clash'
  | 'pattern';

/** Harmony of two saturated colours by hue distance in degrees (0 same hue, 180 opposite). */
const HUE_CURVE = [
  [0, 0.92],
  [25, 0.88],
  [50, 0.8],
  [75, 0.4],
  [100, 0.22],
  [125, 0.35],
  [150, 0.72],
  [180, 0.8],
] as const;

/** Below this a pair counts as a clash in explanations. */
export const CLASH_BELOW = 0.45;

/** Harmony of two garments, 0 (clash) … 1 (perfect). */
export function colorHarmony(a: GarmentFeatures, b: GarmentFeatures): number {
  if (a.multicolor || b.multicolor) {
    if (a.multicolor && b.multicolor) return 0.15; // two patterns fight
    return (a.multicolor ? b : a).neutral ? 0.85 : 0.4;
  }
  const p = a.color!;
  const q = b.color!;
  const contrast = clamp01(Math.abs(p.l - q.l) / 0.35);
  if (a.neutral || b.neutral) return 0.86 + 0.14 * contrast;
  const hue = piecewise(HUE_CURVE, hueDistance(p.h, q.h));
  const intensity = clamp01((Math.min(p.c, q.c) - 0.04) / 0.08);
  return Math.min(1, 0.78 + (hue - 0.78) * intensity + 0.06 * contrast);
}

export function colorScheme(a: GarmentFeatures, b: GarmentFeatures): Scheme {
  if (a.multicolor || b.multicolor) return 'pattern';
  if (a.neutral && b.neutral) return 'neutral';
  if (a.neutral || b.neutral) return 'accent';
  if (colorHarmony(a, b) < CLASH_BELOW) return 'clash';
  const dh = hueDistance(a.color!.h, b.color!.h);
  if (dh < 20) return 'monochrome';
  if (dh < 60) return 'analogous';
  if (dh >= 140) return 'complementary';
  return 'contrast';
}
