/**
 * Exposure and white balance for phone photos ("white patch"): indoor photos put white cloth at
 * grey and tint everything with the lamp's colour. The brightest BRIGHT_SHARE of the whole work
 * image (garment and background: a wall, a bed sheet, the garment's own highlights) is taken as
 * what should be near white; each channel is scaled in linear light so that its mean over those
 * pixels reaches TARGET, by a gain between 1 (never darkened) and MAX_GAIN (a dark photo of a dark
 * garment is not turned grey). Fitted on the tuning half of the hand-named photos
 * (test/garment-color-photos.test.ts): it is what moved the colour step past 0.85.
 */
import { convertLrgbToRgb, convertOklabToLrgb, formatHex } from 'culori';
import type { RgbImage } from '../image/rgb.ts';
import type { Lab } from './oklab.ts';

export interface Balanced {
  image: RgbImage;
  /** Linear-light gain per channel (r, g, b), each in [1, MAX_GAIN]. */
  gains: readonly [number, number, number];
}

const BRIGHT_SHARE = 0.03;
const TARGET = 250;
const MAX_GAIN = 1.5;

const LINEAR = Float64Array.from({ length: 256 }, (_, i) => {
  const v = i / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
});

function toSrgb8(v: number): number {
  const c = Math.min(1, Math.max(0, v));
  return Math.round(255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055));
}

/**
 * Mean of each channel over the `count` brightest pixels (by r+g+b; ties in pixel order). A
 * histogram of the sums finds them in two passes, where sorting every pixel cost more than the
 * rest of the colour step together.
 */
function brightestMeans(data: Uint8Array, n: number, count: number): [number, number, number] {
  const histogram = new Uint32Array(766);
  for (let p = 0; p < n; p++) histogram[data[p * 3]! + data[p * 3 + 1]! + data[p * 3 + 2]!]!++;
  // The sum from which pixels are taken, and how many pixels of exactly that sum are taken.
  let threshold = 765;
  let above = 0;
  while (above + histogram[threshold]! < count) above += histogram[threshold--]!;
  let atThreshold = count - above;
  let r = 0;
  let g = 0;
  let b = 0;
  for (let p = 0; p < n; p++) {
    const i = p * 3;
    const sum = data[i]! + data[i + 1]! + data[i + 2]!;
    if (sum < threshold || (sum === threshold && atThreshold-- <= 0)) continue;
    r += data[i]!;
    g += data[i + 1]!;
    b += data[i + 2]!;
  }
  return [r / count, g / count, b / count];
}

export function whiteBalance(image: RgbImage): Balanced {
  const { width, height, data } = image;
  const n = width * height;
  if (n === 0) return { image, gains: [1, 1, 1] };
  const means = brightestMeans(data, n, Math.max(1, Math.round(BRIGHT_SHARE * n)));
  const [r, g, b] = means.map((mean) => {
    const gain = LINEAR[TARGET]! / Math.max(LINEAR[Math.round(mean)]!, 1e-6);
    return Math.min(MAX_GAIN, Math.max(1, gain));
  });
  const gains = [r!, g!, b!] as const;
  if (gains.every((v) => v === 1)) return { image, gains };
  const tables = gains.map((k) => Uint8Array.from(LINEAR, (v) => toSrgb8(v * k)));
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i += 3) {
    out[i] = tables[0]![data[i]!]!;
    out[i + 1] = tables[1]![data[i + 1]!]!;
    out[i + 2] = tables[2]![data[i + 2]!]!;
  }
  return { image: { width, height, data: out }, gains };
}

/** A colour of the balanced image as the photo has it (the gains undone): the measured hex. */
export function unbalancedHex([l, a, b]: Lab, gains: Balanced['gains']): string {
  const lin = convertOklabToLrgb({ l, a, b });
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  return formatHex(
    convertLrgbToRgb({
      r: clamp(lin.r / gains[0]),
      g: clamp(lin.g / gains[1]),
      b: clamp(lin.b / gains[2]),
    }),
  );
}
