/**
 * selectClassifier: the embedded app classifies in-process (the ML service's code, no other
 * process) when model files exist, and falls back to the null classifier when they do not.
 * Uses the tiny fixture models of packages/vision (real ONNX files obeying the real contract).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ClassificationSchema } from '@fashion/core';
import { loadConfig } from '../src/config.ts';
import { startServer } from '../src/server.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const TINY = join(REPO, 'packages/vision/test/fixtures/tiny-model');
const root = mkdtempSync(join(tmpdir(), 'fashion-classifier-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function form(): FormData {
  const f = new FormData();
  const bytes = readFileSync(join(REPO, 'fixtures/photos/outwear-2.jpg'));
  f.append('imagen', new Blob([bytes]), 'coat.jpg');
  return f;
}

describe('the embedded classifier', () => {
  it('is in-process when the model files exist: health, metrics, confusion, classify', async () => {
    const server = await startServer(
      loadConfig({
        PORT: '0',
        DATA_DIR: join(root, 'in-process'),
        ML_CNN_PATH: join(TINY, 'cnn.onnx'),
        ML_VIT_PATH: join(TINY, 'vit.onnx'),
      }),
    );
    try {
      const health = await (await fetch(`${server.url}/api/ml-health`)).json();
      expect(health).toEqual({
        status: 'ok',
        mode: 'in-process',
        models: {
          cnn: { loaded: true, file: 'cnn.onnx' },
          vit: { loaded: true, file: 'vit.onnx' },
        },
        // The original Fashion AI frontend's fields.
        available: true,
        model_loaded: true,
        vit_model_loaded: true,
        classes_count: 10,
      });
      const metrics = await fetch(`${server.url}/api/model/metrics-vit`);
      expect(await metrics.json()).toMatchObject({ model: 'vit' });
      const png = await fetch(`${server.url}/api/model/confusion-matrix`);
      expect(png.headers.get('content-type')).toBe('image/png');
      for (const path of ['/api/classify', '/api/classify/vit']) {
        const res = await fetch(`${server.url}${path}`, { method: 'POST', body: form() });
        expect(res.status, path).toBe(200);
        const c = ClassificationSchema.parse(await res.json());
        expect(c.color).toBe('rojo');
        expect(c.model).toBe(path.endsWith('vit') ? 'vit' : 'cnn');
      }
    } finally {
      await server.close();
    }
  });

  it('falls back to the null classifier when no model file exists', async () => {
    const server = await startServer(
      loadConfig({
        PORT: '0',
        DATA_DIR: join(root, 'none'),
        ML_CNN_PATH: join(root, 'missing/cnn.onnx'),
        ML_VIT_PATH: join(root, 'missing/vit.onnx'),
      }),
    );
    try {
      const health = (await (await fetch(`${server.url}/api/ml-health`)).json()) as {
        mode: string;
        status: string;
      };
      expect(health).toMatchObject({ mode: 'none', status: 'unavailable' });
      const res = await fetch(`${server.url}/api/classify`, { method: 'POST', body: form() });
      expect(res.status).toBe(503);
    } finally {
      await server.close();
    }
  });
});
