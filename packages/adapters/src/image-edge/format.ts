/** Which image container the bytes are, by their magic numbers (never by a client's claim). */
import { ascii } from './bytes.ts';

export type EdgeFormat = 'jpeg' | 'png' | 'webp';
export type Sniffed = EdgeFormat | 'heic' | 'gif' | 'avif' | 'unknown';

export function sniff(b: Uint8Array): Sniffed {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 8 && ascii(b, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return 'webp';
  if (b.length >= 6 && ascii(b, 0, 4) === 'GIF8') return 'gif';
  if (b.length >= 12 && ascii(b, 4, 4) === 'ftyp') {
    const brand = ascii(b, 8, 4);
    if (brand === 'avif' || brand === 'avis') return 'avif';
    if (['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1'].includes(brand))
      return 'heic';
  }
  return 'unknown';
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
