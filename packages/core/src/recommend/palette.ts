/** Fit of a garment to the person's preferred colours, by name or by OKLab closeness. */
import type { ColorName } from '../colors.ts';
import { oklabDistance, perceptualFromName, type Perceptual } from './color-space.ts';
import type { GarmentFeatures } from './features.ts';
import { clamp01 } from './math.ts';

export interface Palette {
  names: ReadonlySet<ColorName>;
  colors: readonly Perceptual[];
}

export function paletteOf(colores: readonly ColorName[]): Palette {
  const colors: Perceptual[] = [];
  for (const n of colores) {
    const p = perceptualFromName(n);
    if (p) colors.push(p);
  }
  return { names: new Set(colores), colors };
}

/**
 * 1 for a named match; 0.9 → 0 as the OKLab distance to the nearest preferred colour grows from
 * 0.08 (a shade of it) to 0.25 (another colour). Neutrals keep 0.45: a background, not a miss.
 */
export function preferredColorFit(f: GarmentFeatures, palette: Palette): number {
  if (palette.names.has(f.colorName)) return 1;
  if (f.multicolor || !f.color) return 0.5;
  let best = 0;
  for (const p of palette.colors) {
    best = Math.max(best, 0.9 * clamp01((0.25 - oklabDistance(f.color, p)) / 0.17));
  }
  return f.neutral ? Math.max(best, 0.45) : best;
}
