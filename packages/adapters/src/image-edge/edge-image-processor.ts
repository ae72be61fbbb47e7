/**
 * An ImageProcessor for runtimes without sharp (the Worker). Decoding and re-encoding a phone
 * photo in wasm does not fit the free plan's CPU budget per request (10 ms), so this one does
 * not touch pixels: it identifies the format by its magic bytes, checks the structure and the
 * dimensions, and rewrites the container without any metadata (EXIF/GPS, XMP, IPTC, comments)
 * — only the EXIF orientation is kept, as a one-tag EXIF block. What it cannot do: resize or
 * re-encode, so the "thumbnail" is the same cleaned image, and HEIC/AVIF/GIF are refused with
 * 415 (the Node API, with sharp and a HEIC decoder, accepts them).
 */
import { ImageRejected, type ImageProcessor, type ProcessedImage } from '@fashion/api';
import { CONTENT_TYPES, Malformed, sniff, type Cleaned, type EdgeFormat } from './format.ts';
import { cleanJpeg } from './jpeg.ts';
import { cleanPng } from './png.ts';
import { cleanWebp } from './webp.ts';

export interface EdgeImageLimits {
  maxBytes: number;
  /** Longest side in pixels. */
  maxSide: number;
  maxPixels: number;
  minSide: number;
}

export const DEFAULT_EDGE_LIMITS: EdgeImageLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxSide: 12_000,
  maxPixels: 50_000_000,
  minSide: 16,
};

const CLEANERS: Readonly<Record<EdgeFormat, (b: Uint8Array) => Cleaned>> = {
  jpeg: cleanJpeg,
  png: cleanPng,
  webp: cleanWebp,
};

export class EdgeImageProcessor implements ImageProcessor {
  constructor(private readonly limits: EdgeImageLimits = DEFAULT_EDGE_LIMITS) {}

  async process(bytes: Uint8Array): Promise<ProcessedImage> {
    if (bytes.byteLength === 0) throw new ImageRejected('empty image', 400, 'image_empty');
    if (bytes.byteLength > this.limits.maxBytes) {
      throw new ImageRejected(`image larger than ${this.limits.maxBytes} bytes`, 413);
    }
    const format = sniff(bytes);
    if (format === 'heic' || format === 'avif' || format === 'gif' || format === 'tiff') {
      throw new ImageRejected(
        `${format.toUpperCase()} images are not accepted here: send JPEG, PNG or WebP`,
        415,
      );
    }
    if (format === 'unknown') {
      throw new ImageRejected(
        'not an image (JPEG, PNG or WebP expected)',
        400,
        'image_unsupported',
      );
    }
    let cleaned: Cleaned;
    try {
      cleaned = CLEANERS[format](bytes);
    } catch (err) {
      if (err instanceof Malformed) throw new ImageRejected(`invalid image: ${err.message}`);
      throw err;
    }
    const { width, height } = cleaned;
    const { maxSide, maxPixels, minSide } = this.limits;
    if (Math.max(width, height) > maxSide || width * height > maxPixels) {
      throw new ImageRejected(`image dimensions ${width}×${height} exceed the limit`, 413);
    }
    if (Math.min(width, height) < minSide) {
      throw new ImageRejected(`image too small (${width}×${height})`, 400, 'image_too_small');
    }
    const image = { body: cleaned.body, contentType: CONTENT_TYPES[format], width, height };
    return { full: image, thumbnail: image };
  }
}
