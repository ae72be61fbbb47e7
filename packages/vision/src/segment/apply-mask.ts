/**
 * A touch-up: the person's mask (white = keep, black = drop, grey = soft edge) applied to the
 * original photo, at the cut-out's size. The mask is drawn in the browser over a smaller copy,
 * so only its aspect must match the photo's; it is stretched to the photo (linear: soft edge).
 * The garment's colour is measured again on what the person kept.
 */
import { ImageRejected } from '@fashion/core';
import { decodeImage, rejectUndecodable, type DecodeLimits } from '../decode.ts';
import { garmentColor, type GarmentColor } from '../color/garment-color.ts';
import { CUTOUT_MAX_SIDE, cutoutWorkImage } from './cutout.ts';
import { webpWithAlpha } from './with-alpha.ts';

/** Aspect difference tolerated between mask and photo (rounding of a scaled canvas). */
const ASPECT_TOLERANCE = 0.02;

export async function applyMask(
  photo: Uint8Array,
  mask: Uint8Array,
  options: { maxSide?: number; limits?: Partial<DecodeLimits> } = {},
): Promise<{ webp: Buffer; width: number; height: number; color: GarmentColor }> {
  const decoded = await decodeImage(photo, options.limits);
  const m = await decodeImage(mask, options.limits);
  const aspect = decoded.width / decoded.height / (m.width / m.height);
  if (Math.abs(aspect - 1) > ASPECT_TOLERANCE) {
    throw new ImageRejected(
      `the mask (${m.width}×${m.height}) must have the photo's aspect (${decoded.width}×${decoded.height})`,
    );
  }
  const maxSide = options.maxSide ?? CUTOUT_MAX_SIDE;
  const scale = Math.min(1, maxSide / Math.max(decoded.width, decoded.height));
  const width = Math.max(1, Math.round(decoded.width * scale));
  const height = Math.max(1, Math.round(decoded.height * scale));
  // A transparent pixel of the mask counts as black (drop), whatever its colour.
  const alpha = await rejectUndecodable(
    m.image
      .resize(width, height, { fit: 'fill', kernel: 'linear' })
      .flatten({ background: '#000000' })
      .grayscale()
      .extractChannel(0)
      .raw()
      .toBuffer(),
  );
  // The colour of what the person kept, measured as a cut-out's is (on the small work copy).
  const kept = { width, height, data: Uint8Array.from(alpha, (a) => (a >= 128 ? 1 : 0)) };
  const color = garmentColor(await cutoutWorkImage(decoded), { mask: kept });
  return { webp: await webpWithAlpha(decoded, alpha, width, height), width, height, color };
}
