/**
 * Rate limits that one client cannot dodge or turn against others: X-Forwarded-For is read from
 * the right (the client forges the left), failed logins are limited per address, and
 * /api/health and image reads are never limited.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { AuthError, type Authenticator } from '../src/index.ts';
import { call } from './helpers/client.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

const strict: Authenticator = {
  required: true,
  async authenticate(header) {
    if (header !== 'Bearer good') throw new AuthError('invalid token');
    return { userId: 'auth0|alice' };
  },
};

let s: TestServer | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

const from = (forwardedFor: string, token?: string) => ({
  headers: { 'x-forwarded-for': forwardedFor },
  ...(token ? { token } : {}),
});

describe('rate limits', () => {
  it('/api/health is never limited, and does not spend the budget of other routes', async () => {
    s = await startTestServer({ options: { rateLimit: { max: 2 } } });
    for (let i = 0; i < 6; i++) expect((await call(s.url, 'GET', '/api/health')).status).toBe(200);
    expect((await call(s.url, 'GET', '/api/prendas')).status).toBe(200);
    expect((await call(s.url, 'GET', '/api/prendas')).status).toBe(200);
    expect((await call(s.url, 'GET', '/api/prendas')).status).toBe(429);
    expect((await call(s.url, 'GET', '/api/health')).status).toBe(200);
  });

  it('image reads are not counted: a screen of thumbnails does not spend the API budget', async () => {
    s = await startTestServer({ options: { rateLimit: { max: 2 } } });
    for (let i = 0; i < 6; i++) {
      expect((await call(s.url, 'GET', `/api/images/${String(i).repeat(32)}.jpg`)).status).toBe(
        404,
      );
    }
    expect((await call(s.url, 'GET', '/api/prendas')).status).toBe(200);
    expect((await call(s.url, 'GET', '/api/prendas')).status).toBe(200);
    expect((await call(s.url, 'GET', '/api/prendas')).status).toBe(429);
  });

  it('behind one trusted proxy, the rightmost X-Forwarded-For entry is the client (the left is forged)', async () => {
    s = await startTestServer({ options: { trustProxy: 1, rateLimit: { max: 2 } } });
    const statuses = [];
    for (const forged of ['1.1.1.1', '2.2.2.2', '3.3.3.3']) {
      statuses.push((await call(s.url, 'GET', '/api/prendas', from(`${forged}, 10.0.0.7`))).status);
    }
    expect(statuses).toEqual([200, 200, 429]);
    // Another client behind the same proxy has its own budget.
    expect((await call(s.url, 'GET', '/api/prendas', from('10.0.0.8'))).status).toBe(200);
  });

  it('two trusted hops: the second entry from the right', async () => {
    s = await startTestServer({ options: { trustProxy: 2, rateLimit: { max: 1 } } });
    expect(
      (await call(s.url, 'GET', '/api/prendas', from('9.9.9.9, 10.0.0.7, 172.16.0.1'))).status,
    ).toBe(200);
    expect(
      (await call(s.url, 'GET', '/api/prendas', from('8.8.8.8, 10.0.0.7, 172.16.0.2'))).status,
    ).toBe(429);
    expect((await call(s.url, 'GET', '/api/prendas', from('10.0.0.9, 172.16.0.1'))).status).toBe(
      200,
    );
  });

  it('failed logins are limited per address (429 before the token is checked); others are not affected', async () => {
    s = await startTestServer({
      authenticator: strict,
      options: { trustProxy: 1, rateLimit: { authFailureMax: 3 } },
    });
    const attacker = (token: string) =>
      call(s!.url, 'GET', '/api/prendas', from('10.0.0.66', token));
    for (let i = 0; i < 3; i++) expect((await attacker(`guess-${i}`)).status).toBe(401);
    const limited = await attacker('guess-3');
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await attacker('good')).status).toBe(429);
    // A signed-in user at another address, and health, are untouched.
    expect((await call(s.url, 'GET', '/api/prendas', from('10.0.0.5', 'good'))).status).toBe(200);
    expect((await call(s.url, 'GET', '/api/health', from('10.0.0.66'))).status).toBe(200);
  });
});
