/**
 * Background removal: the garment on a transparent background. In-process (sharp + opencv.js)
 * on Node; through the ML service's `POST /segment` where the runtime cannot carry it (Worker).
 */
import type { CutoutColor } from '@fashion/core';

export interface CutoutImage {
  body: Uint8Array;
  contentType: string;
  /** The colour measured on the garment's own pixels (the mask), where the segmenter gives it. */
  color?: CutoutColor;
}

export interface Segmenter {
  /** The garment cut out of the photo (transparent WebP). */
  cutout(photo: Uint8Array): Promise<CutoutImage>;
  /**
   * The photo with the person's mask as its alpha (a touch-up): `mask` is an image of the same
   * aspect as the photo, white = keep. Throws ImageRejected when the mask is not such an image.
   */
  applyMask(photo: Uint8Array, mask: Uint8Array): Promise<CutoutImage>;
}
