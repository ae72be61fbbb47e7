/** The serving path end to end on the fixture models (tiny random nets obeying the real contract). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClassificationSchema, ImageRejected, tipoOf } from '@fashion/core';
import {
  GarmentClassifier,
  ModelUnavailable,
  decodeRaw,
  type PredictionResult,
} from '../src/index.ts';
import { PHOTOS, REPO, TINY } from './helpers/paths.ts';

const photo = (name: string) => new Uint8Array(readFileSync(join(PHOTOS, name)));

let classifier: GarmentClassifier;
beforeAll(async () => {
  classifier = await GarmentClassifier.start({ models: TINY, maxBatch: 8 });
});
afterAll(() => classifier.close());

describe('GarmentClassifier', () => {
  it('loads and warms up both models once, reporting their preprocessing', () => {
    const status = classifier.status();
    expect(status.map((s) => [s.kind, s.loaded, s.file])).toEqual([
      ['cnn', true, 'cnn.onnx'],
      ['vit', true, 'vit.onnx'],
    ]);
    expect(status[0]!.preprocess).toEqual({
      size: 64,
      resize: 'squash',
      interpolation: 'bilinear',
    });
    expect(status[0]!.warmupMs).toBeGreaterThan(0);
  });

  it('answers the ML service contract for each model', async () => {
    for (const kind of ['cnn', 'vit'] as const) {
      const result = ClassificationSchema.parse(
        await classifier.classify(photo('shoes-2.jpg'), kind),
      );
      expect(result.model).toBe(kind);
      expect(result.model_file).toBe(`${kind}.onnx`);
      expect(result.tipo).toBe(tipoOf(result.clase_nombre));
      expect(result.top3).toHaveLength(3);
      expect(result.top3[0]).toEqual({
        clase_nombre: result.clase_nombre,
        confianza: result.confianza,
        tipo: result.tipo,
      });
      const confidences = result.top3.map((t) => t.confianza);
      expect([...confidences].sort((a, b) => b - a)).toEqual(confidences);
      expect(confidences.reduce((a, b) => a + b)).toBeLessThanOrEqual(1.0001);
      expect(result.color).toBe('azul');
      expect(result.color_hex).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('the two models are different networks', async () => {
    const cnn = await classifier.predict(photo('dress-1.jpg'), 'cnn');
    const vit = await classifier.predict(photo('dress-1.jpg'), 'vit');
    expect(cnn.probabilities).not.toEqual(vit.probabilities);
  });

  it('batches concurrent requests without changing any answer', async () => {
    const names = ['dress-1.jpg', 'hat-2.jpg', 'pants-1.jpg', 'shirt-2.jpg', 'skirt-1.jpg'];
    const sequential: PredictionResult[] = [];
    for (const n of names) sequential.push(await classifier.predict(photo(n), 'cnn'));
    const concurrent = await Promise.all(
      [...names, ...names].map((n) => classifier.predict(photo(n), 'cnn')),
    );
    const close = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]!) < 1e-5);
    concurrent.forEach((r, i) => {
      expect(r.clase).toBe(sequential[i % names.length]!.clase);
      expect(close(r.probabilities, sequential[i % names.length]!.probabilities)).toBe(true);
    });
  });

  it('decodes an iPhone HEIC like the JPEG it was made from', async () => {
    const heic = new Uint8Array(readFileSync(join(REPO, 'fixtures/heic/pants-1.heic')));
    const fromHeic = await classifier.classify(heic, 'cnn');
    const fromJpeg = await classifier.classify(photo('pants-1.jpg'), 'cnn');
    expect(fromHeic.color).toBe('azul');
    expect(fromHeic.clase).toBe(fromJpeg.clase);
  });

  it('applies EXIF orientation before preprocessing', async () => {
    const source = photo('shirt-2.jpg'); // landscape
    const upright = await sharp(source).rotate(90).jpeg({ quality: 95 }).toBuffer();
    // Same pixels stored sideways with "rotate 90° CW to display" (orientation 6).
    const tagged = await sharp(source)
      .jpeg({ quality: 95 })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const [a, b] = await Promise.all(
      [upright, tagged].map((x) => decodeRaw(new Uint8Array(x), { channels: 3 })),
    );
    expect([b!.width, b!.height]).toEqual([a!.width, a!.height]);
    const meanDiff = a!.data.reduce((s, v, i) => s + Math.abs(v - b!.data[i]!), 0) / a!.data.length;
    expect(meanDiff).toBeLessThan(3); // the same picture, up to JPEG re-encoding
    const pa = await classifier.predict(new Uint8Array(upright), 'cnn');
    const pb = await classifier.predict(new Uint8Array(tagged), 'cnn');
    const pc = await classifier.predict(source, 'cnn');
    const gap = (x: number[], y: number[]) => Math.max(...x.map((v, i) => Math.abs(v - y[i]!)));
    expect(gap(pb.probabilities, pa.probabilities)).toBeLessThan(
      gap(pc.probabilities, pa.probabilities),
    );
  });

  it.each([
    ['a zero-byte file', new Uint8Array(0), 400],
    ['text', new TextEncoder().encode('hello, I am not an image at all'), 400],
    ['a truncated JPEG', photo('hat-1.jpg').subarray(0, 2000), 400],
  ])('rejects %s with ImageRejected', async (_what, bytes, status) => {
    const err = await classifier.classify(bytes, 'cnn').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImageRejected);
    expect((err as ImageRejected).status).toBe(status);
  });

  it('rejects huge dimensions before decoding them (413)', async () => {
    const huge = await sharp({
      create: { width: 9000, height: 9000, channels: 3, background: '#808080' },
    })
      .png({ compressionLevel: 1 })
      .toBuffer();
    const err = await classifier.classify(new Uint8Array(huge), 'cnn').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImageRejected);
    expect((err as ImageRejected).status).toBe(413);
  });
});

describe('GarmentClassifier without models', () => {
  it('reports why a model is missing and answers ModelUnavailable', async () => {
    const c = await GarmentClassifier.start({
      models: { cnn: TINY.cnn, vit: join(REPO, 'no/such/vit.onnx') },
    });
    try {
      const [cnn, vit] = c.status();
      expect(cnn!.loaded).toBe(true);
      expect(vit!.loaded).toBe(false);
      expect(vit!.error).toMatch(/model file not found/);
      await expect(c.classify(photo('hat-1.jpg'), 'vit')).rejects.toBeInstanceOf(ModelUnavailable);
      expect(await c.metrics('vit')).toBeNull();
    } finally {
      await c.close();
    }
  });

  it('reports a broken ONNX file without crashing', async () => {
    const c = await GarmentClassifier.start({ models: { cnn: join(REPO, 'package.json') } });
    try {
      expect(c.status()[0]!.loaded).toBe(false);
      expect(c.status()[0]!.error).toBeTruthy();
    } finally {
      await c.close();
    }
  });
});

describe('load shedding', () => {
  it('refuses with Retry-After past in-flight + queue instead of queueing without bound', async () => {
    const c = await GarmentClassifier.start({
      models: { cnn: TINY.cnn },
      maxInFlight: 1,
      maxQueue: 2,
    });
    try {
      const big = new Uint8Array(
        await sharp(photo('outwear-2.jpg')).resize(1600, 1200).jpeg().toBuffer(),
      );
      const results = await Promise.allSettled(
        Array.from({ length: 12 }, () => c.classify(big, 'cnn')),
      );
      const ok = results.filter((r) => r.status === 'fulfilled').length;
      const refused = results.filter(
        (r) => r.status === 'rejected' && r.reason instanceof ModelUnavailable,
      );
      expect(ok).toBe(3); // one in flight + two queued
      expect(refused).toHaveLength(9);
      expect((refused[0] as PromiseRejectedResult).reason.retryAfterSeconds).toBe(1);
      // and it still serves afterwards
      await expect(c.classify(big, 'cnn')).resolves.toMatchObject({ model: 'cnn' });
    } finally {
      await c.close();
    }
  });
});
