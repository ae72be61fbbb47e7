/**
 * Rewrites a WebP (RIFF) file without its EXIF and XMP chunks, clearing their flags in the VP8X
 * header; image, alpha, animation and ICC chunks stay as they are.
 */
import { ascii, concat, u16le, u24le, u32le } from './bytes.ts';
import { Malformed, type Cleaned } from './format.ts';

const KEEP = new Set(['VP8 ', 'VP8L', 'VP8X', 'ALPH', 'ANIM', 'ANMF', 'ICCP']);
const EXIF_FLAG = 0x08;
const XMP_FLAG = 0x04;

function frameSize(type: string, d: Uint8Array): [number, number] | null {
  if (type === 'VP8X' && d.length >= 10) return [1 + u24le(d, 4), 1 + u24le(d, 7)];
  if (type === 'VP8 ' && d.length >= 10 && d[3] === 0x9d && d[4] === 0x01 && d[5] === 0x2a) {
    return [u16le(d, 6) & 0x3fff, u16le(d, 8) & 0x3fff];
  }
  if (type === 'VP8L' && d.length >= 5 && d[0] === 0x2f) {
    const bits = u32le(d, 1);
    return [(bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1];
  }
  return null;
}

export function cleanWebp(b: Uint8Array): Cleaned {
  const riffEnd = 8 + u32le(b, 4);
  if (riffEnd > b.length || riffEnd < 20) throw new Malformed('truncated WebP');
  const chunks: Uint8Array[] = [];
  let size: [number, number] | null = null;
  let image = false;
  let i = 12;
  while (i + 8 <= riffEnd) {
    const type = ascii(b, i, 4);
    const len = u32le(b, i + 4);
    const end = i + 8 + len + (len & 1);
    if (i + 8 + len > riffEnd) throw new Malformed('corrupt WebP chunk');
    const data = b.subarray(i + 8, i + 8 + len);
    size ??= frameSize(type, data);
    if (type === 'VP8 ' || type === 'VP8L' || type === 'ANMF') image = true;
    if (KEEP.has(type)) {
      const chunk = b.slice(i, Math.min(end, riffEnd));
      if (type === 'VP8X') chunk[8] = chunk[8]! & ~(EXIF_FLAG | XMP_FLAG);
      chunks.push(chunk);
    }
    i = end;
  }
  if (!image || !size || !size[0] || !size[1]) throw new Malformed('WebP without image data');
  const bodyLen = chunks.reduce((n, c) => n + c.byteLength, 0);
  const header = new Uint8Array(12);
  header.set(b.subarray(0, 12));
  new DataView(header.buffer).setUint32(4, bodyLen + 4, true);
  return { body: concat([header, ...chunks]), width: size[0], height: size[1] };
}
