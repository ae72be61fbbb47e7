/**
 * The ImageProcessor port for Node: an untrusted upload becomes a bounded, upright image with
 * every byte of metadata gone (EXIF, GPS, XMP, ICC: the encoders start from bare pixels), plus
 * a thumbnail. The full image is what is stored, served and classified.
 */
import sharp from 'sharp';
import { decodeImage, rejectUndecodable, type DecodeLimits } from './decode.ts';

export interface UploadProcessorOptions {
  /** Longest side of the stored image (smaller images are not enlarged). */
  maxSide: number;
  /** Longest side of the thumbnail. */
  thumbnailSide: number;
  format: 'webp' | 'jpeg';
  quality: number;
  thumbnailQuality: number;
  /** WebP encoder effort 0–6: 2 encodes about twice as fast as the default 4, at nearly the same size. */
  effort: number;
  limits: Partial<DecodeLimits>;
}

export const DEFAULT_UPLOAD_OPTIONS: Readonly<UploadProcessorOptions> = {
  maxSide: 1600,
  thumbnailSide: 400,
  format: 'webp',
  quality: 85,
  thumbnailQuality: 80,
  effort: 2,
  limits: {},
};

export interface EncodedImage {
  body: Uint8Array;
  contentType: string;
  width: number;
  height: number;
}

/** Same shape as the API's ProcessedImage (vision does not depend on the HTTP layer). */
export interface ProcessedUpload {
  full: EncodedImage;
  thumbnail: EncodedImage;
}

export interface UploadProcessor {
  process(bytes: Uint8Array): Promise<ProcessedUpload>;
}

export function createUploadProcessor(
  options: Partial<UploadProcessorOptions> = {},
): UploadProcessor {
  const opt: UploadProcessorOptions = { ...DEFAULT_UPLOAD_OPTIONS, ...options };
  const contentType = opt.format === 'webp' ? 'image/webp' : 'image/jpeg';

  async function encode(
    pixels: Buffer,
    raw: { width: number; height: number; channels: 3 | 4 },
    side: number,
    quality: number,
  ): Promise<EncodedImage> {
    let pipeline = sharp(pixels, { raw });
    if (side < Math.max(raw.width, raw.height)) {
      pipeline = pipeline.resize(side, side, { fit: 'inside' });
    }
    pipeline =
      opt.format === 'webp'
        ? pipeline.webp({ quality, effort: opt.effort })
        : pipeline.flatten({ background: '#ffffff' }).jpeg({ quality, mozjpeg: true });
    const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
    return {
      body: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
      contentType,
      width: info.width,
      height: info.height,
    };
  }

  return {
    async process(bytes) {
      const { image } = await decodeImage(bytes, opt.limits);
      // Decode once (shrink-on-load for JPEG) to bounded sRGB pixels; both outputs come from them.
      const { data, info } = await rejectUndecodable(
        image
          .resize(opt.maxSide, opt.maxSide, { fit: 'inside', withoutEnlargement: true })
          .toColourspace('srgb')
          .raw()
          .toBuffer({ resolveWithObject: true }),
      );
      const raw = {
        width: info.width,
        height: info.height,
        channels: (info.channels === 4 ? 4 : 3) as 3 | 4,
      };
      if (info.channels !== raw.channels) {
        throw new Error(`unexpected channel count ${info.channels} after sRGB conversion`);
      }
      const [full, thumbnail] = await Promise.all([
        encode(data, raw, opt.maxSide, opt.quality),
        encode(data, raw, opt.thumbnailSide, opt.thumbnailQuality),
      ]);
      return { full, thumbnail };
    },
  };
}
