/** Which image container the bytes are, by their magic numbers (never by a client's claim). */
import { sniffImageFormat, type ImageFormat } from '@fashion/core';

export type EdgeFormat = 'jpeg' | 'png' | 'webp';
export type Sniffed = ImageFormat | 'unknown';

export function sniff(b: Uint8Array): Sniffed {
  return sniffImageFormat(b) ?? 'unknown';
}

export const CONTENT_TYPES: Readonly<Record<EdgeFormat, string>> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};

/** A parsed, metadata-free image. Width/height are as displayed (after EXIF orientation). */
export interface Cleaned {
  body: Uint8Array;
  width: number;
  height: number;
}

export class Malformed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Malformed';
  }
}
