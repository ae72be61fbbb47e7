/**
 * Rewrites a JPEG without decoding it: keeps only the segments a decoder needs (tables, frame,
 * scans, the ICC profile, Adobe's colour-transform flag and a bare JFIF header) and drops every
 * other one — EXIF (with GPS), XMP, IPTC, maker notes, comments, MPF and anything after EOI.
 * The EXIF orientation survives as a minimal EXIF block holding that one tag, so that phones'
 * rotated photos still display upright. Linear in the file size; no pixels are touched.
 */
import { ascii, concat, u16be, u32be } from './bytes.ts';
import { Malformed, type Cleaned } from './format.ts';

const SOS = 0xda;
const EOI = 0xd9;
const isSOF = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;
/** Table and frame segments a decoder may need, wherever they appear. */
const isStructural = (m: number) =>
  isSOF(m) || m === 0xc4 || m === 0xcc || m === 0xdb || m === 0xdd || m === 0xdc;

/** EXIF orientation (1..8) from an APP1 payload, or undefined. */
export function exifOrientation(payload: Uint8Array): number | undefined {
  if (payload.length < 14 || ascii(payload, 0, 6) !== 'Exif\0\0') return undefined;
  const t = payload.subarray(6);
  const order = ascii(t, 0, 2);
  if (order !== 'II' && order !== 'MM') return undefined;
  const le = order === 'II';
  const r16 = (i: number) => (le ? (t[i] ?? 0) | ((t[i + 1] ?? 0) << 8) : u16be(t, i));
  const r32 = (i: number) => (le ? (r16(i) | (r16(i + 2) << 16)) >>> 0 : u32be(t, i));
  const ifd = r32(4);
  if (ifd + 2 > t.length) return undefined;
  const count = r16(ifd);
  for (let k = 0; k < count; k++) {
    const e = ifd + 2 + k * 12;
    if (e + 12 > t.length) return undefined;
    if (r16(e) === 0x0112 && r16(e + 2) === 3) {
      const v = r16(e + 8);
      return v >= 1 && v <= 8 ? v : undefined;
    }
  }
  return undefined;
}

/** An APP1 segment with an EXIF block that holds only the orientation tag. */
export function orientationSegment(orientation: number): Uint8Array {
  const seg = new Uint8Array(36);
  const v = new DataView(seg.buffer);
  v.setUint16(0, 0xffe1);
  v.setUint16(2, 34);
  seg.set([0x45, 0x78, 0x69, 0x66, 0, 0], 4); // "Exif\0\0"
  seg.set([0x4d, 0x4d, 0x00, 0x2a], 10); // big-endian TIFF header
  v.setUint32(14, 8); // IFD0 right after the header
  v.setUint16(18, 1); // one entry
  v.setUint16(20, 0x0112); // Orientation
  v.setUint16(22, 3); // SHORT
  v.setUint32(24, 1); // count
  v.setUint16(28, orientation);
  v.setUint32(32, 0); // no next IFD
  return seg;
}

/** JFIF APP0 without its optional embedded thumbnail. */
function bareJfif(payload: Uint8Array): Uint8Array | null {
  if (payload.length < 14 || ascii(payload, 0, 5) !== 'JFIF\0') return null;
  const seg = new Uint8Array(18);
  seg.set([0xff, 0xe0, 0x00, 0x10]);
  seg.set(payload.subarray(0, 12), 4); // identifier, version, units, densities
  return seg; // thumbnail width/height stay 0
}

function keepApp(marker: number, payload: Uint8Array): boolean {
  if (marker === 0xe2) return ascii(payload, 0, 12) === 'ICC_PROFILE\0';
  if (marker === 0xee) return ascii(payload, 0, 5) === 'Adobe';
  return false;
}

/** Length of the entropy-coded data starting at `i` (up to the next real marker). */
function entropyLength(b: Uint8Array, i: number): number {
  let j = i;
  for (;;) {
    // Native search for the next 0xFF: this loop runs over megabytes of scan data.
    j = b.indexOf(0xff, j);
    if (j < 0 || j + 1 >= b.length) throw new Malformed('truncated JPEG (no end of image)');
    const n = b[j + 1]!;
    if (n === 0xff)
      j += 1; // fill byte
    else if (n === 0x00 || (n >= 0xd0 && n <= 0xd7))
      j += 2; // stuffed 0xFF, restart marker
    else return j - i;
  }
}

export function cleanJpeg(b: Uint8Array): Cleaned & { orientation: number } {
  const out: Uint8Array[] = [new Uint8Array([0xff, 0xd8])];
  let jfif: Uint8Array | null = null;
  let orientation = 1;
  let width = 0;
  let height = 0;
  let scans = 0;
  let i = 2;
  for (;;) {
    // Markers may be preceded by any number of 0xFF fill bytes.
    while (i < b.length && b[i] === 0xff && b[i + 1] === 0xff) i++;
    if (i + 1 >= b.length || b[i] !== 0xff) throw new Malformed('corrupt JPEG segment structure');
    const marker = b[i + 1]!;
    if (marker === EOI) break;
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2; // standalone markers (TEM, stray RST)
      continue;
    }
    if (i + 4 > b.length) throw new Malformed('truncated JPEG');
    const len = u16be(b, i + 2);
    const end = i + 2 + len;
    if (len < 2 || end > b.length) throw new Malformed('truncated JPEG segment');
    const payload = b.subarray(i + 4, end);
    if (isSOF(marker)) {
      if (len < 8) throw new Malformed('corrupt JPEG frame header');
      height = u16be(b, i + 5);
      width = u16be(b, i + 7);
    }
    if (marker === SOS) {
      if (!width || !height) throw new Malformed('JPEG scan before a frame header');
      const data = entropyLength(b, end);
      if (data === 0) throw new Malformed('empty JPEG scan');
      out.push(b.subarray(i, end + data));
      scans++;
      i = end + data;
      continue;
    }
    if (marker === 0xe0 && !jfif) jfif = bareJfif(payload);
    else if (marker === 0xe1) orientation = exifOrientation(payload) ?? orientation;
    else if (isStructural(marker) || (marker >= 0xe0 && keepApp(marker, payload))) {
      out.push(b.subarray(i, end));
    }
    // Everything else (EXIF/XMP/IPTC/COM/MPF/unknown APPn) is dropped.
    i = end;
  }
  if (scans === 0) throw new Malformed('JPEG without image data');
  const head: Uint8Array[] = [out[0]!];
  if (jfif) head.push(jfif);
  if (orientation !== 1) head.push(orientationSegment(orientation));
  const body = concat([...head, ...out.slice(1), new Uint8Array([0xff, EOI])]);
  const swapped = orientation >= 5;
  return {
    body,
    width: swapped ? height : width,
    height: swapped ? width : height,
    orientation,
  };
}
