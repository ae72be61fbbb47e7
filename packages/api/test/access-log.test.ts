/** One access-log line per request, matched to the client's answer by X-Request-Id. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from './helpers/client.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

describe('access log and request ids', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({
      wrapStore: (store) => ({
        ...store,
        outfits: {
          ...store.outfits,
          list: async () => {
            throw new Error('the disk is on fire');
          },
        },
      }),
    });
  });
  afterAll(() => s.close());

  it('logs one line per request with the id echoed in X-Request-Id, and no token or query', async () => {
    const before = s.accessLog.length;
    const res = await call(s.url, 'GET', '/api/prendas?tipo=superior&q=hunter2', {
      token: 'eyJhbGciOi.token-value.sig',
    });
    expect(res.status).toBe(200);
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const lines = s.accessLog.slice(before);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^GET /api/prendas 200 [0-9.]+ms id=${id}$`));
    expect(lines[0]).not.toContain('hunter2');
    expect(lines[0]).not.toContain('token-value');
  });

  it('each request gets its own id; a plain incoming id is kept, a hostile one replaced', async () => {
    const a = await call(s.url, 'GET', '/api/health');
    const b = await call(s.url, 'GET', '/api/health');
    expect(a.headers.get('x-request-id')).not.toBe(b.headers.get('x-request-id'));
    const kept = await call(s.url, 'GET', '/api/health', {
      headers: { 'x-request-id': 'edge-req-12345678' },
    });
    expect(kept.headers.get('x-request-id')).toBe('edge-req-12345678');
    const forged = await call(s.url, 'GET', '/api/health', {
      headers: { 'x-request-id': 'x\r\ninjected: yes' + 'a'.repeat(10) },
    }).catch(() => null);
    if (forged) expect(forged.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const long = await call(s.url, 'GET', '/api/health', {
      headers: { 'x-request-id': 'a'.repeat(200) },
    });
    expect(long.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('errors: 4xx and 5xx carry the id in the header; 5xx bodies carry it as requestId', async () => {
    const missing = await call(s.url, 'GET', '/api/nothing');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-request-id')).toBeTruthy();
    const failed = await call(s.url, 'GET', '/api/outfits');
    expect(failed.status).toBe(500);
    const id = failed.headers.get('x-request-id');
    expect(failed.body).toEqual({
      error: 'internal server error',
      code: 'internal',
      requestId: id,
    });
    expect(s.accessLog.at(-1)).toMatch(new RegExp(`^GET /api/outfits 500 .* id=${id}$`));
  });
});
