/**
 * Mask quality against a reference: intersection over union, and the boundary F-score (the
 * harmonic mean of the share of predicted edge pixels within `tolerance` px of a reference edge
 * and the share of reference edge pixels within `tolerance` px of a predicted edge), which
 * punishes ragged or shifted edges that IoU barely sees on large garments.
 */
import type { Mask } from './mask.ts';

function sameSize(a: Mask, b: Mask): void {
  if (a.width !== b.width || a.height !== b.height)
    throw new RangeError(`mask sizes differ: ${a.width}×${a.height} vs ${b.width}×${b.height}`);
}

export function iou(predicted: Mask, reference: Mask): number {
  sameSize(predicted, reference);
  let inter = 0;
  let union = 0;
  for (let i = 0; i < predicted.data.length; i++) {
    const p = predicted.data[i]!;
    const r = reference.data[i]!;
    if (p && r) inter++;
    if (p || r) union++;
  }
  return union === 0 ? 1 : inter / union;
}

/** Garment pixels with a 4-neighbour outside the garment (the frame does not count as outside). */
export function edgePixels(mask: Mask): Uint8Array {
  const { width, height, data } = mask;
  const edge = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = y * width + x;
      if (!data[p]) continue;
      if (
        (x > 0 && !data[p - 1]) ||
        (x < width - 1 && !data[p + 1]) ||
        (y > 0 && !data[p - width]) ||
        (y < height - 1 && !data[p + width])
      )
        edge[p] = 1;
    }
  }
  return edge;
}

/** Edge pixels dilated by a (2t+1)² square: "within t px" in the chessboard metric. */
function dilate(edge: Uint8Array, width: number, height: number, t: number): Uint8Array {
  const out = new Uint8Array(edge.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (!edge[y * width + x]) continue;
      for (let yy = Math.max(0, y - t); yy <= Math.min(height - 1, y + t); yy++)
        out.fill(1, yy * width + Math.max(0, x - t), yy * width + Math.min(width - 1, x + t) + 1);
    }
  }
  return out;
}

export function boundaryF(predicted: Mask, reference: Mask, tolerance = 2): number {
  sameSize(predicted, reference);
  const { width, height } = reference;
  const pe = edgePixels(predicted);
  const re = edgePixels(reference);
  const pNear = dilate(pe, width, height, tolerance);
  const rNear = dilate(re, width, height, tolerance);
  let pCount = 0;
  let pHit = 0;
  let rCount = 0;
  let rHit = 0;
  for (let i = 0; i < pe.length; i++) {
    if (pe[i]) {
      pCount++;
      if (rNear[i]) pHit++;
    }
    if (re[i]) {
      rCount++;
      if (pNear[i]) rHit++;
    }
  }
  if (pCount === 0 && rCount === 0) return 1;
  if (pCount === 0 || rCount === 0) return 0;
  const precision = pHit / pCount;
  const recall = rHit / rCount;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}
