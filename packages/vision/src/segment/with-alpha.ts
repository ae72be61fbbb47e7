/** The photo at (width × height) with a one-band alpha joined: a transparent WebP. */
import sharp from 'sharp';
import { rejectUndecodable, type DecodedImage } from '../decode.ts';

export async function webpWithAlpha(
  decoded: DecodedImage,
  alpha: Buffer,
  width: number,
  height: number,
): Promise<Buffer> {
  // Two pipelines: within one, sharp drops alpha after joining channels (removeAlpha runs last).
  const rgb = await rejectUndecodable(
    decoded.image.clone().resize(width, height, { fit: 'fill' }).removeAlpha().raw().toBuffer(),
  );
  return sharp(rgb, { raw: { width, height, channels: 3 } })
    .joinChannel(alpha, { raw: { width, height, channels: 1 } })
    .webp({ quality: 82, alphaQuality: 90, effort: 1 })
    .toBuffer();
}
