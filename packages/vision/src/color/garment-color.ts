/**
 * The garment's dominant colour, not the background's: balance the photo's exposure and white
 * (white-balance.ts), keep the garment's own pixels (the cut-out's mask when there is one, else a
 * background estimate: border model + flood fill), weight the remaining pixels towards the centre (photos frame the garment),
 * cluster them in OKLab (deterministic k-means), merge clusters that carry the same name
 * (shading splits one fabric into light and dark parts) and name the heaviest group. Two large,
 * clearly different groups make the garment `multicolor`.
 *
 * Neutral fabric is named for photos, not for swatches: indoor phone photos put white cloth at
 * OKLab lightness 0.7–0.85 and black cloth, with its sheen, at 0.25–0.45, so the neutral clusters
 * of a garment form one group named by its mean lightness (unless it has both a large dark and a
 * large light part: black-and-white stripes), and a faint blue tint (faded denim, navy in dim
 * light) counts as blue. Calibrated on 144 hand-labelled validation photos
 * (test/garment-color-photos.test.ts).
 */
import type { ColorName } from '@fashion/core';
import type { RgbImage } from '../image/rgb.ts';
import { pilResize } from '../preprocess/pil-resize.ts';
import { backgroundMask } from './background.ts';
import { kmeans, type Cluster } from './kmeans.ts';
import { imageToOklab, oklabToLch, type Lab } from './oklab.ts';
import { nameOklab, type SolidColorName } from './naming.ts';
import { patternHint, type PatternHint } from './pattern.ts';
import type { Mask } from '../segment/mask.ts';
import { resizeMask } from '../segment/resize-mask.ts';
import { unbalancedHex, whiteBalance } from './white-balance.ts';

export interface ColorGroup {
  name: SolidColorName;
  hex: string;
  /** Share of the (centre-weighted) garment pixels. */
  share: number;
}

export interface GarmentColor {
  color: ColorName;
  /** The dominant group's mean colour (also for multicolor). */
  hex: string;
  /** Groups by weight, heaviest first. */
  groups: ColorGroup[];
  /** Share of the analysed pixels judged to be background. */
  backgroundShare: number;
  /** Up to two further groups holding at least SECONDARY_SHARE, heaviest first. */
  secondary: ColorGroup[];
  /** Stripes or checks where the two heaviest groups alternate across the garment. */
  pattern: PatternHint | null;
}

export interface GarmentColorOptions {
  /** The garment's own pixels (1 = garment, any size: resampled to the work size); without
   * it the background is estimated from the border (color/background.ts). */
  mask: Mask;
}

/** Longest side of the analysed image: colour needs no detail, and this keeps it ~2 ms. */
const WORK_SIDE = 96;
const CLUSTERS = 4;
/** A second group this heavy and this different makes the garment multicolour. */
const MULTI_SHARE = 0.35;
const MULTI_DISTANCE = 0.2;
const MULTI_NEUTRAL_LIGHTNESS = 0.45;
/** A neutral group's mean lightness: below it black, from the next one white, grey between. */
const PHOTO_BLACK_BELOW = 0.4;
const PHOTO_WHITE_FROM = 0.76;
/** A "neutral" of blue hue (OKLCh degrees) with at least this chroma is blue, unless it is darker
 * than the lightness below which the swatch naming calls a dull colour black. */
const PHOTO_BLUE_CHROMA = 0.02;
const PHOTO_BLUE_MIN_LIGHTNESS = 0.3;
const BLUE_HUES: readonly [number, number] = [230, 280];
/** A neutral group keeps a dark and a light part apart when both weigh this much. */
const SPLIT_DARK_BELOW = 0.3;
const SPLIT_LIGHT_FROM = 0.75;
const SPLIT_SHARE = 0.2;
/** A mask keeping less than this share of the image failed (GrabCut kept a tag or a shadow):
 * the border estimate is used instead. */
const MIN_MASK_SHARE = 0.08;
/** A secondary colour must hold this share of the garment to be named. */
const SECONDARY_SHARE = 0.1;

function workImage(image: RgbImage): RgbImage {
  const scale = WORK_SIDE / Math.max(image.width, image.height);
  if (scale >= 1) return image;
  const w = Math.max(1, Math.round(image.width * scale));
  const h = Math.max(1, Math.round(image.height * scale));
  return pilResize(image, w, h, 'box');
}

const NEUTRALS: ReadonlySet<SolidColorName> = new Set(['negro', 'gris', 'blanco']);

/** The name of one cluster of a photographed garment (see the header on neutrals). */
function clusterName(center: Lab): SolidColorName {
  const name = nameOklab(center);
  if (!NEUTRALS.has(name)) return name;
  const { l, c, h } = oklabToLch(center);
  const blue = h >= BLUE_HUES[0] && h < BLUE_HUES[1] && c >= PHOTO_BLUE_CHROMA;
  return blue && l >= PHOTO_BLUE_MIN_LIGHTNESS ? 'azul' : name;
}

function neutralName(lightness: number): SolidColorName {
  if (lightness < PHOTO_BLACK_BELOW) return 'negro';
  return lightness >= PHOTO_WHITE_FROM ? 'blanco' : 'gris';
}

/** The neutral clusters as one part, or two when a large dark and a large light part coexist. */
function neutralParts(neutral: Cluster[], total: number): Cluster[][] {
  const weightOf = (keep: (l: number) => boolean) =>
    neutral.reduce((w, cl) => (keep(cl.center[0]) ? w + cl.weight : w), 0);
  const dark = weightOf((l) => l < SPLIT_DARK_BELOW);
  const light = weightOf((l) => l >= SPLIT_LIGHT_FROM);
  if (dark < SPLIT_SHARE * total || light < SPLIT_SHARE * total) return [neutral];
  const middle = (SPLIT_DARK_BELOW + SPLIT_LIGHT_FROM) / 2;
  return [
    neutral.filter((cl) => cl.center[0] < middle),
    neutral.filter((cl) => cl.center[0] >= middle),
  ];
}

