import { readFile, readdir } from 'node:fs/promises';
import { ImageRejected } from '@fashion/api';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { EdgeImageProcessor } from '../src/image-edge/index.ts';

const photosDir = new URL('../../../fixtures/photos/', import.meta.url);
const photo = async (name: string) => new Uint8Array(await readFile(new URL(name, photosDir)));
const processor = new EdgeImageProcessor();
const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');

/** A real photo re-encoded by libvips with GPS coordinates, a rotation and XMP, as a phone would. */
async function withGps(format: 'jpeg' | 'png' | 'webp') {
  return new Uint8Array(
    await sharp(await photo('shirt-1.jpg'))
      .withMetadata({ orientation: 6 })
      .withExifMerge({
        IFD0: { Make: 'PhoneMaker', Model: 'SecretPhone 9' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '40/1 25/1 1234/100',
          GPSLongitudeRef: 'W',
          GPSLongitude: '3/1 42/1 5678/100',
        },
      })
      .withXmp(
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="40,25.2N"/></rdf:RDF></x:xmpmeta>',
      )
      .toFormat(format)
      .toBuffer(),
  );
}

async function rejection(bytes: Uint8Array): Promise<ImageRejected> {
  const err = await processor.process(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ImageRejected);
  return err as ImageRejected;
}

describe('EdgeImageProcessor (no decoding, metadata rewrite)', () => {
  it('accepts every fixture photo unchanged in pixels, with the right size', async () => {
    const names = (await readdir(photosDir)).filter((n) => n.endsWith('.jpg'));
    expect(names.length).toBeGreaterThanOrEqual(20);
    for (const name of names) {
      const input = await photo(name);
      const out = await processor.process(input);
      const meta = await sharp(input).metadata();
      expect(out.full.contentType).toBe('image/jpeg');
      expect([out.full.width, out.full.height]).toEqual([meta.width, meta.height]);
      const [a, b] = await Promise.all([
        sharp(input).raw().toBuffer(),
        sharp(out.full.body).raw().toBuffer(),
      ]);
      expect(Buffer.compare(a, b)).toBe(0);
    }
  });

  it.each(['jpeg', 'png', 'webp'] as const)(
    'removes GPS, camera and XMP data from %s but keeps the pixels',
    async (format) => {
      const input = await withGps(format);
      const before = await sharp(input).metadata();
      expect(before.exif).toBeDefined(); // the fixture really carries GPS
      expect(latin1(input)).toContain('SecretPhone');

      const out = await processor.process(input);
      const text = latin1(out.full.body);
      expect(text).not.toContain('SecretPhone');
      expect(text).not.toContain('PhoneMaker');
      expect(text).not.toContain('xmpmeta');
      expect(text).not.toContain('GPSLatitude');
      const after = await sharp(out.full.body).metadata();
      expect(after.xmp).toBeUndefined();
      const [a, b] = await Promise.all([
        sharp(input).raw().toBuffer(),
        sharp(out.full.body).raw().toBuffer(),
      ]);
      expect(Buffer.compare(a, b)).toBe(0);
      if (format === 'jpeg') {
        // Orientation survives alone, so the photo still shows upright; sizes are as displayed.
        expect(after.orientation).toBe(6);
        expect(after.exif!.byteLength).toBeLessThan(40);
        expect([out.full.width, out.full.height]).toEqual([before.height, before.width]);
      } else {
        expect(after.exif).toBeUndefined();
      }
    },
  );

  it('drops data hidden after the end of a JPEG (MPF-style second images)', async () => {
    const trailer = await withGps('jpeg');
    const input = new Uint8Array([...(await photo('hat-1.jpg')), ...trailer]);
    const out = await processor.process(input);
    expect(out.full.body.byteLength).toBeLessThan(input.byteLength - trailer.byteLength + 64);
    expect(latin1(out.full.body)).not.toContain('SecretPhone');
  });

  it('rejects non-images and broken images with 400', async () => {
    const jpeg = await photo('dress-1.jpg');
    const cases: Uint8Array[] = [
      new Uint8Array(),
      new TextEncoder().encode('hello, I am not a photo'),
      new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      crypto.getRandomValues(new Uint8Array(4096)),
      jpeg.subarray(0, 200), // header only
      jpeg.subarray(0, jpeg.byteLength - 2000), // cut mid-scan, no end marker
      (await sharp(jpeg).png().toBuffer()).subarray(0, 100),
    ];
    for (const bytes of cases) expect((await rejection(bytes)).status).toBe(400);
  });

  it('refuses HEIC/GIF/TIFF with 415, oversize files and dimensions with 413', async () => {
    const heic = new Uint8Array(64);
    heic.set(new TextEncoder().encode('\0\0\0\x18ftypheic'), 0);
    expect((await rejection(heic)).status).toBe(415);
    const gif = await sharp(await photo('hat-1.jpg'))
      .gif()
      .toBuffer();
    expect((await rejection(gif)).status).toBe(415);
    const tiff = await sharp(await photo('hat-1.jpg'))
      .tiff()
      .toBuffer();
    expect(await rejection(tiff)).toMatchObject({ status: 415, message: /TIFF/ });

    const small = new EdgeImageProcessor({
      maxBytes: 1000,
      maxSide: 12000,
      maxPixels: 5e7,
      minSide: 16,
    });
    const err = await small.process(await photo('hat-1.jpg')).catch((e: unknown) => e);
    expect((err as ImageRejected).status).toBe(413);

    // A frame header that claims 60000×60000 pixels (a decompression bomb) is refused unread.
    const bomb = await photo('hat-1.jpg');
    const sof = bomb.findIndex((v, i) => v === 0xff && bomb[i + 1] === 0xc0);
    bomb.set([0xea, 0x60, 0xea, 0x60], sof + 5);
    expect((await rejection(bomb)).status).toBe(413);
  });
});
