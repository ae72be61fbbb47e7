import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { ImageRejected } from '@fashion/core';
import { ClassifierUnavailable, type Classifier } from '@fashion/api';
import { createHttpClassifier } from '../src/classifier-http/index.ts';
import { createNullClassifier } from '../src/classifier-null/index.ts';
import {
  STUB_CLASSIFICATION,
  startMlServiceStub,
  type MlServiceStub,
} from './helpers/ml-service-stub.ts';

const photo = new Uint8Array(
  await readFile(new URL('../../../fixtures/photos/shirt-1.jpg', import.meta.url)),
);

describe('HTTP classifier against an ML service on 127.0.0.1', () => {
  let ml: MlServiceStub;
  let classifier: Classifier;

  beforeAll(async () => {
    ml = await startMlServiceStub();
    classifier = createHttpClassifier({ baseUrl: `${ml.url}/`, timeoutMs: 400 });
  });
  afterAll(() => ml.close());
  beforeEach(() => {
    ml.behave({ kind: 'ok' });
    ml.requests.length = 0;
  });

  it('posts the image as multipart field "imagen" to /classify and /classify-vit', async () => {
    const cnn = await classifier.classify(photo, 'cnn');
    expect(cnn).toMatchObject({ ...STUB_CLASSIFICATION, model: 'cnn', model_file: 'cnn.onnx' });
    const vit = await classifier.classify(photo, 'vit');
    expect(vit.model).toBe('vit');
    expect(ml.requests.map((r) => r.path)).toEqual(['/classify', '/classify-vit']);
    const file = ml.requests[0]!.file!;
    expect(file.field).toBe('imagen');
    expect(file.type).toBe('image/jpeg');
    expect(new Uint8Array(file.bytes)).toEqual(photo);
  });

  it('turns a slow service into ClassifierUnavailable after the timeout', async () => {
    ml.behave({ kind: 'hang' });
    // No wall-clock bound (it fails on a loaded machine): without the timeout this call never
    // returns, so the test fails at vitest's limit.
    const err = await classifier.classify(photo, 'cnn').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ClassifierUnavailable);
    expect((err as Error).message).toMatch(/400 ms/);
  });

  it('turns 5xx, 503 with Retry-After and non-JSON answers into ClassifierUnavailable', async () => {
    ml.behave({ kind: 'status', status: 500 });
    await expect(classifier.classify(photo, 'cnn')).rejects.toBeInstanceOf(ClassifierUnavailable);
    ml.behave({
      kind: 'status',
      status: 503,
      body: { error: 'model not loaded' },
      headers: { 'retry-after': '7' },
    });
    const err = (await classifier
      .classify(photo, 'vit')
      .catch((e: unknown) => e)) as ClassifierUnavailable;
    expect(err).toBeInstanceOf(ClassifierUnavailable);
    expect(err.message).toMatch(/model not loaded/);
    expect(err.retryAfterSeconds).toBe(7);
    ml.behave({ kind: 'garbage' });
    await expect(classifier.classify(photo, 'cnn')).rejects.toBeInstanceOf(ClassifierUnavailable);
    ml.behave({ kind: 'status', status: 200, body: { clase_nombre: 'Spaceship' } });
    await expect(classifier.classify(photo, 'cnn')).rejects.toThrow(/unexpected shape/);
  });

  it('passes the service’s refusal of an image on as ImageRejected', async () => {
    ml.behave({ kind: 'status', status: 413, body: { error: 'too large' } });
    const err = (await classifier.classify(photo, 'cnn').catch((e: unknown) => e)) as ImageRejected;
    expect(err).toBeInstanceOf(ImageRejected);
    expect(err.status).toBe(413);
  });

  it('reports a service that is not there as unavailable', async () => {
    const gone = createHttpClassifier({ baseUrl: 'http://127.0.0.1:9', timeoutMs: 1000 });
    await expect(gone.classify(photo, 'cnn')).rejects.toThrow(/cannot be reached/);
    expect((await gone.health()).status).toBe('unavailable');
  });

  it('maps health, metrics and confusion matrices', async () => {
    expect(await classifier.health()).toEqual({
      status: 'ok',
      mode: 'http',
      models: { cnn: { loaded: true, file: 'cnn.onnx' }, vit: { loaded: true, file: 'vit.onnx' } },
    });
    expect(await classifier.metrics('cnn')).toMatchObject({ accuracy: 0.91 });
    expect(await classifier.metrics('vit')).toMatchObject({ accuracy: 0.94 });
    const png = await classifier.confusionMatrix('vit');
    expect(Array.from(png!.slice(0, 4))).toEqual([0x89, 0x50, 0x4e, 0x47]);
    ml.behave({ kind: 'status', status: 404 });
    expect(await classifier.metrics('cnn')).toBeNull();
    expect(await classifier.confusionMatrix('cnn')).toBeNull();
    ml.behave({ kind: 'status', status: 503 });
    expect((await classifier.health()).status).toBe('unavailable');
    // The service answers 503 while one model is down: the other one still serves.
    ml.behave({
      kind: 'status',
      status: 503,
      body: { status: 'degraded', models: { cnn: { loaded: true }, vit: { loaded: false } } },
    });
    expect((await classifier.health()).status).toBe('degraded');
  });
});

describe('null classifier', () => {
  it('is always unavailable and says how to configure one', async () => {
    const none = createNullClassifier();
    await expect(none.classify(photo, 'cnn')).rejects.toBeInstanceOf(ClassifierUnavailable);
    await expect(none.classify(photo, 'vit')).rejects.toThrow(/ML_SERVICE_URL/);
    expect(await none.health()).toMatchObject({ status: 'unavailable', mode: 'none' });
    expect(await none.metrics('cnn')).toBeNull();
    expect(await none.confusionMatrix('vit')).toBeNull();
  });
});
