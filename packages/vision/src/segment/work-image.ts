import type { RgbImage } from '../image/rgb.ts';
import { pilResize } from '../preprocess/pil-resize.ts';

/** Longest side the mask is computed at: GrabCut's cost grows with the pixels, the edge is
 * upsampled afterwards (measured in test/segment-methods.test.ts and bench/segment.ts). */
export const SEGMENT_WORK_SIDE = 160;

export function segmentWorkImage(image: RgbImage, side = SEGMENT_WORK_SIDE): RgbImage {
  const scale = side / Math.max(image.width, image.height);
  if (scale >= 1) return image;
  const w = Math.max(1, Math.round(image.width * scale));
  const h = Math.max(1, Math.round(image.height * scale));
  return pilResize(image, w, h, 'box');
}
