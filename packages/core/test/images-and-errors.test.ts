import { describe, expect, it } from 'vitest';
import {
  ClassifyBase64Schema,
  formatMegabytes,
  ImageRejected,
  IMAGE_KEY_PATTERN,
  imageExtension,
  MeSchema,
  OutfitExpandedSchema,
  isImageKey,
  newImageKeys,
} from '../src/index.ts';

describe('image keys', () => {
  it('are 128 random bits, a full image and its thumbnail', () => {
    const { full, thumbnail } = newImageKeys();
    expect(full).toMatch(/^[0-9a-f]{32}\.webp$/);
    expect(thumbnail).toBe(full.replace('.webp', '.thumb.webp'));
    expect(newImageKeys('jpg').full).toMatch(/^[0-9a-f]{32}\.jpg$/);
    expect(isImageKey(newImageKeys('png').thumbnail)).toBe(true);
    const many = new Set(Array.from({ length: 1000 }, () => newImageKeys().full));
    expect(many.size).toBe(1000);
  });

  it('match a strict pattern that admits no path', () => {
    expect(isImageKey(newImageKeys().thumbnail)).toBe(true);
    for (const bad of [
      '../x.webp',
      `${'a'.repeat(32)}/../b.webp`,
      `${'A'.repeat(32)}.webp`,
      `${'a'.repeat(31)}.webp`,
      `${'a'.repeat(32)}.gif`,
      `${'a'.repeat(32)}.png.webp.png`,
      `${'a'.repeat(32)}.webp/`,
      `${'a'.repeat(32)}.webp\n`,
      '',
    ]) {
      expect(isImageKey(bad), bad).toBe(false);
      expect(IMAGE_KEY_PATTERN.test(bad)).toBe(false);
    }
  });
});

describe('image key extensions', () => {
  it('name the stored bytes: WebP, JPEG and PNG, nothing else', () => {
    expect(imageExtension('image/webp')).toBe('webp');
    expect(imageExtension('image/jpeg')).toBe('jpg');
    expect(imageExtension('image/png')).toBe('png');
    expect(() => imageExtension('image/gif')).toThrow(/image\/gif/);
  });
});

describe('ImageRejected', () => {
  it('carries a 4xx status, 400 by default', () => {
    expect(new ImageRejected('nope').status).toBe(400);
    const big = new ImageRejected('too large', 413);
    expect(big).toBeInstanceOf(Error);
    expect([big.name, big.status, big.message]).toEqual(['ImageRejected', 413, 'too large']);
  });
});

describe('API answer schemas', () => {
  it('accept what the API returns and refuse extra request fields', () => {
    expect(
      ClassifyBase64Schema.safeParse({ imageDataUrl: 'data:image/png;base64,AAAA' }).success,
    ).toBe(true);
    expect(ClassifyBase64Schema.safeParse({ imageDataUrl: 'x', model: 'cnn' }).success).toBe(false);
    expect(
      MeSchema.safeParse({
        userId: 'anonymous',
        auth: 'anonymous',
        profile: {
          userId: 'anonymous',
          colores: [],
          ocasion: 'casual',
          estilo: '',
          incluirVestido: false,
          incluirAbrigo: false,
          layeredTop: false,
          topPreference: 'any',
          style_preference: '',
        },
      }).success,
    ).toBe(true);
    const id = 'a'.repeat(24);
    const garment = {
      _id: id,
      userId: 'u',
      imagen_url: '/api/images/x.webp',
      tipo: 'zapatos',
      clase_nombre: 'Shoes',
      color: 'negro',
      confianza: 1,
      ocasion: [],
      fecha_agregada: '2024-01-01T00:00:00.000Z',
    };
    expect(
      OutfitExpandedSchema.safeParse({
        _id: 'b'.repeat(24),
        userId: 'u',
        zapatos_id: id,
        puntuacion: 0,
        fecha_creacion: '2024-01-01T00:00:00.000Z',
        prendas: { zapatos: garment },
      }).success,
    ).toBe(true);
  });
});

describe('formatMegabytes', () => {
  it('says sizes in MB with one decimal', () => {
    expect(formatMegabytes(10 * 1024 * 1024)).toBe('10 MB');
    expect(formatMegabytes(2.5 * 1024 * 1024)).toBe('2.5 MB');
    expect(formatMegabytes(100_000)).toBe('0.1 MB');
  });
});
