import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuth0Authenticator } from '@fashion/adapters/auth0/index.ts';
import { startTestTenant, type TestTenant } from '../../adapters/test/helpers/jwks-server.ts';
import { call, photo, upload, uploadForm } from './helpers/client.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

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
    // Dozens of deliberate 401s from one address: failed-login limiting is tested elsewhere.
    options: { rateLimit: { authFailureMax: 0 } },
  });
  alice = await tenant.token('auth0|alice', { claims: { email: 'alice@example.com' } });
  bob = await tenant.token('google-oauth2|bob');
});
afterAll(async () => {
  await s.close();
  await tenant.close();
});

const ID = 'a'.repeat(24);
const PROTECTED: [string, string][] = [
  ['GET', '/api/prendas'],
  ['GET', '/api/prendas/filter?type=superior'],
  ['GET', `/api/prendas/${ID}`],
  ['PATCH', `/api/prendas/${ID}`],
  ['PUT', `/api/prendas/${ID}/ocasion`],
  ['DELETE', `/api/prendas/${ID}`],
  ['POST', '/api/prendas/upload'],
  ['POST', '/api/prendas/auto'],
  ['POST', '/api/classify'],
  ['POST', '/api/classify/vit'],
  ['POST', '/api/classify/vit-base64'],
  ['POST', '/api/outfits/save'],
  ['GET', '/api/outfits'],
  ['GET', `/api/outfits/${ID}`],
  ['DELETE', `/api/outfits/${ID}`],
  ['PATCH', `/api/outfits/${ID}`],
  ['POST', `/api/outfits/${ID}/worn`],
  ['POST', '/api/usos'],
  ['GET', '/api/usos'],
  ['PATCH', `/api/usos/${ID}`],
  ['DELETE', `/api/usos/${ID}`],
  ['POST', '/api/planes'],
  ['GET', '/api/planes'],
  ['GET', '/api/planes/sugerencias?fecha=2026-01-01'],
  ['PATCH', `/api/planes/${ID}`],
  ['DELETE', `/api/planes/${ID}`],
  ['POST', `/api/planes/${ID}/worn`],
  ['GET', '/api/me'],
  ['GET', '/api/me/preferences'],
  ['PUT', '/api/me/preferences'],
];

describe('authentication with Auth0 configured', () => {
  it('answers 401 JSON on every protected route without a valid token', async () => {
    const bad = {
      none: undefined,
      expired: await tenant.token('auth0|alice', { expiresIn: -300 }),
      'wrong audience': await tenant.token('auth0|alice', { audience: 'https://someone-else' }),
      'wrong issuer': await tenant.token('auth0|alice', { issuer: 'https://evil.example/' }),
      'unknown key': await tenant.foreignToken('auth0|alice', 'rotated-away'),
      'forged signature': await tenant.foreignToken('auth0|alice'),
      'alg none': tenant.noneToken('auth0|alice'),
      HS256: await tenant.hs256Token('auth0|alice'),
      garbage: 'x.y.z',
    };
    for (const [what, token] of Object.entries(bad)) {
      for (const [method, path] of PROTECTED) {
        const res = await call(s.url, method, path, {
          token,
          json: method === 'GET' || method === 'DELETE' ? undefined : {},
        });
        expect(res.status, `${what}: ${method} ${path}`).toBe(401);
        expect(res.body.error, `${what}: ${method} ${path}`).toMatch(/^unauthorized: /);
        expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      }
    }
  });

  it('rejects an upload without a token before storing anything', async () => {
    const res = await call(s.url, 'POST', '/api/prendas/upload', {
      form: uploadForm(photo('shirt-1.jpg'), { clase_nombre: 'Shirt', color: 'azul' }),
    });
    expect(res.status).toBe(401);
    expect(s.counts()).toMatchObject({ garments: 0, files: 0 });
  });

  it('keeps health, images, model transparency and the OpenAPI document public', async () => {
    expect((await call(s.url, 'GET', '/api/health')).body).toMatchObject({
      status: 'ok',
      auth: 'auth0',
    });
    expect((await call(s.url, 'GET', '/api/ml-health')).status).toBe(200);
    expect((await call(s.url, 'GET', '/api/openapi.json')).status).toBe(200);
    expect((await call(s.url, 'GET', '/api/model/metrics')).status).toBe(404); // no classifier, but not 401
    expect((await call(s.url, 'GET', `/api/images/${'0'.repeat(32)}.webp`)).status).toBe(404);
  });

  it('identifies the caller by the token subject', async () => {
    const me = await call(s.url, 'GET', '/api/me', { token: alice });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      userId: 'auth0|alice',
      email: 'alice@example.com',
      auth: 'auth0',
    });
    expect((await call(s.url, 'GET', '/api/me', { token: bob })).body.userId).toBe(
      'google-oauth2|bob',
    );
  });
});

