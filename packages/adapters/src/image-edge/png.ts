/**
 * Rewrites a PNG keeping only the chunks that affect how it renders; text chunks (tEXt, zTXt,
 * iTXt: where XMP and camera data live), eXIf, tIME, private chunks and trailing bytes go.
 */
import { ascii, concat, u32be } from './bytes.ts';
import { Malformed, type Cleaned } from './format.ts';

const KEEP = new Set([
  'IHDR',
  'PLTE',
  'IDAT',
  'IEND',
  'tRNS',
  'gAMA',
  'cHRM',
  'sRGB',
  'iCCP',
  'sBIT',
  'bKGD',
  'pHYs',
  'acTL',
  'fcTL',
  'fdAT',
]);

export function cleanPng(b: Uint8Array): Cleaned {
  const out: Uint8Array[] = [b.subarray(0, 8)];
  let i = 8;
  let width = 0;
  let height = 0;
  let idat = false;
  let first = true;
  for (;;) {
    if (i + 12 > b.length) throw new Malformed('truncated PNG');
    const len = u32be(b, i);
    const type = ascii(b, i + 4, 4);
    const end = i + 12 + len;
    if (!/^[A-Za-z]{4}$/.test(type) || end > b.length) throw new Malformed('corrupt PNG chunk');
    if (first) {
      if (type !== 'IHDR' || len !== 13) throw new Malformed('PNG without a header chunk');
      width = u32be(b, i + 8);
      height = u32be(b, i + 12);
      first = false;
    }
    if (type === 'IDAT') idat = true;
    if (KEEP.has(type)) out.push(b.subarray(i, end));
    i = end;
    if (type === 'IEND') break;
  }
  if (!idat || !width || !height) throw new Malformed('PNG without image data');
  return { body: concat(out), width, height };
}
