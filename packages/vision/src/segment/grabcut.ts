/**
 * GrabCut (opencv.js): colour models (Gaussian mixtures) of garment and background refined
 * with a graph cut, started from a rectangle or from a labelled seed mask.
 */
import type { RgbImage } from '../image/rgb.ts';
import type { Mask } from './mask.ts';
import { GC_FGD, GC_PR_FGD, type OpenCv } from './opencv.ts';

export type GrabCutStart =
  /** Everything outside [x0,x1)×[y0,y1) (pixels) is background, inside probably garment. */
  | { rect: { x0: number; y0: number; x1: number; y1: number } }
  /** One GC_* label a pixel. */
  | { labels: Uint8Array };

export function grabCut(cv: OpenCv, image: RgbImage, start: GrabCutStart, iterations = 5): Mask {
  const { width, height } = image;
  const img = cv.matFromArray(height, width, cv.CV_8UC3, image.data);
  const mask =
    'labels' in start ? cv.matFromArray(height, width, cv.CV_8UC1, start.labels) : new cv.Mat();
  const bgd = new cv.Mat();
  const fgd = new cv.Mat();
  try {
    if ('labels' in start) {
      cv.grabCut(img, mask, new cv.Rect(0, 0, 1, 1), bgd, fgd, iterations, cv.GC_INIT_WITH_MASK);
    } else {
      const { x0, y0, x1, y1 } = start.rect;
      const rect = new cv.Rect(x0, y0, x1 - x0, y1 - y0);
      cv.grabCut(img, mask, rect, bgd, fgd, iterations, cv.GC_INIT_WITH_RECT);
    }
    const data = new Uint8Array(width * height);
    const labels = mask.data;
    for (let i = 0; i < data.length; i++) {
      const l = labels[i];
      data[i] = l === GC_FGD || l === GC_PR_FGD ? 1 : 0;
    }
    return { width, height, data };
  } finally {
    img.delete();
    mask.delete();
    bgd.delete();
    fgd.delete();
  }
}
