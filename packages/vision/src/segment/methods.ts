/**
 * The segmentation methods measured on the reference masks (test/segment-methods.test.ts), all
 * on a small copy of the photo (work size), all offline and permissive:
 * - `flood`: the colour step's background estimate (border colour prototypes + flood fill in
 *   OKLab, color/background.ts), cleaned up.
 * - `grabcut-rect`: GrabCut from a rectangle just inside the frame.
 * - `grabcut-seeded`: GrabCut whose colour models start from the background estimate: flooded
 *   pixels are probably background (certainly, in the border band), the rest probably garment.
 */
import { backgroundMask, DEFAULT_BACKGROUND_OPTIONS } from '../color/background.ts';
import { imageToOklab } from '../color/oklab.ts';
import type { RgbImage } from '../image/rgb.ts';
import { grabCut } from './grabcut.ts';
import { cleanMask, maskArea, type Mask } from './mask.ts';
import { GC_BGD, GC_PR_BGD, GC_PR_FGD, type OpenCv } from './opencv.ts';

export type SegmentMethod = 'flood' | 'grabcut-rect' | 'grabcut-seeded';
export const SEGMENT_METHODS: readonly SegmentMethod[] = [
  'flood',
  'grabcut-rect',
  'grabcut-seeded',
];

/** Rectangle inset (fraction of each side) for GrabCut: photos frame the garment with a margin. */
const RECT_INSET = 0.03;
const ITERATIONS = 5;
/** Below this share of background found, the estimate failed (garment fills the frame). */
const MIN_BACKGROUND = 0.05;

function floodMask(image: RgbImage): Mask {
  const { width, height } = image;
  const bg = backgroundMask(imageToOklab(image), width, height);
  return { width, height, data: bg.map((v) => 1 - v) };
}

function rectStart(image: RgbImage) {
  const dx = Math.max(1, Math.round(image.width * RECT_INSET));
  const dy = Math.max(1, Math.round(image.height * RECT_INSET));
  return { rect: { x0: dx, y0: dy, x1: image.width - dx, y1: image.height - dy } };
}

function seededLabels(image: RgbImage, flood: Mask): Uint8Array {
  const { width, height } = image;
  const band = Math.max(1, Math.round(DEFAULT_BACKGROUND_OPTIONS.band * Math.min(width, height)));
  const labels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = y * width + x;
      const inBand = x < band || y < band || x >= width - band || y >= height - band;
      labels[p] = flood.data[p] ? GC_PR_FGD : inBand ? GC_BGD : GC_PR_BGD;
    }
  }
  return labels;
}

export function segmentWith(cv: OpenCv, image: RgbImage, method: SegmentMethod): Mask {
  if (method === 'grabcut-rect') return cleanMask(grabCut(cv, image, rectStart(image), ITERATIONS));
  const flood = floodMask(image);
  if (method === 'flood') return cleanMask(flood);
  if (1 - maskArea(flood) < MIN_BACKGROUND)
    return cleanMask(grabCut(cv, image, rectStart(image), ITERATIONS));
  return cleanMask(grabCut(cv, image, { labels: seededLabels(image, flood) }, ITERATIONS));
}
