/**
 * Background estimation for garment photos (a shirt on a bed, shoes on a floor): the colours
 * along the image border are clustered into background prototypes, and background is what is
 * close to a prototype AND connected to the border (a flood fill), so garment pixels that happen
 * to match the background inside the garment survive. A border colour that fills the image centre
 * is the garment touching the frame, not background. The flood fill only crosses small colour
 * steps, so it stops at the garment's edge even where the garment resembles a background colour.
 */
import { kmeans, type Cluster } from './kmeans.ts';

export interface BackgroundOptions {
  /** Border band thickness as a fraction of the shorter side. */
  band: number;
  /** Clusters fitted to the border pixels (patterned backgrounds need several). */
  borderClusters: number;
  /** A border cluster below this share of the border is noise (or the garment's tip). */
  minBorderShare: number;
  /** Distance bounds (OKLab) for "close to a background prototype". */
  minThreshold: number;
  maxThreshold: number;
  /** Largest colour step (OKLab) between neighbours that the flood fill crosses. */
  maxStep: number;
}

export const DEFAULT_BACKGROUND_OPTIONS: BackgroundOptions = {
  band: 0.06,
  borderClusters: 4,
  minBorderShare: 0.06,
  minThreshold: 0.04,
  maxThreshold: 0.1,
  maxStep: 0.08,
};

interface Prototype {
  center: Cluster['center'];
  threshold2: number;
}

function dist2(labs: Float32Array, i: number, c: Cluster['center']): number {
  const d0 = labs[i * 3]! - c[0];
  const d1 = labs[i * 3 + 1]! - c[1];
  const d2 = labs[i * 3 + 2]! - c[2];
  return d0 * d0 + d1 * d1 + d2 * d2;
}

function near(labs: Float32Array, i: number, p: Prototype): boolean {
  return dist2(labs, i, p.center) <= p.threshold2;
}

function step2(labs: Float32Array, p: number, q: number): number {
  const d0 = labs[p * 3]! - labs[q * 3]!;
  const d1 = labs[p * 3 + 1]! - labs[q * 3 + 1]!;
  const d2 = labs[p * 3 + 2]! - labs[q * 3 + 2]!;
  return d0 * d0 + d1 * d1 + d2 * d2;
}

/** 1 where the pixel is background. `labs` is packed OKLab, row-major width × height. */
export function backgroundMask(
  labs: Float32Array,
  width: number,
  height: number,
  options: Partial<BackgroundOptions> = {},
): Uint8Array {
  const opt = { ...DEFAULT_BACKGROUND_OPTIONS, ...options };
  const n = width * height;
  const band = Math.max(1, Math.round(opt.band * Math.min(width, height)));
  const side = (x: number, y: number): number =>
    (y < band ? 1 : 0) |
    (y >= height - band ? 2 : 0) |
    (x < band ? 4 : 0) |
    (x >= width - band ? 8 : 0);

  const border: number[] = [];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) if (side(x, y)) border.push(y * width + x);
  }
  const pts = new Float32Array(border.length * 3);
  border.forEach((p, j) => pts.set(labs.subarray(p * 3, p * 3 + 3), j * 3));
  const clusters = kmeans(pts, new Float32Array(border.length).fill(1), opt.borderClusters);

  // Central box (middle 40 % each way) to tell a frame-touching garment from background.
  const cx0 = Math.floor(width * 0.3);
  const cx1 = Math.ceil(width * 0.7);
  const cy0 = Math.floor(height * 0.3);
  const cy1 = Math.ceil(height * 0.7);
  const centreCount = (cx1 - cx0) * (cy1 - cy0);

  const prototypes: Prototype[] = [];
  for (const cl of clusters) {
    if (cl.weight / border.length < opt.minBorderShare) continue;
    const t = Math.min(Math.max(2.5 * Math.sqrt(cl.spread), opt.minThreshold), opt.maxThreshold);
    const proto = { center: cl.center, threshold2: t * t };
    let sides = 0;
    for (const p of border)
      if (near(labs, p, proto)) sides |= side(p % width, Math.floor(p / width));
    const sideCount = [1, 2, 4, 8].filter((s) => sides & s).length;
    let inCentre = 0;
    for (let y = cy0; y < cy1; y++) {
      for (let x = cx0; x < cx1; x++) if (near(labs, y * width + x, proto)) inCentre++;
    }
    const centreShare = inCentre / centreCount;
    if (centreShare >= 0.5 || (sideCount <= 2 && centreShare >= 0.3)) continue;
    prototypes.push(proto);
  }

  const maxStep2 = opt.maxStep * opt.maxStep;
  // 2: close to a background prototype; 1: within its threshold but not close; 0: not background.
  const candidate = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    for (const p of prototypes) {
      const d2 = dist2(labs, i, p.center);
      if (d2 <= p.threshold2 / 4) {
        candidate[i] = 2;
        break;
      }
      if (d2 <= p.threshold2) candidate[i] = 1;
    }
  }
  const mask = new Uint8Array(n);
  const stack = new Int32Array(n);
  let top = 0;
  for (const p of border) {
    if (candidate[p]) {
      mask[p] = 1;
      stack[top++] = p;
    }
  }
  while (top > 0) {
    const p = stack[--top]!;
    const x = p % width;
    for (let k = 0; k < 4; k++) {
      let q: number;
      if (k === 0) q = x > 0 ? p - 1 : -1;
      else if (k === 1) q = x < width - 1 ? p + 1 : -1;
      else if (k === 2) q = p - width;
      else q = p + width;
      if (q < 0 || q >= n || mask[q] || !candidate[q]) continue;
      // Weak matches join only across a small step (a pattern's sharp edges between two strong
      // background colours are crossed; the garment's edge, usually, is not).
      if (candidate[q] === 1 && step2(labs, p, q) > maxStep2) continue;
      mask[q] = 1;
      stack[top++] = q;
    }
  }
  return mask;
}