function distance(a: Lab, b: Lab): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

function clearlyDifferent(a: Lab, b: Lab): boolean {
  const la = oklabToLch(a);
  const lb = oklabToLch(b);
  const neutral = (c: number) => c < 0.05;
  if (neutral(la.c) && neutral(lb.c)) return Math.abs(la.l - lb.l) > MULTI_NEUTRAL_LIGHTNESS;
  return distance(a, b) > MULTI_DISTANCE;
}

function garmentPixels(fg: number[], n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (const p of fg) out[p] = 1;
  return out;
}

export function garmentColor(
  image: RgbImage,
  options: Partial<GarmentColorOptions> = {},
): GarmentColor {
  const { image: small, gains } = whiteBalance(workImage(image));
  const hexOf = (center: Lab) => unbalancedHex(center, gains);
  const { width: w, height: h } = small;
  const labs = imageToOklab(small);
  const mask = options.mask ? resizeMask(options.mask, w, h) : null;
  const background =
    mask && mask.data.reduce((s, v) => s + v, 0) >= MIN_MASK_SHARE * w * h
      ? mask.data.map((v) => 1 - v)
      : backgroundMask(labs, w, h);

  let fg: number[] = [];
  for (let i = 0; i < w * h; i++) if (!background[i]) fg.push(i);
  const backgroundShare = 1 - fg.length / (w * h);
  if (fg.length < 0.04 * w * h) {
    // Garment indistinguishable from the background: fall back to the central region.
    fg = [];
    for (let y = Math.floor(h * 0.25); y < Math.ceil(h * 0.75); y++)
      for (let x = Math.floor(w * 0.25); x < Math.ceil(w * 0.75); x++) fg.push(y * w + x);
  }

  const points = new Float32Array(fg.length * 3);
  const weights = new Float32Array(fg.length);
  fg.forEach((p, j) => {
    points.set(labs.subarray(p * 3, p * 3 + 3), j * 3);
    const dx = ((p % w) + 0.5) / w - 0.5;
    const dy = (Math.floor(p / w) + 0.5) / h - 0.5;
    weights[j] = 0.25 + Math.exp(-(dx * dx + dy * dy) / (2 * 0.3 * 0.3));
  });
  const clusters = kmeans(points, weights, CLUSTERS);

  // Merge clusters by name; the group's colour is the weighted mean of its clusters.
  const merged = new Map<SolidColorName, { sum: [number, number, number]; weight: number }>();
  const add = (name: SolidColorName, part: Cluster[]) => {
    const g = merged.get(name) ?? { sum: [0, 0, 0], weight: 0 };
    for (const cl of part) {
      for (let k = 0; k < 3; k++) g.sum[k]! += cl.center[k]! * cl.weight;
      g.weight += cl.weight;
    }
    merged.set(name, g);
  };
  const total = clusters.reduce((w, cl) => w + cl.weight, 0);
  const neutral: Cluster[] = [];
  for (const cl of clusters) {
    const name = clusterName(cl.center);
    if (NEUTRALS.has(name)) neutral.push(cl);
    else add(name, [cl]);
  }
  for (const part of neutralParts(neutral, total)) {
    const weight = part.reduce((w, cl) => w + cl.weight, 0);
    if (weight === 0) continue; // no neutral clusters at all
    const lightness = part.reduce((s, cl) => s + cl.center[0] * cl.weight, 0) / weight;
    add(neutralName(lightness), part);
  }
  const groups = [...merged.entries()]
    .map(([name, g]) => {
      const center: Lab = [g.sum[0] / g.weight, g.sum[1] / g.weight, g.sum[2] / g.weight];
      return { name, center, share: g.weight / total };
    })
    .sort((a, b) => b.share - a.share);

  const [first, second] = groups;
  if (!first)
    return {
      color: 'gris',
      hex: '#808080',
      groups: [],
      backgroundShare,
      secondary: [],
      pattern: null,
    };
  const multicolor =
    second !== undefined &&
    second.share >= MULTI_SHARE &&
    clearlyDifferent(first.center, second.center);
  return {
    color: multicolor ? 'multicolor' : first.name,
    hex: hexOf(first.center),
    groups: groups.map((g) => ({ name: g.name, hex: hexOf(g.center), share: g.share })),
    backgroundShare,
    secondary: groups
      .slice(1, 3)
      .filter((g) => g.share >= SECONDARY_SHARE)
      .map((g) => ({ name: g.name, hex: hexOf(g.center), share: g.share })),
    pattern: patternOf(labs, w, h, garmentPixels(fg, w * h), groups, clusters, total),
  };
}

/** The pattern hint between the two heaviest colour groups or, when every cluster took the same
 * name (navy and blue stripes, two greys in a check), between the two heaviest clusters. */
function patternOf(
  labs: Float32Array,
  w: number,
  h: number,
  garment: Uint8Array,
  groups: readonly { center: Lab; share: number }[],
  clusters: readonly Cluster[],
  total: number,
): PatternHint | null {
  const [first, second] = groups;
  if (first && second) {
    return patternHint(labs, w, h, garment, [first.center, second.center], second.share);
  }
  const [a, b] = [...clusters].sort((x, y) => y.weight - x.weight);
  if (!a || !b || total === 0) return null;
  return patternHint(labs, w, h, garment, [a.center, b.center], b.weight / total);
}
