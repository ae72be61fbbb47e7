/**
 * Untrusted bytes → upright 8-bit RGB for the classifier, through the shared decoder (decode.ts:
 * sniffing, limits, HEIC, EXIF orientation). Alpha is dropped, not composited onto a colour,
 * because that is what the training evaluation did (Pillow's `convert('RGB')`, see
 * models/preprocess.json); decode.ts's decodeRaw flattens onto white instead, hence this wrapper.
 */
import type { Sharp } from 'sharp';
import { decodeImage, rejectUndecodable, type DecodeLimits } from '../decode.ts';
import type { RgbImage } from './rgb.ts';

/** Runs a sharp pipeline from decodeImage to RGB bytes (alpha dropped). */
export async function rgbPixels(image: Sharp): Promise<RgbImage> {
  const { data, info } = await rejectUndecodable(
    image.toColourspace('srgb').removeAlpha().raw().toBuffer({ resolveWithObject: true }),
  );
  if (info.channels !== 3)
    throw new Error(`expected 3 channels after decoding, got ${info.channels}`);
  return {
    width: info.width,
    height: info.height,
    data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
  };
}

export async function loadRgb(
  bytes: Uint8Array,
  limits?: Partial<DecodeLimits>,
): Promise<RgbImage> {
  return rgbPixels((await decodeImage(bytes, limits)).image);
}
