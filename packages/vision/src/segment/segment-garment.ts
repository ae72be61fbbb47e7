/**
 * The garment's mask from its photo, offline: GrabCut from a rectangle just inside the frame, on a
 * copy of at most SEGMENT_WORK_SIDE px, the mask returned at that size (callers
 * upsample it; the cut-out does so with sharp). The method was chosen by measurement on the
 * reference masks (test/segment-methods.test.ts): mean IoU 0.961 / boundary F 0.931 against
 * 0.868 / 0.834 for GrabCut seeded by the colour step's background estimate (which fails outright
 * when the estimate floods a garment that resembles its background) and 0.814 / 0.676 for that
 * estimate alone.
 */
import type { RgbImage } from '../image/rgb.ts';
import type { Mask } from './mask.ts';
import { segmentWith, type SegmentMethod } from './methods.ts';
import { loadOpenCv } from './opencv.ts';
import { segmentWorkImage } from './work-image.ts';

export const DEFAULT_SEGMENT_METHOD: SegmentMethod = 'grabcut-rect';

/** 1 = garment. The mask has the work image's size (the photo's, when that is smaller). */
export async function segmentGarment(
  image: RgbImage,
  method: SegmentMethod = DEFAULT_SEGMENT_METHOD,
): Promise<Mask> {
  const cv = await loadOpenCv();
  return segmentWith(cv, segmentWorkImage(image), method);
}
