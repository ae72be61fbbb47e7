/**
 * Hostile and awkward images for the decode tests (vision and API): a decompression bomb that is
 * tiny on disk, a truncated JPEG, a phone-style photo with EXIF rotation and GPS, a big noisy JPEG.
 */
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';

export const FIXTURES = new URL('../../../../fixtures/', import.meta.url);

export function fixture(name: string): Buffer {
  return readFileSync(new URL(name, FIXTURES));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

let bomb: Buffer | undefined;
/**
 * A valid black 30000×30000 1-bit PNG (900 MP) of about 110 KB: decoding it would need 2.7 GB
 * as RGB. Built by hand (sharp itself refuses to create something that large).
 */
export function bombPng(): Buffer {
  if (bomb) return bomb;
  const width = 30_000;
  const height = 30_000;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // greyscale
  const row = 1 + Math.ceil(width / 8); // filter byte + packed pixels
  const raw = Buffer.alloc(row * height);
  bomb = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return bomb;
}

export function truncatedJpeg(): Buffer {
  const jpg = fixture('photos/dress-1.jpg');
  return jpg.subarray(0, Math.floor(jpg.length / 2));
}

/**
 * A photo as a phone writes it: pixels stored sideways with EXIF Orientation 6 (display rotated
 * 90° clockwise), plus GPS coordinates and a camera model that must never leave the server.
 */
export async function phonePhotoWithGps(): Promise<Buffer> {
  const upright = fixture('photos/pants-1.jpg'); // 126×224, portrait
  const sideways = await sharp(upright).rotate(-90).toBuffer(); // 224×126 as stored
  return sharp(sideways)
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: 'TestPhone', Model: 'Secret Model X' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '40/1 25/1 1234/100',
        GPSLongitudeRef: 'W',
        GPSLongitude: '3/1 42/1 0/1',
      },
    })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** A ~3 MB phone-sized JPEG (1600×1200) made from a fixture plus noise, which defeats compression. */
export async function bigPhoneJpeg(targetBytes = 3_000_000): Promise<Buffer> {
  const width = 1600;
  const height = 1200;
  const base = await sharp(fixture('photos/shirt-1.jpg'))
    .resize(width, height, { fit: 'cover' })
    .removeAlpha()
    .raw()
    .toBuffer();
  let seed = 42;
  const noise = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return (seed >> 16) & 0xff;
  };
  for (const amplitude of [40, 60, 90, 128]) {
    const px = Buffer.from(base);
    for (let i = 0; i < px.length; i++) {
      px[i] = Math.max(0, Math.min(255, px[i]! + ((noise() * amplitude) >> 8) - (amplitude >> 1)));
    }
    const jpg = await sharp(px, { raw: { width, height, channels: 3 } })
      .jpeg({ quality: 95, chromaSubsampling: '4:4:4' })
      .toBuffer();
    if (jpg.length >= targetBytes) return jpg;
  }
  throw new Error('could not reach the target size');
}
