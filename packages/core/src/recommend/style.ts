/**
 * Fit to the chosen style, per piece (unary) and per pair of pieces (how colours combine):
 * - minimalista: neutrals, at most one hue, no patterns;
 * - colorido: saturated colours, several hues (harmony itself is judged by color-harmony.ts);
 * - elegante: dressy pieces in neutrals or deep tones, tonal rather than contrasting;
 * - moderno: a graphic look: one accent on neutrals, strong light/dark contrast, bold complements.
 */
import type { Estilo } from '../taxonomy.ts';
import { hueDistance } from './color-space.ts';
import type { GarmentFeatures } from './features.ts';
import { clamp01 } from './math.ts';

export function styleUnary(f: GarmentFeatures, estilo: Estilo): number {
  const c = f.color?.c ?? 0.15;
  switch (estilo) {
    case 'minimalista':
      if (f.multicolor) return 0.05;
      // An accessory is never quite minimal.
      if (f.cls === 'Hat') return f.neutral ? 0.7 : 0.3;
      return f.neutral ? 1 : Math.min(0.6, Math.max(0.15, 1 - c / 0.2));
    case 'colorido':
      if (f.multicolor) return 1;
      return f.neutral ? 0.3 : 0.5 + 0.5 * clamp01(c / 0.15);
    case 'elegante': {
      const dressy = Math.max(0, 1 - Math.abs(f.formality - 0.8) / 0.6);
      let tone = 0.35;
      if (f.multicolor) tone = 0.1;
      else if (f.neutral) tone = 1;
      else if (c < 0.1 || (f.color?.l ?? 1) < 0.45) tone = 0.72;
      return 0.5 * dressy + 0.5 * tone;
    }
    case 'moderno':
      return f.multicolor ? 0.6 : f.neutral ? 0.75 : 0.8;
  }
}

/** Whether two chromatic garments share a hue family (within 25°). */
function sameHue(a: GarmentFeatures, b: GarmentFeatures): boolean {
  return hueDistance(a.color!.h, b.color!.h) < 25;
}

export function stylePair(a: GarmentFeatures, b: GarmentFeatures, estilo: Estilo): number {
  const chromaticA = !a.neutral && !a.multicolor;
  const chromaticB = !b.neutral && !b.multicolor;
  const pattern = a.multicolor || b.multicolor;
  switch (estilo) {
    case 'minimalista':
      if (pattern) return 0.2;
      if (chromaticA && chromaticB) return sameHue(a, b) ? 0.6 : 0.2;
      return 1;
    case 'colorido':
      if (pattern) return (a.multicolor ? b : a).neutral ? 0.6 : 0.9;
      if (chromaticA && chromaticB) return sameHue(a, b) ? 0.7 : 1;
      return chromaticA || chromaticB ? 0.6 : 0.2;
    case 'elegante':
      if (pattern) return 0.2;
      if (chromaticA && chromaticB) return sameHue(a, b) ? 0.9 : 0.35;
      return 1;
    case 'moderno': {
      if (pattern) return (a.multicolor ? b : a).neutral ? 0.9 : 0.3;
      if (chromaticA && chromaticB) {
        const dh = hueDistance(a.color!.h, b.color!.h);
        return dh >= 140 ? 0.85 : dh < 25 ? 0.7 : 0.4;
      }
      if (chromaticA || chromaticB) return 1;
      return Math.abs(a.color!.l - b.color!.l) >= 0.35 ? 0.9 : 0.6;
    }
  }
}
