/**
 * OKLab colour → the colour names of docs/architecture.md §4 (core COLOR_NAMES), by rules on lightness, chroma
 * and hue (OKLCh) rather than by nearest swatch: the boundaries that matter for clothes (navy vs
 * black, burgundy vs brown, beige vs white, mustard vs orange) are easier to place and to test
 * as explicit thresholds. Calibrated on named swatches (test/color-naming.test.ts).
 */
import type { ColorName } from '@fashion/core';
import { oklabToLch, type Lab } from './oklab.ts';

/** Below this chroma a colour reads as a neutral (black, grey, white). */
const NEUTRAL_CHROMA = 0.035;

export type SolidColorName = Exclude<ColorName, 'multicolor'>;

export function nameOklab(lab: Lab): SolidColorName {
  const { l, c, h } = oklabToLch(lab);
  // Very dark colours read as black unless clearly saturated (navy, deep burgundy).
  if (l < 0.22 || (l < 0.3 && c < 0.045)) return 'negro';
  if (c < NEUTRAL_CHROMA) return l >= 0.88 ? 'blanco' : 'gris';
  // Pinks and magentas share hues with reds: lightness separates them.
  if (h < 15 || h >= 340) return l > 0.6 || (h >= 340 && l > 0.5 && c > 0.18) ? 'rosa' : 'rojo';
  if (h < 40) {
    if (l > 0.7) return 'rosa';
    // Only the orange side of this band turns brown when dark and dull (burgundy stays red).
    return h >= 30 && c < 0.1 && l < 0.62 ? 'marrón' : 'rojo';
  }
  if (h < 75) {
    if (c < 0.1) return l >= 0.7 ? 'beige' : 'marrón';
    return l < 0.64 && c < 0.17 ? 'marrón' : 'naranja';
  }
  if (h < 115) {
    if (l < 0.62) return h < 95 ? 'marrón' : 'verde';
    return c < 0.09 ? 'beige' : 'amarillo';
  }
  if (h < 180) return 'verde';
  if (h < 280) return 'azul';
  return l > 0.74 ? 'rosa' : 'morado';
}
