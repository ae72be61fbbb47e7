/**
 * Untrusted bytes → pixels. Every image that enters the system (uploads, camera frames, the ML
 * service) passes through here: the format is sniffed from magic bytes (never from a file name
 * or a Content-Type), the pixel count is checked from the header before anything is decoded
 * (decompression bombs), corrupt or truncated data fails, and EXIF orientation is applied.
 * HEIC/HEIF (iPhone photos) is decoded by libheif compiled to wasm, since sharp's prebuilt
 * libvips has no HEVC decoder; everything else by sharp.
 *
 * All failures are ImageRejected (from @fashion/core), which the HTTP layers map to 4xx.
 */
import { createRequire } from 'node:module';
import sharp from 'sharp';
import type { Sharp } from 'sharp';
import { ImageRejected, sniffImageFormat, type ImageFormat } from '@fashion/core';

// The sniffer lives in core (the Worker and the HTTP classifier use it too).
export { sniffImageFormat, type ImageFormat };

export interface DecodeLimits {
  /** Largest accepted width × height of the input (default 40 MP, a 48 MP phone photo is 8064×6048). */
  maxPixels: number;
  /** Largest accepted input in bytes (default 10 MiB). */
  maxBytes: number;
}

export const DEFAULT_DECODE_LIMITS: Readonly<DecodeLimits> = {
  maxPixels: 40_000_000,
  maxBytes: 10 * 1024 * 1024,
};

export interface DecodedImage {
  /** A sharp pipeline over the image, already turned upright. Run it through `rejectUndecodable`. */
  image: Sharp;
  format: ImageFormat;
  /** Size after orientation. */
  width: number;
  height: number;
  /** Whether the pixels carry an alpha channel (HEIC's decoder output is always opaque). */
  hasAlpha: boolean;
}

export interface RawImage {
  width: number;
  height: number;
  channels: 3 | 4;
  /** 8-bit interleaved pixels, row-major, no padding. */
  data: Uint8Array;
}

const SUPPORTED = 'JPEG, PNG, WebP, GIF, TIFF, AVIF or HEIC';

function checkPixels(width: number, height: number, limits: DecodeLimits): void {
  if (!(width > 0 && height > 0))
    throw new ImageRejected('the image has no pixels', 400, 'image_empty');
  if (width * height > limits.maxPixels) {
    const mp = (n: number) => `${Math.round(n / 1e5) / 10} MP`;
    throw new ImageRejected(
      `image too large: ${width}×${height} (${mp(width * height)}) exceeds the ${mp(limits.maxPixels)} limit`,
      413,
    );
  }
}

/** Maps a failure inside sharp/libvips to ImageRejected; passes ImageRejected through. */
export function toImageRejected(err: unknown): ImageRejected {
  if (err instanceof ImageRejected) return err;
  const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
  if (/pixel limit/i.test(detail ?? '')) {
    return new ImageRejected('image too large: it exceeds the pixel limit', 413);
  }
  return new ImageRejected(`the image could not be decoded (${detail})`);
}

/** Awaits a sharp operation, turning decoder errors (corrupt, truncated data) into ImageRejected. */
export async function rejectUndecodable<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    throw toImageRejected(err);
  }
}

interface HeicImage {
  width: number;
  height: number;
  decode(): Promise<{ width: number; height: number; data: Uint8ClampedArray }>;
}
interface HeicModule {
  all(input: { buffer: Uint8Array }): Promise<HeicImage[] & { dispose(): void }>;
}

let heicModule: HeicModule | undefined;
/** Loaded on first use: the wasm bundle is large and most uploads are JPEG. */
function loadHeic(): HeicModule {
  heicModule ??= createRequire(import.meta.url)('heic-decode') as HeicModule;
  return heicModule;
}

