/**
 * "Not a garment": the classifiers always answer one of ten classes, confidently even for a
 * camera test pattern (colour bars came back "T-shirt 85 %"), and their scores do not separate
 * such inputs (max-logit and energy flagged ≤ 30 % of them at 5 % false positives on the
 * validation photos). The input image itself does: each rule below is a statistic of the model
 * input (image-stats.ts) with a threshold past every validation photo
 * (`npx tsx packages/vision/src/cli/not-garment-report.ts` prints the rates).
 *
 * The score is the largest rule ratio (statistic over its threshold, oriented so that ≥ 1 fires):
 * below 1 the image looks like a photograph, ≥ 1 it is flagged `no_prenda`.
 */
import type { RgbImage } from '../image/rgb.ts';
import { pilResize } from '../preprocess/pil-resize.ts';
import { imageStats, type ImageStats } from './image-stats.ts';

/** The side the thresholds were calibrated at (the served models' input). */
export const NOT_GARMENT_SIDE = 160;

export const NOT_GARMENT_THRESHOLDS = {
  /** Validation photos: at most 0.957. */
  palette: 0.97,
  /** Validation photos: at most 0.894. */
  separableHigh: 0.95,
  /** Validation photos: at least 0.160. */
  separableLow: 0.1,
  /** Posterised (colour bars): a palette this small together with edges this rare. */
  posterPalette: 0.84,
  posterEdge: 2.5,
} as const;

export function notGarmentScore(s: ImageStats): number {
  const t = NOT_GARMENT_THRESHOLDS;
  const ratios = [
    s.palette / t.palette,
    s.separable / t.separableHigh,
    t.separableLow / Math.max(s.separable, 1e-3),
    Math.min(s.palette / t.posterPalette, t.posterEdge / Math.max(s.edge, 1e-3)),
  ];
  return Math.min(10, Math.max(...ratios));
}

/** The score of a model input; inputs of another side are resized to the calibrated one first. */
export function notGarmentScoreOf(input: RgbImage): number {
  const probe =
    input.width === NOT_GARMENT_SIDE && input.height === NOT_GARMENT_SIDE
      ? input
      : pilResize(input, NOT_GARMENT_SIDE, NOT_GARMENT_SIDE, 'bilinear');
  return notGarmentScore(imageStats(probe));
}
