import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ImageRejected } from '@fashion/core';
import { createUploadProcessor, decodeImage, decodeRaw, sniffImageFormat } from '../src/index.ts';
import { bombPng, fixture, phonePhotoWithGps, truncatedJpeg } from './helpers/crafted-images.ts';

async function rejection(work: Promise<unknown>): Promise<ImageRejected> {
  const err = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ImageRejected);
  return err as ImageRejected;
}

describe('sniffImageFormat', () => {
  it('recognises formats by their magic bytes, never by name', async () => {
    const px = sharp({ create: { width: 8, height: 8, channels: 3, background: '#f00' } });
    expect(sniffImageFormat(fixture('photos/shirt-1.jpg'))).toBe('jpeg');
    expect(sniffImageFormat(await px.clone().png().toBuffer())).toBe('png');
    expect(sniffImageFormat(await px.clone().webp().toBuffer())).toBe('webp');
    expect(sniffImageFormat(await px.clone().gif().toBuffer())).toBe('gif');
    expect(sniffImageFormat(await px.clone().tiff().toBuffer())).toBe('tiff');
    expect(sniffImageFormat(await px.clone().avif().toBuffer())).toBe('avif');
    expect(sniffImageFormat(fixture('heic/pants-1.heic'))).toBe('heic');
    expect(sniffImageFormat(Buffer.from('GIF is not what this text is, honestly'))).toBeNull();
    expect(sniffImageFormat(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffImageFormat(new Uint8Array(3))).toBeNull();
  });
});

describe('decodeImage / decodeRaw', () => {
  it('decodes a real photo to raw RGB pixels, optionally shrunk', async () => {
    const raw = await decodeRaw(fixture('photos/shirt-1.jpg'));
    expect(raw).toMatchObject({ width: 168, height: 224, channels: 3 });
    expect(raw.data.length).toBe(168 * 224 * 3);
    const small = await decodeRaw(fixture('photos/shirt-1.jpg'), { maxSide: 112, channels: 4 });
    expect(small).toMatchObject({ width: 84, height: 112, channels: 4 });
  });

  it('decodes an iPhone-style HEIC through libheif', async () => {
    const decoded = await decodeImage(fixture('heic/pants-1.heic'));
    expect(decoded).toMatchObject({ format: 'heic', width: 126, height: 224 });
    const raw = await decodeRaw(fixture('heic/pants-1.heic'));
    expect(raw).toMatchObject({ width: 126, height: 224, channels: 3 });
    // Same picture as the JPEG it was encoded from: mean colour within a few levels.
    const ref = await decodeRaw(fixture('photos/pants-1.jpg'));
    const mean = (d: Uint8Array) => d.reduce((a, b) => a + b, 0) / d.length;
    expect(Math.abs(mean(raw.data) - mean(ref.data))).toBeLessThan(4);
  });

  it('applies EXIF orientation', async () => {
    const decoded = await decodeImage(await phonePhotoWithGps());
    expect([decoded.width, decoded.height]).toEqual([126, 224]);
    const raw = await decodeRaw(await phonePhotoWithGps());
    expect([raw.width, raw.height]).toEqual([126, 224]);
  });

  it('refuses non-images, empty input and truncated or corrupt data', async () => {
    expect(
      (await rejection(decodeImage(Buffer.from('just some text, named photo.jpg')))).message,
    ).toMatch(/not a supported image/);
    expect((await rejection(decodeImage(new Uint8Array(0)))).message).toMatch(/empty/);
    const truncated = await rejection(decodeRaw(truncatedJpeg()));
    expect(truncated.status).toBe(400);
    expect(truncated.message).toMatch(/could not be decoded/);
    const corrupt = Buffer.from(fixture('photos/shirt-1.jpg'));
    corrupt.fill(0x00, 200, 2000);
    await rejection(decodeRaw(corrupt));
    const badHeic = Buffer.from(fixture('heic/pants-1.heic').subarray(0, 600));
    await rejection(decodeRaw(badHeic));
  });

  it('refuses a decompression bomb from its header with 413', async () => {
    const err = await rejection(decodeImage(bombPng()));
    expect(err.status).toBe(413);
    expect(err.message).toMatch(/30000×30000/);
  });

  it('enforces the byte and pixel limits it is given', async () => {
    const photo = fixture('photos/shirt-1.jpg');
    expect((await rejection(decodeImage(photo, { maxBytes: 100 }))).status).toBe(413);
    expect((await rejection(decodeImage(photo, { maxPixels: 168 * 224 - 1 }))).status).toBe(413);
    expect(
      (await rejection(decodeImage(fixture('heic/pants-1.heic'), { maxPixels: 1000 }))).status,
    ).toBe(413);
  });
});

describe('upload processor', () => {
  const processor = createUploadProcessor();

  it('makes an upright WebP and a thumbnail with no metadata at all', async () => {
    const out = await processor.process(await phonePhotoWithGps());
    expect(out.full).toMatchObject({ contentType: 'image/webp', width: 126, height: 224 });
    expect(out.thumbnail.contentType).toBe('image/webp');
    for (const img of [out.full, out.thumbnail]) {
      const meta = await sharp(img.body).metadata();
      expect(meta.format).toBe('webp');
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.icc).toBeUndefined();
      const text = Buffer.from(img.body).toString('latin1');
      expect(text).not.toContain('Secret Model X');
      expect(text).not.toContain('TestPhone');
    }
  });

  it('bounds the longest side and makes the thumbnail smaller', async () => {
    const big = await sharp(fixture('photos/outwear-1.jpg'))
      .resize(3000, 2000, { fit: 'fill' })
      .jpeg()
      .toBuffer();
    const out = await processor.process(big);
    expect([out.full.width, out.full.height]).toEqual([1600, 1067]);
    expect([out.thumbnail.width, out.thumbnail.height]).toEqual([400, 267]);
    const jpeg = await createUploadProcessor({
      format: 'jpeg',
      maxSide: 800,
      thumbnailSide: 100,
    }).process(big);
    expect(jpeg.full).toMatchObject({ contentType: 'image/jpeg', width: 800 });
    expect((await sharp(jpeg.thumbnail.body).metadata()).width).toBe(100);
  });

  it('keeps transparency of PNG garments in WebP', async () => {
    const png = await sharp({
      create: {
        width: 64,
        height: 48,
        channels: 4,
        background: { r: 200, g: 0, b: 0, alpha: 0.5 },
      },
    })
      .png()
      .toBuffer();
    const out = await processor.process(png);
    expect((await sharp(out.full.body).metadata()).hasAlpha).toBe(true);
  });

  it('processes HEIC uploads', async () => {
    const out = await processor.process(fixture('heic/pants-1.heic'));
    expect(out.full).toMatchObject({ width: 126, height: 224, contentType: 'image/webp' });
  });

  it('rejects what decode rejects', async () => {
    await rejection(processor.process(truncatedJpeg()));
    expect((await rejection(processor.process(bombPng()))).status).toBe(413);
  });
});
