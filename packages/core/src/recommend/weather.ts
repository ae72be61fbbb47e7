/**
 * Weather rules. Hard ones: no shorts at or below COLD_C, and outerwear whenever it is cold or
 * raining. Soft ones (a 0..1 fit per piece): warm pieces in the cold, light pieces (light in
 * weight and in colour) in the heat, a hat against sun or cold.
 */
import type { ClassName } from '../taxonomy.ts';
import type { GarmentFeatures } from './features.ts';
import { piecewise } from './math.ts';

export interface Weather {
  /** °C. */
  temperature?: number | undefined;
  rain?: boolean | undefined;
}

/** "Cold" for outerwear and shorts. */
export const COLD_C = 12;
/** From here on the sun makes a hat worth it and dark colours uncomfortable. */
const HOT_C = 24;

export function hasWeather(w: Weather): boolean {
  return w.temperature !== undefined || w.rain === true;
}

/** Why the weather asks for outerwear, or null when it does not. */
export function outerwearReason(w: Weather): 'cold' | 'rain' | null {
  if (w.temperature !== undefined && w.temperature <= COLD_C) return 'cold';
  if (w.rain === true) return 'rain';
  return null;
}

export function tooColdForShorts(w: Weather): boolean {
  return w.temperature !== undefined && w.temperature <= COLD_C;
}

/** Comfort by temperature per class (°C → 0..1). */
const CURVES: Readonly<Record<ClassName, readonly (readonly [number, number])[]>> = {
  'T-shirt': [
    [5, 0.35],
    [14, 0.55],
    [20, 0.9],
    [24, 1],
  ],
  Shirt: [
    [0, 0.6],
    [10, 0.8],
    [16, 1],
    [26, 1],
    [32, 0.7],
  ],
  Longsleeve: [
    [0, 0.9],
    [10, 1],
    [18, 1],
    [24, 0.6],
    [30, 0.25],
  ],
  Shorts: [
    [COLD_C, 0],
    [18, 0.45],
    [22, 0.9],
    [25, 1],
  ],
  Skirt: [
    [0, 0.3],
    [8, 0.5],
    [14, 0.85],
    [20, 1],
  ],
  Dress: [
    [0, 0.3],
    [8, 0.5],
    [15, 0.85],
    [20, 1],
  ],
  Pants: [
    [0, 1],
    [20, 1],
    [26, 0.75],
    [32, 0.45],
  ],
  Outwear: [
    [0, 1],
    [COLD_C, 1],
    [18, 0.7],
    [24, 0.35],
    [30, 0.15],
  ],
  Shoes: [[0, 0.8]],
  Hat: [[0, 0.5]],
};

/**
 * Fit of one piece to the weather. `covered` says the outfit has a layer or outerwear over the
 * base top, which makes a T-shirt fine in the cold.
 */
export function weatherFit(f: GarmentFeatures, w: Weather, covered: boolean): number {
  const t = w.temperature;
  let fit = t === undefined ? 0.75 : piecewise(CURVES[f.cls], t);
  if (f.cls === 'Hat') {
    if (t !== undefined && t >= HOT_C && !w.rain)
      fit = piecewise(
        [
          [HOT_C, 0.85],
          [30, 1],
        ],
        t,
      );
    else if (t !== undefined && t <= 5) fit = 0.9;
    else if (w.rain) fit = 0.65;
  }
  if (covered && (f.cls === 'T-shirt' || f.cls === 'Shirt')) fit = Math.max(fit, 0.85);
  if (w.rain) {
    if (f.cls === 'Outwear') fit = Math.max(fit, 0.9);
    if (f.cls === 'Skirt' || f.cls === 'Dress' || f.cls === 'Shorts') fit -= 0.1;
  }
  // Dark colours soak up the sun.
  if (t !== undefined && t >= HOT_C + 2 && f.color && f.cls !== 'Hat') {
    fit -= 0.2 * (1 - f.color.l);
  }
  return Math.min(1, Math.max(0, fit));
}
