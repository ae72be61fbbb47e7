/** Export, import and insights need the caller's token and touch only the caller's wardrobe. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuth0Authenticator } from '@fashion/adapters/auth0/index.ts';
import { startTestTenant, type TestTenant } from '../../adapters/test/helpers/jwks-server.ts';
import { call, upload } from './helpers/client.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';
import { manifestOf } from './helpers/wardrobe-zip.ts';

let tenant: TestTenant;
let s: TestServer;
let alice: string;
let bob: string;

beforeAll(async () => {
  tenant = await startTestTenant();
  s = await startTestServer({
    authenticator: createAuth0Authenticator({
      domain: '127.0.0.1',
      audience: tenant.audience,
      issuer: tenant.issuer,
      jwksUri: tenant.jwksUri,
    }),
    options: { rateLimit: { authFailureMax: 0 } },
  });
  alice = await tenant.token('auth0|alice');
  bob = await tenant.token('google-oauth2|bob');
});
afterAll(async () => {
  await s.close();
  await tenant.close();
});

const exportAs = async (token: string) => {
  const res = await fetch(`${s.url}/api/export`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return new Uint8Array(await res.arrayBuffer());
};

describe('portability and insights are per user', () => {
  it('401 without a token; each export holds only its owner’s garments; import goes to the caller', async () => {
    for (const [method, path] of [
      ['GET', '/api/export'],
      ['POST', '/api/import'],
      ['GET', '/api/insights'],
    ] as const) {
      expect((await call(s.url, method, path)).status).toBe(401);
    }
    expect((await upload(s.url, 'shirt-1.jpg', undefined, alice)).status).toBe(201);
    expect(manifestOf(await exportAs(alice)).garments).toHaveLength(1);
    expect(manifestOf(await exportAs(bob)).garments).toHaveLength(0);

    const res = await fetch(`${s.url}/api/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${bob}`, 'content-type': 'application/zip' },
      body: (await exportAs(alice)) as Uint8Array<ArrayBuffer>,
    });
    expect(res.status).toBe(201);
    // Bob's copy is his own garment (the same photo in Alice's wardrobe is no duplicate of his).
    expect(((await res.json()) as { duplicates: number }).duplicates).toBe(0);
    expect(manifestOf(await exportAs(bob)).garments).toHaveLength(1);
    expect(manifestOf(await exportAs(alice)).garments).toHaveLength(1);
    expect((await call(s.url, 'GET', '/api/insights', { token: bob })).body.garments).toBe(1);
  }, 60_000);
});
