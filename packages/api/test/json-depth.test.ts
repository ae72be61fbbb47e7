/**
 * A few MB of nested arrays must not freeze the server: the body is refused (400 body_too_deep)
 * while it is still arriving, and /api/health keeps answering meanwhile.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JsonDepthScanner } from '../src/http/json-guard.ts';
import { call } from './helpers/client.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

interface Answer {
  status: number;
  body: { code?: string };
}

/**
 * Sends `head` (most of a nested-array body) with a Content-Length promising `tail` too, and
 * holds `tail` back: the server must answer without the whole body. `release()` sends the rest.
 */
function holdBackAttack(path: string, head: string, tail: string) {
  const url = new URL(path, s.url);
  const req = request(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(head) + Buffer.byteLength(tail)),
    },
  });
  // The server may close the socket once it has answered: writing the rest then fails.
  req.on('error', () => {});
  req.on('socket', (socket) => socket.on('error', () => {}));
  const answer = new Promise<Answer>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      res.on('error', reject);
    });
  });
  req.write(head);
  return { answer, release: () => req.end(tail) };
}

describe('deeply nested JSON', () => {
  for (const [path, field] of [
    ['/api/prendas/auto', 'imagen_base64'],
    ['/api/classify/vit-base64', 'imageDataUrl'],
  ] as const) {
    it(`${path}: 6 MB of nested arrays → 400 body_too_deep before the body is complete, health answers`, async () => {
      const levels = 3_000_000;
      const attack = holdBackAttack(
        path,
        `{"${field}":${'['.repeat(levels)}`,
        `${']'.repeat(levels)}}`,
      );
      let outstanding = true;
      void attack.answer.finally(() => (outstanding = false));
      const health = await call(s.url, 'GET', '/api/health');
      expect(health.status).toBe(200);
      // Without the scan the server waits for the whole body here (and then blocks for seconds).
      const answer = await attack.answer;
      expect(answer).toMatchObject({ status: 400, body: { code: 'body_too_deep' } });
      expect(outstanding).toBe(false);
      attack.release();
      expect((await call(s.url, 'GET', '/api/health')).status).toBe(200);
    });
  }

  it('health answers while a complete deep body is being refused', async () => {
    const levels = 3_000_000;
    const attack = holdBackAttack(
      '/api/prendas/auto',
      '',
      `{"imagen_base64":${'['.repeat(levels)}${']'.repeat(levels)}}`,
    );
    attack.release();
    const healthWhileOutstanding: number[] = [];
    let outstanding = true;
    const done = attack.answer.finally(() => (outstanding = false));
    while (outstanding) {
      const h = await call(s.url, 'GET', '/api/health');
      if (outstanding) healthWhileOutstanding.push(h.status);
    }
    expect(await done).toMatchObject({ status: 400, body: { code: 'body_too_deep' } });
    expect(healthWhileOutstanding.every((st) => st === 200)).toBe(true);
  });

  it('legitimate bodies still parse: depth within the limit, brackets inside strings ignored', async () => {
    const scanner = new JsonDepthScanner(3);
    expect(scanner.feed(Buffer.from('{"a":[{"b":"[[[[[[\\"[[["}]'))).toBe(true);
    expect(scanner.feed(Buffer.from('}'))).toBe(true);
    expect(new JsonDepthScanner(3).feed(Buffer.from('[[[['))).toBe(false);
    // Split across chunks, inside a string with an escaped quote.
    const split = new JsonDepthScanner(1);
    expect(split.feed(Buffer.from('["\\'))).toBe(true);
    expect(split.feed(Buffer.from('"[[[", "x"]'))).toBe(true);
    const res = await call(s.url, 'PUT', '/api/me/preferences', {
      json: { colores: ['azul'], estilo: 'elegante' },
    });
    expect(res.status).toBe(200);
  });
});
