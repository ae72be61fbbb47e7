/**
 * Cut-outs in this process (embedded and Node cloud modes): GrabCut via opencv.js and sharp
 * (packages/vision), with the colour measured on the cut-out's mask. The API's queue runs one at
 * a time, so nothing is limited here.
 */
import type { Segmenter } from '@fashion/api';
import { applyMask, cutout, cutoutColorFields, type DecodeLimits } from '@fashion/vision';

const WEBP = 'image/webp';

export function createLocalSegmenter(limits: Partial<DecodeLimits> = {}): Segmenter {
  return {
    async cutout(photo) {
      const c = await cutout(photo, { limits });
      return { body: c.webp, contentType: WEBP, color: cutoutColorFields(c.color) };
    },
    async applyMask(photo, mask) {
      const m = await applyMask(photo, mask, { limits });
      return { body: m.webp, contentType: WEBP, color: cutoutColorFields(m.color) };
    },
  };
}
