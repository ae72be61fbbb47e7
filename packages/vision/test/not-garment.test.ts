import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClassificationSchema } from '@fashion/core';
import { GarmentClassifier } from '../src/garment-classifier.ts';
import { imageStats } from '../src/ood/image-stats.ts';
import { nonGarments, type NonGarment } from '../src/ood/non-garments.ts';
import { notGarmentScore } from '../src/ood/not-garment.ts';
import { loadModelInput } from '../src/preprocess/load-model-input.ts';
import { PHOTOS, REPO } from './helpers/paths.ts';

const photos = readdirSync(PHOTOS).filter((f) => f.endsWith('.jpg'));
const spec = { size: 160, resize: 'squash', interpolation: 'bilinear' } as const;
const score = async (bytes: Uint8Array) =>
  notGarmentScore(imageStats(await loadModelInput(bytes, spec)));

let set: NonGarment[];
beforeAll(async () => {
  set = await nonGarments();
});

describe('not a garment', () => {
  it('flags test patterns, noise, flat colours and screenshots', async () => {
    const missed: string[] = [];
    for (const g of set) if ((await score(g.jpeg)) < 1) missed.push(g.name);
    expect(missed).toEqual([]);
    expect(new Set(set.map((g) => g.kind))).toEqual(
      new Set(['test-pattern', 'noise', 'flat', 'screenshot']),
    );
  });

  it('does not flag real garment photos', async () => {
    expect(photos.length).toBeGreaterThanOrEqual(20);
    for (const name of photos) {
      const s = await score(new Uint8Array(readFileSync(join(PHOTOS, name))));
      expect(s, name).toBeLessThan(1);
    }
  });

  describe('in the classification', () => {
    let classifier: GarmentClassifier;
    beforeAll(async () => {
      classifier = await GarmentClassifier.start({
        // The served models (160 px input, the side the thresholds were calibrated at).
        models: { cnn: join(REPO, 'models/cnn.onnx'), vit: join(REPO, 'models/vit.onnx') },
      });
    });
    afterAll(() => classifier.close());

    it('answers no_prenda with its score, beside the unchanged fields', async () => {
      const bars = set.find((g) => g.name.startsWith('bars-'))!;
      const flagged = ClassificationSchema.parse(await classifier.classify(bars.jpeg, 'cnn'));
      expect(flagged.no_prenda).toBe(true);
      expect(flagged.no_prenda_score).toBeGreaterThanOrEqual(1);
      expect(flagged.top3).toHaveLength(3); // the seed's fields stay
      const photo = new Uint8Array(readFileSync(join(PHOTOS, 'shirt-1.jpg')));
      const garment = ClassificationSchema.parse(await classifier.classify(photo, 'vit'));
      expect(garment.no_prenda).toBe(false);
      expect(garment.no_prenda_score).toBeLessThan(1);
    });
  });
});
