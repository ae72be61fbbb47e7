/**
 * Heavy routes admit a bounded number of requests: the surplus is answered 503 busy with
 * Retry-After before its body is read, and nothing admitted is lost.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Admission } from '../src/http/admission.ts';
import { call, photo, uploadForm } from './helpers/client.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

describe('Admission', () => {
  it('runs maxInFlight, queues maxQueued, refuses the rest; a release admits the next', async () => {
    const a = new Admission({ maxInFlight: 1, maxQueued: 1, retryAfterSeconds: 1 });
    const first = await a.enter()!;
    const second = a.enter()!;
    expect(a.enter()).toBeNull();
    expect({ running: a.running, queued: a.queued }).toEqual({ running: 1, queued: 1 });
    first();
    first(); // releasing twice frees one slot only
    const release2 = await second;
    expect({ running: a.running, queued: a.queued }).toEqual({ running: 1, queued: 0 });
    release2();
    expect(a.running).toBe(0);
  });

  it('in poll mode (the edge) a waiter takes a freed slot itself, and newcomers queue behind it', async () => {
    const a = new Admission({ maxInFlight: 1, maxQueued: 1, retryAfterSeconds: 1, poll: 5 });
    const first = await a.enter()!;
    const second = a.enter()!;
    expect(a.enter()).toBeNull();
    expect({ running: a.running, queued: a.queued }).toEqual({ running: 1, queued: 1 });
    first();
    // The slot is free but still promised to the waiter: a newcomer may not take it.
    expect(a.running).toBe(0);
    expect(a.enter()).toBeNull();
    const release2 = await second;
    expect({ running: a.running, queued: a.queued }).toEqual({ running: 1, queued: 0 });
    release2();
    expect(a.running).toBe(0);
  });
});

/** A multipart upload whose last bytes are held back until release(). */
async function slowUpload(base: string) {
  const form = uploadForm(photo('shirt-1.jpg'), { clase_nombre: 'Shirt', color: 'azul' });
  const probe = new Response(form);
  const type = probe.headers.get('content-type')!;
  const body = Buffer.from(await probe.arrayBuffer());
  const req = request(new URL('/api/prendas/upload', base), {
    method: 'POST',
    headers: { 'content-type': type, 'content-length': String(body.length) },
  });
  const answer = new Promise<number>((resolve, reject) => {
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
  });
  req.write(body.subarray(0, body.length - 10));
  return { answer, release: () => req.end(body.subarray(body.length - 10)) };
}

describe('heavy routes under a burst', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({
      options: { admission: { maxInFlight: 1, maxQueued: 1, retryAfterSeconds: 3 } },
    });
  });
  afterAll(() => s.close());

  it('one runs, one waits, the third is 503 busy with Retry-After; light routes still answer', async () => {
    const running = await slowUpload(s.url);
    // Let the first request take its slot before the others arrive.
    await new Promise((r) => setTimeout(r, 100));
    const queued = await slowUpload(s.url);
    await new Promise((r) => setTimeout(r, 100));
    const refused = await call(s.url, 'POST', '/api/prendas/upload', {
      form: uploadForm(photo('shirt-1.jpg'), { clase_nombre: 'Shirt', color: 'azul' }),
    });
    expect(refused.status).toBe(503);
    expect(refused.body.code).toBe('busy');
    expect(refused.headers.get('retry-after')).toBe('3');
    const classify = await call(s.url, 'POST', '/api/classify', {
      form: uploadForm(photo('shirt-1.jpg')),
    });
    expect(classify).toMatchObject({ status: 503, body: { code: 'busy' } });
    expect((await call(s.url, 'GET', '/api/prendas')).status).toBe(200);

    queued.release();
    running.release();
    expect(await running.answer).toBe(201);
    expect(await queued.answer).toBe(201);
    // Nothing lost, nothing extra: the two admitted uploads are stored, the refused one is not.
    expect(s.counts()).toMatchObject({ garments: 2, files: 4 });
    const again = await call(s.url, 'POST', '/api/prendas/upload', {
      form: uploadForm(photo('shirt-1.jpg'), { clase_nombre: 'Shirt', color: 'azul' }),
    });
    expect(again.status).toBe(201);
  });
});
