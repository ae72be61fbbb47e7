/** Decoded pixels: 8-bit RGB, interleaved, row-major, no padding. */
export interface RgbImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** A copy of the rectangle [left, left+width) × [top, top+height), which must lie inside the image. */
export function cropRgb(
  image: RgbImage,
  left: number,
  top: number,
  width: number,
  height: number,
): RgbImage {
  if (left < 0 || top < 0 || left + width > image.width || top + height > image.height) {
    throw new RangeError(
      `crop ${left},${top} ${width}×${height} outside ${image.width}×${image.height}`,
    );
  }
  const data = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    const from = ((top + y) * image.width + left) * 3;
    data.set(image.data.subarray(from, from + width * 3), y * width * 3);
  }
  return { width, height, data };
}
