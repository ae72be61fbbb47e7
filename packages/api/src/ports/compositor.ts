/** Draws images into boxes of a canvas (the outfit collage PNG). Node: sharp. */
export interface CollageLayer {
  image: Uint8Array;
  /** Canvas pixels; the image is fitted inside (contain), centred. */
  box: { left: number; top: number; width: number; height: number };
}

export interface Compositor {
  /** A PNG of `width` × `height` on `background` (CSS hex), layers drawn in order. */
  composePng(
    width: number,
    height: number,
    background: string,
    layers: CollageLayer[],
  ): Promise<Uint8Array>;
}
