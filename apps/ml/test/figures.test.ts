/**
 * The figures routes of the ML service (the original system's paths), over real HTTP with the
 * real model bundle in models/: each a PNG made from the data (npm run figures); the CNN, whose
 * training recorded no validation history, has no curves (404 JSON).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, startService, type RunningService } from './helpers.ts';

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

let svc: RunningService;
beforeAll(async () => {
  svc = await startService({ models: { vit: join(REPO, 'models/vit.onnx') } });
}, 120_000);
afterAll(() => svc.close());

describe('figures', () => {
  it.each([
    ['/data-audit', 'data-audit.png', 1280],
    ['/training-curves-vit', 'training-curves-vit.png', 800],
    ['/confusion-matrix-vit-real', 'confusion-vit-real.png', 674],
  ])('GET %s is the PNG of the model bundle', async (path, file, width) => {
    const res = await fetch(`${svc.url}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const body = new Uint8Array(await res.arrayBuffer());
    expect(PNG_MAGIC.every((v, i) => body[i] === v)).toBe(true);
    expect((await sharp(body).metadata()).width).toBe(width);
    expect(Buffer.from(body).equals(readFileSync(join(REPO, 'models', file)))).toBe(true);
  });

  it('GET /training-curves-cnn is a 404 JSON: that training recorded no history', async () => {
    const res = await fetch(`${svc.url}/training-curves-cnn`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 'not_found' });
  });
});