async function decodeHeic(bytes: Uint8Array, limits: DecodeLimits): Promise<DecodedImage> {
  let images: Awaited<ReturnType<HeicModule['all']>>;
  try {
    images = await loadHeic().all({ buffer: bytes });
  } catch (err) {
    throw new ImageRejected(`the HEIC image could not be read (${(err as Error).message})`);
  }
  try {
    const primary = images[0];
    if (!primary) throw new ImageRejected('the HEIC file holds no image');
    // Dimensions come from the container, before any pixel is decoded.
    checkPixels(primary.width, primary.height, limits);
    const { width, height, data } = await primary.decode().catch((err: Error) => {
      throw new ImageRejected(`the HEIC image could not be decoded (${err.message})`);
    });
    // libheif already applies the HEIF rotation/mirror boxes; EXIF orientation must be ignored.
    const image = sharp(Buffer.from(data.buffer, data.byteOffset, data.byteLength), {
      raw: { width, height, channels: 4 },
    });
    return { image, format: 'heic', width, height, hasAlpha: false };
  } finally {
    images.dispose();
  }
}

/**
 * Sniffs, checks limits and opens the image as an upright sharp pipeline. The pixels are not
 * decoded yet: run the pipeline's output through `rejectUndecodable` (or use `decodeRaw`).
 */
export async function decodeImage(
  bytes: Uint8Array,
  limits: Partial<DecodeLimits> = {},
): Promise<DecodedImage> {
  const lim: DecodeLimits = { ...DEFAULT_DECODE_LIMITS, ...limits };
  if (bytes.byteLength === 0) throw new ImageRejected('the image is empty', 400, 'image_empty');
  if (bytes.byteLength > lim.maxBytes) {
    throw new ImageRejected(
      `image too large: ${bytes.byteLength} bytes exceeds the ${lim.maxBytes}-byte limit`,
      413,
    );
  }
  const format = sniffImageFormat(bytes);
  if (!format) {
    throw new ImageRejected(`not a supported image: send ${SUPPORTED}`, 400, 'image_unsupported');
  }
  if (format === 'heic') return decodeHeic(bytes, lim);

  const input = Buffer.isBuffer(bytes)
    ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The header alone gives the size: refuse bombs before libvips allocates anything.
  // (No pixel limit for this header read: nothing is decoded, and our own check names the size.)
  const meta = await rejectUndecodable(sharp(input, { limitInputPixels: false }).metadata());
  const rotated = (meta.orientation ?? 1) >= 5;
  const width = (rotated ? meta.height : meta.width) ?? 0;
  const height = (rotated ? meta.width : meta.height) ?? 0;
  checkPixels(width, height, lim);
  const image = sharp(input, {
    limitInputPixels: lim.maxPixels,
    // 'error' rejects truncated and corrupt data but tolerates harmless warnings of phone JPEGs.
    failOn: 'error',
    autoOrient: true,
  });
  return { image, format, width, height, hasAlpha: meta.hasAlpha ?? false };
}

/**
 * Decodes to raw 8-bit pixels, upright, optionally shrunk so that the longest side is at most
 * `maxSide` (shrink-on-load makes this much cheaper than decoding at full size).
 */
export async function decodeRaw(
  bytes: Uint8Array,
  options: { channels?: 3 | 4; maxSide?: number; limits?: Partial<DecodeLimits> } = {},
): Promise<RawImage> {
  const { image } = await decodeImage(bytes, options.limits);
  let pipeline = image;
  if (options.maxSide) {
    pipeline = pipeline.resize(options.maxSide, options.maxSide, {
      fit: 'inside',
      withoutEnlargement: true,
    });
  }
  // Transparent areas become white, the usual background of product photos the models know.
  pipeline =
    options.channels === 4 ? pipeline.ensureAlpha() : pipeline.flatten({ background: '#ffffff' });
  const { data, info } = await rejectUndecodable(
    pipeline.toColourspace('srgb').raw().toBuffer({ resolveWithObject: true }),
  );
  return {
    width: info.width,
    height: info.height,
    channels: info.channels === 4 ? 4 : 3,
    data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
  };
}
