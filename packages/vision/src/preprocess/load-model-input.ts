/**
 * Untrusted bytes → the model's S×S RGB input, the way the service runs it.
 *
 * Camera-sized photos (opaque JPEG, WebP or HEIC with both sides ≥ LARGE_PHOTO_FACTOR·S) are
 * reduced while they are decoded: sharp's shrink-on-load (libjpeg's DCT scaling, libwebp's
 * scaled decoding) then libvips' linear reduce, instead of decoding every pixel and resampling
 * with Pillow's filter in JS. A 12 MP JPEG costs 13 ms instead of 99 and no 36 MB buffer; the
 * API's stored 1600 px WebP 15 ms instead of 32. Everything smaller, which includes every photo
 * of the dataset (≤ 300 px), takes the exact Pillow path, so the bit-for-bit parity with the
 * training evaluation holds wherever it was measured; so do images with alpha, whose hidden
 * colours Pillow keeps and a premultiplied reduce would not. On validation photos upscaled to
 * 1600 px both paths give the same CNN class for ≥ 99 % (test/large-photo-input.test.ts).
 */
import type { DecodeLimits, DecodedImage, ImageFormat } from '../decode.ts';
import { decodeImage } from '../decode.ts';
import { rgbPixels } from '../image/load-rgb.ts';
import type { RgbImage } from '../image/rgb.ts';
import { preprocessRgb } from './model-input.ts';
import type { PreprocessSpec } from './spec.ts';

/** A side this many times S counts as a camera photo, far above the dataset's largest photos. */
export const LARGE_PHOTO_FACTOR = 4;

const CAMERA_FORMATS: ReadonlySet<ImageFormat> = new Set(['jpeg', 'webp', 'heic']);

/** Whether the decoder may reduce this image itself. */
export function reducesWhileDecoding(
  image: Pick<DecodedImage, 'format' | 'width' | 'height' | 'hasAlpha'>,
  spec: PreprocessSpec,
): boolean {
  const min = LARGE_PHOTO_FACTOR * spec.size;
  return (
    CAMERA_FORMATS.has(image.format) && !image.hasAlpha && image.width >= min && image.height >= min
  );
}

export async function loadModelInput(
  bytes: Uint8Array,
  spec: PreprocessSpec,
  limits?: Partial<DecodeLimits>,
): Promise<RgbImage> {
  return modelInputFrom(await decodeImage(bytes, limits), spec);
}

/** The model input from an opened image (decodeImage's result). */
export async function modelInputFrom(
  decoded: DecodedImage,
  spec: PreprocessSpec,
): Promise<RgbImage> {
  if (reducesWhileDecoding(decoded, spec)) {
    const s = spec.size;
    return rgbPixels(decoded.image.resize(s, s, { fit: 'fill', kernel: 'linear' }));
  }
  return preprocessRgb(await rgbPixels(decoded.image), spec);
}
