/** The in-process Classifier port adapter over the fixture models (tiny nets, real contract). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClassificationSchema, ImageRejected } from '@fashion/core';
import { ClassifierUnavailable } from '@fashion/api';
import { createOnnxClassifier, type OnnxClassifier } from '../src/classifier-onnx/index.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const TINY = join(REPO, 'packages/vision/test/fixtures/tiny-model');
const photo = new Uint8Array(readFileSync(join(REPO, 'fixtures/photos/shoes-2.jpg')));

let classifier: OnnxClassifier;
beforeAll(async () => {
  classifier = await createOnnxClassifier({
    models: { cnn: join(TINY, 'cnn.onnx'), vit: join(TINY, 'vit.onnx') },
  });
});
afterAll(() => classifier.close());

describe('in-process ONNX classifier (Classifier port)', () => {
  it('classifies with either model', async () => {
    for (const model of ['cnn', 'vit'] as const) {
      const c = ClassificationSchema.parse(await classifier.classify(photo, model));
      expect(c).toMatchObject({ model, model_file: `${model}.onnx`, color: 'azul' });
    }
  });

  it('reports health, metrics and confusion matrices from the model folder', async () => {
    expect(await classifier.health()).toEqual({
      status: 'ok',
      mode: 'in-process',
      models: { cnn: { loaded: true, file: 'cnn.onnx' }, vit: { loaded: true, file: 'vit.onnx' } },
    });
    expect(await classifier.metrics('vit')).toMatchObject({ model: 'vit' });
    const png = await classifier.confusionMatrix('cnn');
    expect([...png!.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  });

  it('lets ImageRejected through for bad images', async () => {
    await expect(classifier.classify(new Uint8Array([1, 2, 3]), 'cnn')).rejects.toBeInstanceOf(
      ImageRejected,
    );
  });

  it('turns a missing model into ClassifierUnavailable and a degraded health', async () => {
    const partial = await createOnnxClassifier({
      models: { cnn: join(TINY, 'cnn.onnx'), vit: join(TINY, 'missing-vit.onnx') },
    });
    try {
      await expect(partial.classify(photo, 'vit')).rejects.toBeInstanceOf(ClassifierUnavailable);
      const health = await partial.health();
      expect(health.status).toBe('degraded');
      expect(health.models.vit).toEqual({ loaded: false, file: 'missing-vit.onnx' });
      expect(health.detail).toMatch(/vit: model file not found/);
      expect(await partial.metrics('vit')).toBeNull();
      expect(await partial.confusionMatrix('vit')).toBeNull();
    } finally {
      await partial.close();
    }
  });
});
