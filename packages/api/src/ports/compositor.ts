/**
 * Draws images into boxes of a canvas, and text over them (the outfit collage PNG). Node: sharp.
 * The Cloudflare Worker has none (no native code there): the route answers 503 on it.
 */
export interface CollageLayer {
  image: Uint8Array;
  /** Canvas pixels; the image is fitted inside (contain), centred. */
  box: { left: number; top: number; width: number; height: number };
}

import type { CollageText } from '@fashion/core';

export type { CollageText };

export interface Compositor {
  /** A PNG of `width` × `height` on `background` (CSS hex), layers drawn in order, texts on top. */
  composePng(
    width: number,
    height: number,
    background: string,
    layers: CollageLayer[],
    texts?: CollageText[],
  ): Promise<Uint8Array>;
}
