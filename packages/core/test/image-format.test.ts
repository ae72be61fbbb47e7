import { describe, expect, it } from 'vitest';
import { sniffImageFormat } from '../src/index.ts';

const bytes = (...parts: (string | number[])[]) => {
  const out: number[] = [];
  for (const p of parts)
    out.push(...(typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p));
  while (out.length < 32) out.push(0);
  return new Uint8Array(out);
};
const ftyp = (...brands: string[]) =>
  bytes([0, 0, 0, 8 + 4 * brands.length], 'ftyp', brands.join(''));

describe('sniffImageFormat (one sniffer for decoder, edge processor and HTTP classifier)', () => {
  it.each([
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xe0])],
    ['png', bytes('\x89PNG\r\n\x1a\n')],
    ['webp', bytes('RIFF', [0, 0, 0, 0], 'WEBP')],
    ['gif', bytes('GIF89a')],
    ['tiff', bytes('II*\0')],
    ['tiff', bytes('MM\0*')],
    ['heic', ftyp('heic', '\0\0\0\0', 'mif1')],
    ['avif', ftyp('avif', '\0\0\0\0', 'mif1')],
    ['heic', ftyp('mif1', '\0\0\0\0', 'heic')],
    ['avif', ftyp('mif1', '\0\0\0\0', 'avif')],
  ])('%s', (format, b) => {
    expect(sniffImageFormat(b)).toBe(format);
  });

  it('answers null for other bytes, short input and a PNG signature cut short', () => {
    expect(sniffImageFormat(bytes('%PDF-1.7'))).toBeNull();
    expect(sniffImageFormat(new Uint8Array([0xff, 0xd8, 0xff]))).toBeNull();
    expect(sniffImageFormat(bytes('\x89PNG\r\n', [0, 0]))).toBeNull();
    expect(sniffImageFormat(ftyp('isom', '\0\0\0\0', 'mp41'))).toBeNull();
  });
});
