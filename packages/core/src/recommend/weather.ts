/**
 * Weather rules. Hard ones: no shorts at or below COLD_C, outerwear whenever it is cold or
 * raining, no open shoes then (when there are others), no warm pieces but outerwear in real
 * heat (when there are others), and only a light hat in the sun. Soft ones (a 0..1 fit per
 * piece): warm pieces in the cold, light pieces (light in weight and in colour) in the heat,
 * long sleeves less and less as it gets hot, a hat against sun or cold. The person's warmth
 * (`calidez`) moves a piece's fit away from its class's.
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
export const HOT_C = 24;
/** From here on warm pieces (knitwear, boots, a wool hat) are out when there are others. */
export const HEAT_C = 26;

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

const sunny = (w: Weather) => w.temperature !== undefined && w.temperature >= HOT_C && !w.rain;

/**
 * A piece the weather rules out when its slot has others: open shoes in the cold or rain, warm
 * pieces (other than outerwear) in real heat, and any hat but a light one in the sun.
 */
export function outOfSeason(f: GarmentFeatures, w: Weather): boolean {
  const t = w.temperature;
  if (f.cls === 'Shoes' && f.warmth === 0 && (tooColdForShorts(w) || w.rain === true)) return true;
  if (f.cls === 'Hat' && sunny(w)) return f.warmth > 0;
  return t !== undefined && t >= HEAT_C && f.cls !== 'Outwear' && f.warmth === 2;
}

/**
 * +1 when cold asks for warmth, −1 when heat asks for lightness, 0 on a mild day: how much a
 * piece warmer than its class gains (or loses) in the fit.
 */
const WARMTH_WANTED: readonly (readonly [number, number])[] = [
  [5, 1],
  [14, 0.4],
  [18, 0],
  [22, -0.5],
  [28, -1],
];
/** Fit gained per warmth level above the class's suggestion, at full cold. */
const WARMTH_STEP = 0.3;

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
  // Long sleeves get uncomfortable fast in the heat.
  Longsleeve: [
    [0, 0.9],
    [10, 1],
    [18, 1],
    [24, 0.5],
    [28, 0.2],
    [32, 0.05],
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
    // Against the sun only a light hat helps; against the cold, a warm one.
    if (sunny(w))
      fit =
        f.warmth === 0
          ? piecewise(
              [
                [HOT_C, 0.85],
                [30, 1],
              ],
              t!,
            )
          : 0.2;
    else if (t !== undefined && t <= 5) fit = [0.6, 0.9, 1][f.warmth]!;
    else if (w.rain) fit = 0.65;
  }
  if (covered && (f.cls === 'T-shirt' || f.cls === 'Shirt')) fit = Math.max(fit, 0.85);
  if (w.rain) {
    if (f.cls === 'Outwear') fit = Math.max(fit, 0.9);
    if (f.cls === 'Skirt' || f.cls === 'Dress' || f.cls === 'Shorts') fit -= 0.1;
    if (f.cls === 'Shoes' && f.warmth === 0) fit -= 0.3; // open shoes in the rain
  }
  // Warmer or lighter than the class suggests (a parka, open sandals): more or less fit.
  if (t !== undefined && f.cls !== 'Hat') {
    fit += WARMTH_STEP * (f.warmth - f.classWarmth) * piecewise(WARMTH_WANTED, t);
  }
  // Dark colours soak up the sun.
  if (t !== undefined && t >= HOT_C + 2 && f.color && f.cls !== 'Hat') {
    fit -= 0.2 * (1 - f.color.l);
  }
  return Math.min(1, Math.max(0, fit));
}
