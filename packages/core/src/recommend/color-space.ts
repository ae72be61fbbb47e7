/**
 * Garment colours in OKLCh (via culori), where distances and hue angles follow perception, plus
 * the neutral test. Hex strings are parsed by hand: culori's CSS parser costs ~5 µs a colour,
 * which alone would eat the latency budget at a few thousand garments.
 */
import { converter } from 'culori';
import { COLOR_HEX, NEUTRAL_COLORS, type ColorName } from '../colors.ts';

const toOklch = converter('oklch');
const toOklab = converter('oklab');

export interface Perceptual {
  /** OKLab lightness 0..1. */
  l: number;
  /** OKLCh chroma (0 grey, ~0.2 very saturated garments). */
  c: number;
  /** Hue angle in degrees; 0 for achromatic colours (meaningless there). */
  h: number;
  a: number;
  b: number;
}

const HEX = /^#([0-9a-f]{6})$/i;
const cache = new Map<string, Perceptual>();

export function perceptualFromHex(hex: string): Perceptual | null {
  const hit = cache.get(hex);
  if (hit) return hit;
  const m = HEX.exec(hex);
  if (!m) return null;
  const n = parseInt(m[1]!, 16);
  const rgb = {
    mode: 'rgb' as const,
    r: (n >> 16) / 255,
    g: ((n >> 8) & 255) / 255,
    b: (n & 255) / 255,
  };
  const lch = toOklch(rgb);
  const lab = toOklab(rgb);
  const p: Perceptual = { l: lch.l, c: lch.c, h: lch.h ?? 0, a: lab.a, b: lab.b };
  if (cache.size > 20_000) cache.clear();
  cache.set(hex, p);
  return p;
}

/** A colour name's representative colour; multicolor has none (it is a pattern). */
export function perceptualFromName(name: ColorName): Perceptual | null {
  return name === 'multicolor' ? null : perceptualFromHex(COLOR_HEX[name]);
}

/**
 * Neutrals go with everything: greys, black and white (low chroma), very dark desaturated
 * colours such as navy or charcoal, and the warm earth tones (beige, camel, brown).
 */
export function isNeutral(p: Perceptual, name: ColorName): boolean {
  if (p.c < 0.04) return true;
  if (p.l < 0.35 && p.c < 0.07) return true;
  if (p.h >= 30 && p.h <= 100 && p.c < 0.08) return true;
  return (NEUTRAL_COLORS.includes(name) && p.c < 0.09) || false;
}

/** Smallest angle between two hues, 0..180 degrees. */
export function hueDistance(h1: number, h2: number): number {
  const d = Math.abs(h1 - h2) % 360;
  return d > 180 ? 360 - d : d;
}

/** Euclidean distance in OKLab (≈ 0.02 just noticeable, 0.1 clearly different). */
export function oklabDistance(p: Perceptual, q: Perceptual): number {
  return Math.hypot(p.l - q.l, p.a - q.a, p.b - q.b);
}
