import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClassificationSchema } from '@fashion/core';
import { PHOTOS, REPO, imageForm, startService, type RunningService } from './helpers.ts';

const photo = (name: string) => new Uint8Array(readFileSync(join(PHOTOS, name)));

/** A small real PNG whose header claims `width`×`height` (a decompression bomb's signature). */
async function pngClaiming(width: number, height: number): Promise<Uint8Array> {
  const png = new Uint8Array(
    await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } })
      .png()
      .toBuffer(),
  );
  const view = new DataView(png.buffer, png.byteOffset);
  view.setUint32(16, width); // IHDR data starts at byte 16
  view.setUint32(20, height);
  view.setUint32(29, crc32(png.subarray(12, 29))); // CRC over "IHDR" + 13 data bytes
  return png;
}

let svc: RunningService;
beforeAll(async () => {
  svc = await startService({}, { corsOrigins: ['https://app.example.com'] });
});
afterAll(() => svc.close());

const post = (path: string, body: RequestInit['body'], headers?: Record<string, string>) =>
  fetch(`${svc.url}${path}`, { method: 'POST', body, headers });

describe('ML service contract', () => {
  it('GET / describes the service', async () => {
    const res = await fetch(`${svc.url}/`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ service: 'fashion-ai-ml', models: { cnn: true, vit: true } });
  });

  it('GET /health tells which models are loaded', async () => {
    const res = await fetch(`${svc.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: 'ok',
      model_loaded: true,
      models: { cnn: { loaded: true, file: 'cnn.onnx' }, vit: { loaded: true, file: 'vit.onnx' } },
      load: { active: 0, queued: 0 },
    });
  });

  it.each([
    ['/classify', 'cnn'],
    ['/classify-vit', 'vit'],
  ])('POST %s classifies the multipart field imagen', async (path, model) => {
    const res = await post(path, imageForm(photo('outwear-2.jpg')));
    expect(res.status).toBe(200);
    const body = ClassificationSchema.parse(await res.json());
    expect(body).toMatchObject({ model, model_file: `${model}.onnx`, color: 'rojo' });
    expect(body.color_hex).toMatch(/^#[0-9a-f]{6}$/);
    expect(body.top3).toHaveLength(3);
  });

  it('classifies an iPhone HEIC', async () => {
    const heic = new Uint8Array(readFileSync(join(REPO, 'fixtures/heic/pants-1.heic')));
    const res = await post('/classify', imageForm(heic, 'imagen', 'IMG_0001.HEIC'));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { color: string }).color).toBe('azul');
  });

  it.each([
    ['/metrics', 'cnn'],
    ['/metrics-vit', 'vit'],
  ])('GET %s returns the metrics JSON', async (path, model) => {
    const res = await fetch(`${svc.url}${path}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ model, accuracy: expect.any(Number) });
  });

  it.each(['/confusion-matrix', '/confusion-matrix-vit'])('GET %s returns a PNG', async (path) => {
    const res = await fetch(`${svc.url}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  });

  it('sends CORS headers for an allowed origin only', async () => {
    const ok = await fetch(`${svc.url}/health`, { headers: { origin: 'https://app.example.com' } });
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    const other = await fetch(`${svc.url}/health`, { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers unknown routes with a JSON 404', async () => {
    const res = await fetch(`${svc.url}/nope`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'not found: GET /nope', code: 'not_found' });
  });
});

describe('bad input: a clear 4xx, and the service stays up', () => {
  const cases: [string, () => Promise<Response>, number, RegExp][] = [
    ['no body', () => post('/classify', ''), 400, /multipart\/form-data/],
    [
      'JSON instead of multipart',
      () => post('/classify', '{"imagen":"x"}', { 'content-type': 'application/json' }),
      400,
      /multipart/,
    ],
    [
      'the wrong field name',
      async () => post('/classify', imageForm(photo('hat-1.jpg'), 'image')),
      400,
      /field "imagen" \(got: image\)/,
    ],
    [
      'a text field instead of a file',
      async () => {
        const form = new FormData();
        form.append('imagen', 'not a file');
        return post('/classify', form);
      },
      400,
      /field "imagen"/,
    ],
    ['a zero-byte file', () => post('/classify', imageForm(new Uint8Array(0))), 400, /empty/],
    [
      'a text file',
      () => post('/classify', imageForm(new TextEncoder().encode('just some text, no pixels'))),
      400,
      /not a supported image/,
    ],
    [
      'a truncated JPEG',
      () => post('/classify-vit', imageForm(photo('dress-2.jpg').subarray(0, 3000))),
      400,
      /could not be decoded/,
    ],
    [
      'a JPEG header with garbage after it',
      () =>
        post(
          '/classify',
          imageForm(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new Array(200).fill(7)])),
        ),
      400,
      /could not be decoded/,
    ],
    [
      'huge dimensions (a 20000×20000 PNG)',
      async () =>
        post('/classify', imageForm(await pngClaiming(20000, 20000), 'imagen', 'huge.png')),
      413,
      /too large/,
    ],
    [
      'an 11 MB upload',
      () => post('/classify', imageForm(new Uint8Array(11 * 1024 * 1024).fill(1))),
      413,
      /too large/,
    ],
  ];

  it.each(cases)('%s', async (_what, send, status, message) => {
    const res = await send();
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await res.json()) as { error: string };
    expect(body.error).toMatch(message);
    const health = await fetch(`${svc.url}/health`);
    expect(health.status).toBe(200);
  });
});

describe('models by name', () => {
  it.each(['cnn', 'vit'])('POST /classify/%s: multipart, or the raw image body', async (model) => {
    const multipart = await post(`/classify/${model}`, imageForm(photo('outwear-2.jpg')));
    expect(multipart.status).toBe(200);
    const a = ClassificationSchema.parse(await multipart.json());
    const raw = await post(
      `/classify/${model}`,
      photo('outwear-2.jpg') as Uint8Array<ArrayBuffer>,
      {
        'content-type': 'image/jpeg',
      },
    );
    expect(raw.status).toBe(200);
    const b = ClassificationSchema.parse(await raw.json());
    expect(b).toEqual(a);
    expect(b.model).toBe(model);
    // Where the time went, as the service saw it: the body read within the classification,
    // within the handler's total.
    const dur = (name: string) =>
      Number(
        raw.headers.get('server-timing')?.match(new RegExp(`\\b${name};[^,]*dur=([\\d.]+)`))?.[1],
      );
    const [read, classify, total] = [dur('read'), dur('classify'), dur('total')];
    expect(read).toBeGreaterThanOrEqual(0);
    expect(classify).toBeGreaterThanOrEqual(read);
    expect(total).toBeGreaterThanOrEqual(classify);
  });

  it.each(['cnn', 'vit'])('GET /model/%s/metrics and /confusion-matrix', async (model) => {
    const metrics = await fetch(`${svc.url}/model/${model}/metrics`);
    expect(await metrics.json()).toMatchObject({ model });
    const png = await fetch(`${svc.url}/model/${model}/confusion-matrix`);
    expect(png.headers.get('content-type')).toBe('image/png');
  });

  it('an unknown model is a 404 naming the known ones', async () => {
    const res = await post('/classify/resnet', imageForm(photo('hat-1.jpg')));
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({
      code: 'not_found',
      error: expect.stringMatching(/"resnet".*cnn, vit/),
    });
    expect((await fetch(`${svc.url}/model/resnet/metrics`)).status).toBe(404);
  });

  it('a raw body over the limit is a 413', async () => {
    const res = await post('/classify/cnn', new Uint8Array(11 * 1024 * 1024).fill(1), {
      'content-type': 'image/jpeg',
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ code: 'image_too_large' });
  });
});

/** Sends headers and part of a body, then stalls (a slow upload); `abort` ends it. */
function stalledUpload(url: string): { response: Promise<number>; abort(): void } {
  const req = request(`${url}/classify`, {
    method: 'POST',
    headers: { 'content-type': 'image/jpeg', 'content-length': String(1024 * 1024) },
  });
  const response = new Promise<number>((resolve, reject) => {
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
  });
  response.catch(() => undefined); // aborting it is how the test ends it
  req.write(photo('hat-1.jpg').subarray(0, 1000));
  return { response, abort: () => req.destroy() };
}

describe('admission before reading', () => {
  it('refuses surplus requests with 503 busy before reading their bodies', async () => {
    const small = await startService({ maxInFlight: 1, maxQueue: 0 });
    const first = stalledUpload(small.url);
    try {
      // Wait until the first request holds the only slot (its body never completes).
      for (let i = 0; small.classifier.load.active === 0 && i < 600; i++) {
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(small.classifier.load.active).toBe(1);
      // The second upload stalls too: it is answered without its body being read.
      const second = stalledUpload(small.url);
      expect(await second.response).toBe(503);
      second.abort();
      const third = await fetch(`${small.url}/classify`, {
        method: 'POST',
        body: imageForm(photo('hat-1.jpg')),
      });
      expect(third.status).toBe(503);
      expect(third.headers.get('retry-after')).toBe('1');
      expect(await third.json()).toMatchObject({ code: 'busy' });
    } finally {
      first.abort();
      await small.close();
    }
  });
});

describe('a killed inference worker', () => {
  it('is replaced, and classification works again', async () => {
    const own = await startService();
    try {
      const send = () =>
        fetch(`${own.url}/classify`, { method: 'POST', body: imageForm(photo('hat-1.jpg')) });
      expect((await send()).status).toBe(200);
      const first = own.classifier.inferenceThread!;
      expect(await first.terminate()).toBe(1); // a real end of the thread, not a flag
      expect(own.classifier.isLoaded('cnn')).toBe(false);
      let health = await fetch(`${own.url}/health`);
      for (let i = 0; health.status !== 200 && i < 600; i++) {
        await health.arrayBuffer();
        await new Promise((r) => setTimeout(r, 100));
        health = await fetch(`${own.url}/health`);
      }
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', worker_restarts: 1 });
      expect(own.classifier.inferenceThread).not.toBe(first);
      const again = await send();
      expect(again.status).toBe(200);
      expect(ClassificationSchema.parse(await again.json()).model).toBe('cnn');
    } finally {
      await own.close();
    }
  });
});

describe('unavailable models and overload', () => {
  it('503 when the model is not loaded, and /health says which', async () => {
    const partial = await startService({ models: { cnn: join(REPO, 'no/such/cnn.onnx') } });
    try {
      const res = await fetch(`${partial.url}/classify`, {
        method: 'POST',
        body: imageForm(photo('hat-1.jpg')),
      });
      expect(res.status).toBe(503);
      expect(((await res.json()) as { error: string }).error).toMatch(/model cnn is not loaded/);
      const healthRes = await fetch(`${partial.url}/health`);
      expect(healthRes.status).toBe(503); // the container HEALTHCHECK must see it
      const health = (await healthRes.json()) as Record<string, unknown>;
      expect(health).toMatchObject({
        status: 'unavailable',
        model_loaded: false,
        models: { cnn: { loaded: false, error: expect.stringMatching(/not found/) } },
      });
      expect((await fetch(`${partial.url}/metrics`)).status).toBe(404);
    } finally {
      await partial.close();
    }
  });

  it('sheds load with 503 + Retry-After beyond its bounded queue, then recovers', async () => {
    const small = await startService({
      models: { cnn: svc.classifier.status()[0]!.path! },
      maxInFlight: 1,
      maxQueue: 1,
    });
    try {
      const big = new Uint8Array(
        await sharp(photo('outwear-2.jpg')).resize(1600, 1200).jpeg({ quality: 90 }).toBuffer(),
      );
      const responses = await Promise.all(
        Array.from({ length: 16 }, () =>
          fetch(`${small.url}/classify`, { method: 'POST', body: imageForm(big) }),
        ),
      );
      const statuses = responses.map((r) => r.status);
      const shed = responses.filter((r) => r.status === 503);
      expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(2);
      expect(shed.length).toBeGreaterThan(0);
      expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
      expect(shed[0]!.headers.get('retry-after')).toBe('1');
      expect(((await shed[0]!.json()) as { error: string }).error).toMatch(/busy/);
      await Promise.all(responses.map((r) => (r.bodyUsed ? null : r.arrayBuffer())));
      const after = await fetch(`${small.url}/classify`, { method: 'POST', body: imageForm(big) });
      expect(after.status).toBe(200);
    } finally {
      await small.close();
    }
  });
});