describe('isolation: Bob can never see, change or use Alice’s things', () => {
  const a: Record<string, { _id: string; imagen_url: string; thumbnail_url: string }> = {};
  let outfitId: string;

  beforeAll(async () => {
    for (const [name, file, clase] of [
      ['top', 'shirt-1.jpg', 'Shirt'],
      ['pants', 'pants-1.jpg', 'Pants'],
      ['shoes', 'shoes-1.jpg', 'Shoes'],
    ] as const) {
      const res = await upload(
        s.url,
        file,
        { clase_nombre: clase, color: 'azul', ocasion: 'casual' },
        alice,
      );
      expect(res.status).toBe(201);
      a[name] = res.body;
    }
    const o = await call(s.url, 'POST', '/api/outfits/save', {
      token: alice,
      json: { superior_id: a.top!._id, inferior_id: a.pants!._id, zapatos_id: a.shoes!._id },
    });
    expect(o.status).toBe(201);
    outfitId = o.body._id;
    await call(s.url, 'PUT', '/api/me/preferences', { token: alice, json: { estilo: 'elegante' } });
  });

  it('garment routes: 404 for Bob, Alice’s data unchanged', async () => {
    const id = a.top!._id;
    const before = (await call(s.url, 'GET', `/api/prendas/${id}`, { token: alice })).body;
    expect((await call(s.url, 'GET', '/api/prendas', { token: bob })).body).toEqual([]);
    expect(
      (await call(s.url, 'GET', '/api/prendas/filter?type=superior', { token: bob })).body,
    ).toEqual([]);
    expect((await call(s.url, 'GET', `/api/prendas/${id}`, { token: bob })).status).toBe(404);
    expect(
      (await call(s.url, 'PATCH', `/api/prendas/${id}`, { token: bob, json: { color: 'rojo' } }))
        .status,
    ).toBe(404);
    expect(
      (
        await call(s.url, 'PUT', `/api/prendas/${id}/ocasion`, {
          token: bob,
          json: { ocasion: ['fiesta'] },
        })
      ).status,
    ).toBe(404);
    expect((await call(s.url, 'DELETE', `/api/prendas/${id}`, { token: bob })).status).toBe(404);
    expect((await call(s.url, 'GET', `/api/prendas/${id}`, { token: alice })).body).toEqual(before);
    expect(s.counts()).toMatchObject({ garments: 3, outfits: 1, files: 6 });
  });

  it('outfit routes: 404 for Bob, and Alice’s garments cannot go into Bob’s outfits', async () => {
    expect((await call(s.url, 'GET', '/api/outfits', { token: bob })).body).toEqual([]);
    expect((await call(s.url, 'GET', `/api/outfits/${outfitId}`, { token: bob })).status).toBe(404);
    expect((await call(s.url, 'DELETE', `/api/outfits/${outfitId}`, { token: bob })).status).toBe(
      404,
    );
    const renamedByBob = await call(s.url, 'PATCH', `/api/outfits/${outfitId}`, {
      token: bob,
      json: { nombre: 'Mine now' },
    });
    expect(renamedByBob.status).toBe(404);
    expect(
      (await call(s.url, 'GET', `/api/outfits/${outfitId}`, { token: alice })).body,
    ).not.toHaveProperty('nombre', 'Mine now');
    const wornByBob = await call(s.url, 'POST', `/api/outfits/${outfitId}/worn`, { token: bob });
    expect(wornByBob.status).toBe(404);
    expect(
      (await call(s.url, 'GET', `/api/prendas/${a.top!._id}`, { token: alice })).body,
    ).not.toHaveProperty('ultimo_uso');
    const stolen = await call(s.url, 'POST', '/api/outfits/save', {
      token: bob,
      json: { superior_id: a.top!._id, inferior_id: a.pants!._id, zapatos_id: a.shoes!._id },
    });
    expect(stolen.status).toBe(404);
    const bobShoes = (
      await upload(s.url, 'shoes-2.jpg', { clase_nombre: 'Shoes', color: 'negro' }, bob)
    ).body;
    const mixed = await call(s.url, 'POST', '/api/outfits/save', {
      token: bob,
      json: { superior_id: a.top!._id, inferior_id: a.pants!._id, zapatos_id: bobShoes._id },
    });
    expect(mixed.status).toBe(404);
    expect((await call(s.url, 'GET', `/api/outfits/${outfitId}`, { token: alice })).status).toBe(
      200,
    );
    expect(s.counts().outfits).toBe(1);
    // Bob deleting his own garment touches none of Alice's outfits.
    await call(s.url, 'DELETE', `/api/prendas/${bobShoes._id}`, { token: bob });
    expect(s.counts()).toMatchObject({ garments: 3, outfits: 1, files: 6 });
  });

  it('image listing: Bob’s wardrobe never lists Alice’s images', async () => {
    const bobTop = (
      await upload(s.url, 'shirt-2.jpg', { clase_nombre: 'Shirt', color: 'blanco' }, bob)
    ).body;
    const bobList = (await call(s.url, 'GET', '/api/prendas', { token: bob })).body as {
      imagen_url: string;
      thumbnail_url: string;
    }[];
    const bobUrls = bobList.flatMap((g) => [g.imagen_url, g.thumbnail_url]);
    expect(bobUrls).toEqual([bobTop.imagen_url, bobTop.thumbnail_url]);
    for (const g of Object.values(a)) {
      expect(bobUrls).not.toContain(g.imagen_url);
      expect(bobUrls).not.toContain(g.thumbnail_url);
    }
    await call(s.url, 'DELETE', `/api/prendas/${bobTop._id}`, { token: bob });
  });

  it('profiles are per user', async () => {
    // Never saved: nothing chosen ('' as the original answered).
    expect((await call(s.url, 'GET', '/api/me/preferences', { token: bob })).body.estilo).toBe('');
    await call(s.url, 'PUT', '/api/me/preferences', { token: bob, json: { estilo: 'colorido' } });
    expect((await call(s.url, 'GET', '/api/me/preferences', { token: alice })).body.estilo).toBe(
      'elegante',
    );
  });
});
