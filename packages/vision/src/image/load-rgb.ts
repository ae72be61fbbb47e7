/**
 * Untrusted bytes → upright 8-bit RGB for the classifier, through the shared decoder (decode.ts:
 * sniffing, limits, HEIC, EXIF orientation). Alpha is dropped, not composited, because that is
 * what the training evaluation did (Pillow's `convert('RGB')`, models/preprocess.json).
 */
import { decodeRaw, type DecodeLimits } from '../decode.ts';
import type { RgbImage } from './rgb.ts';

export async function loadRgb(bytes: Uint8Array, limits?: Partial<DecodeLimits>): Promise<RgbImage> {
  const raw = await decodeRaw(bytes, { channels: 4, limits });
  const n = raw.width * raw.height;
  const data = new Uint8Array(n * 3);
  const src = raw.data;
  for (let i = 0, j = 0; i < n; i++, j += 4) {
    data[i * 3] = src[j]!;
    data[i * 3 + 1] = src[j + 1]!;
    data[i * 3 + 2] = src[j + 2]!;
  }
  return { width: raw.width, height: raw.height, data };
}
