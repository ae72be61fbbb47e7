/**
 * The garment's dominant colour, not the background's: remove the background (border model +
 * flood fill), weight the remaining pixels towards the centre (photos frame the garment),
 * cluster them in OKLab (deterministic k-means), merge clusters that carry the same name
 * (shading splits one fabric into light and dark parts) and name the heaviest group. Two large,
 * clearly different groups make the garment `multicolor`.
 */
import type { ColorName } from '@fashion/core';
import type { RgbImage } from '../image/rgb.ts';
import { pilResize } from '../preprocess/pil-resize.ts';
import { backgroundMask } from './background.ts';
import { kmeans } from './kmeans.ts';
import { imageToOklab, oklabToHex, oklabToLch, type Lab } from './oklab.ts';
import { nameOklab, type SolidColorName } from './naming.ts';

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
}

/** Longest side of the analysed image: colour needs no detail, and this keeps it ~2 ms. */
const WORK_SIDE = 96;
const CLUSTERS = 4;
/** A second group this heavy and this different makes the garment multicolour. */
const MULTI_SHARE = 0.3;
const MULTI_DISTANCE = 0.2;
const MULTI_NEUTRAL_LIGHTNESS = 0.45;

function workImage(image: RgbImage): RgbImage {
  const scale = WORK_SIDE / Math.max(image.width, image.height);
  if (scale >= 1) return image;
  const w = Math.max(1, Math.round(image.width * scale));
  const h = Math.max(1, Math.round(image.height * scale));
  return pilResize(image, w, h, 'box');
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

export function garmentColor(image: RgbImage): GarmentColor {
  const small = workImage(image);
  const { width: w, height: h } = small;
  const labs = imageToOklab(small);
  const background = backgroundMask(labs, w, h);

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
  let total = 0;
  for (const cl of clusters) {
    const name = nameOklab(cl.center);
    const g = merged.get(name) ?? { sum: [0, 0, 0], weight: 0 };
    for (let k = 0; k < 3; k++) g.sum[k]! += cl.center[k]! * cl.weight;
    g.weight += cl.weight;
    merged.set(name, g);
    total += cl.weight;
  }
  const groups = [...merged.entries()]
    .map(([name, g]) => {
      const center: Lab = [g.sum[0] / g.weight, g.sum[1] / g.weight, g.sum[2] / g.weight];
      return { name, center, share: g.weight / total };
    })
    .sort((a, b) => b.share - a.share);

  const [first, second] = groups;
  if (!first) return { color: 'gris', hex: '#808080', groups: [], backgroundShare };
  const multicolor =
    second !== undefined &&
    second.share >= MULTI_SHARE &&
    clearlyDifferent(first.center, second.center);
  return {
    color: multicolor ? 'multicolor' : first.name,
    hex: oklabToHex(first.center),
    groups: groups.map((g) => ({ name: g.name, hex: oklabToHex(g.center), share: g.share })),
    backgroundShare,
  };
}
