/**
 * /api/model/<figure> (the original frontend's <img src="/api/model/data-audit"> and friends):
 * the figures of the model bundle through the Classifier port, in-process with the real ViT
 * bundle in models/; 404 JSON where there is no figure or no classifier.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOnnxClassifier,
  type OnnxClassifier,
} from '@fashion/adapters/classifier-onnx/index.ts';
import { call } from './helpers/client.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

const MODELS = fileURLToPath(new URL('../../../models/', import.meta.url));
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('model figures', () => {
  let classifier: OnnxClassifier;
  let s: TestServer;
  let none: TestServer;
  beforeAll(async () => {
    classifier = await createOnnxClassifier({ models: { vit: join(MODELS, 'vit.onnx') } });
    s = await startTestServer({ classifier });
    none = await startTestServer();
  }, 120_000);
  afterAll(async () => {
    await s.close();
    await none.close();
    await classifier.close();
  });

  it.each([
    ['data-audit', 'data-audit.png'],
    ['training-curves-vit', 'training-curves-vit.png'],
    ['confusion-matrix-vit-real', 'confusion-vit-real.png'],
  ])('GET /api/model/%s is the PNG the data made', async (name, file) => {
    const res = await fetch(`${s.url}/api/model/${name}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const body = new Uint8Array(await res.arrayBuffer());
    expect(PNG_MAGIC.every((v, i) => body[i] === v)).toBe(true);
    expect(Buffer.from(body).equals(readFileSync(join(MODELS, file)))).toBe(true);
    const meta = await sharp(body).metadata();
    expect(meta.width).toBeGreaterThanOrEqual(600);
    expect(meta.height).toBeGreaterThanOrEqual(400);
  });

  it('a figure the bundle lacks, or no classifier at all, is a 404 JSON', async () => {
    const cnn = await call(s.url, 'GET', '/api/model/training-curves-cnn');
    expect(cnn.status).toBe(404);
    expect(cnn.body).toMatchObject({ code: 'not_found' });
    const res = await call(none.url, 'GET', '/api/model/data-audit');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'not_found' });
  });
});
