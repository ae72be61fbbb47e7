/**
 * A touch-up: the person's mask (white = keep, black = drop, grey = soft edge) applied to the
 * original photo, at the cut-out's size. The mask is drawn in the browser over a smaller copy,
 * so only its aspect must match the photo's; it is stretched to the photo (linear: soft edge).
 */
import { ImageRejected } from '@fashion/core';
import { decodeImage, rejectUndecodable, type DecodeLimits } from '../decode.ts';
import { CUTOUT_MAX_SIDE } from './cutout.ts';
import { webpWithAlpha } from './with-alpha.ts';

/** Aspect difference tolerated between mask and photo (rounding of a scaled canvas). */
const ASPECT_TOLERANCE = 0.02;

export async function applyMask(
  photo: Uint8Array,
  mask: Uint8Array,
  options: { maxSide?: number; limits?: Partial<DecodeLimits> } = {},
): Promise<{ webp: Buffer; width: number; height: number }> {
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
  return { webp: await webpWithAlpha(decoded, alpha, width, height), width, height };
}
