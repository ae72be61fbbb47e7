/** The collage compositor in this process (sharp, through packages/vision). */
import type { Compositor } from '@fashion/api';
import { composeCollagePng } from '@fashion/vision';

export function createSharpCompositor(): Compositor {
  return {
    composePng: (width, height, background, layers, texts) =>
      composeCollagePng(width, height, background, layers, texts),
  };
}
