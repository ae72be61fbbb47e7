/**
 * Cut-outs in this process (embedded and Node cloud modes): GrabCut via opencv.js and sharp
 * (packages/vision). The API's queue runs one at a time, so nothing is limited here.
 */
import type { Segmenter } from '@fashion/api';
import { applyMask, cutout, type DecodeLimits } from '@fashion/vision';

const WEBP = 'image/webp';

export function createLocalSegmenter(limits: Partial<DecodeLimits> = {}): Segmenter {
  return {
    async cutout(photo) {
      return { body: (await cutout(photo, { limits })).webp, contentType: WEBP };
    },
    async applyMask(photo, mask) {
      return { body: (await applyMask(photo, mask, { limits })).webp, contentType: WEBP };
    },
  };
}
