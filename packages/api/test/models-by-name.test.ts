import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClassificationSchema, MODEL_KINDS } from '@fashion/core';
import { createHttpClassifier } from '@fashion/adapters/classifier-http/index.ts';
import {
  startMlServiceStub,
  type MlServiceStub,
} from '../../adapters/test/helpers/ml-service-stub.ts';
import { call, photo, uploadForm } from './helpers/client.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

describe('models addressed by name', () => {
  let ml: MlServiceStub;
  let s: TestServer;
  beforeAll(async () => {
    ml = await startMlServiceStub();
    s = await startTestServer({
      classifier: createHttpClassifier({ baseUrl: ml.url, timeoutMs: 5000 }),
    });
  });
  afterAll(async () => {
    await s.close();
    await ml.close();
  });

  it.each(MODEL_KINDS)('POST /api/classify/%s classifies with that model', async (model) => {
    const res = await call(s.url, 'POST', `/api/classify/${model}`, {
      form: uploadForm(photo('shirt-1.jpg')),
    });
    expect(res.status).toBe(200);
    expect(ClassificationSchema.parse(res.body).model).toBe(model);
  });

  it.each(MODEL_KINDS)('GET /api/model/%s/metrics and /confusion-matrix', async (model) => {
    const metrics = await call(s.url, 'GET', `/api/model/${model}/metrics`);
    expect(metrics.status).toBe(200);
    expect(metrics.body).toMatchObject({ accuracy: model === 'cnn' ? 0.91 : 0.94 });
    const png = await fetch(`${s.url}/api/model/${model}/confusion-matrix`);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
  });

  it('an unknown model is a 404 JSON naming it, and the service is not called', async () => {
    ml.requests.length = 0;
    const res = await call(s.url, 'POST', '/api/classify/resnet', {
      form: uploadForm(photo('shirt-1.jpg')),
    });
    expect(res.status).toBe(404);
    expect(res.body.error).toMatch(/model "resnet"/);
    expect((await call(s.url, 'GET', '/api/model/resnet/metrics')).status).toBe(404);
    expect(ml.requests).toHaveLength(0);
  });

  it('keeps the seed paths and documents the named ones', async () => {
    const cnn = await call(s.url, 'POST', '/api/classify', {
      form: uploadForm(photo('shirt-1.jpg')),
    });
    expect(cnn.body.model).toBe('cnn');
    expect((await call(s.url, 'GET', '/api/model/metrics-vit')).body).toMatchObject({
      accuracy: 0.94,
    });
    const doc = (await call(s.url, 'GET', '/api/openapi.json')).body;
    for (const path of [
      '/api/classify/{model}',
      '/api/model/{model}/metrics',
      '/api/model/{model}/confusion-matrix',
      '/api/classify',
      '/api/classify/vit-base64',
      '/api/model/metrics-vit',
    ]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
  });
});
