/**
 * The wear log over HTTP (/api/usos): log, history, "I wore this instead", undo, the derived
 * `ultimo_uso`, the saved outfit's "worn", and isolation between users (Auth0 tokens, local JWKS).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wornAt } from '@fashion/core';
import { createAuth0Authenticator } from '@fashion/adapters/auth0/index.ts';
import { startTestTenant, type TestTenant } from '../../adapters/test/helpers/jwks-server.ts';
import { call, upload } from './helpers/client.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

let tenant: TestTenant;
let s: TestServer;
let alice: string;
let bob: string;
const w: Record<string, string> = {};

const day = (offset: number) => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};
const lastWorn = async (id: string, token = alice) =>
  (await call(s.url, 'GET', `/api/prendas/${id}`, { token })).body.ultimo_uso;

beforeAll(async () => {
  tenant = await startTestTenant();
  s = await startTestServer({
    authenticator: createAuth0Authenticator({
      domain: '127.0.0.1',
      audience: tenant.audience,
      issuer: tenant.issuer,
      jwksUri: tenant.jwksUri,
    }),
  });
  alice = await tenant.token('auth0|alice');
  bob = await tenant.token('auth0|bob');
  const items: [string, string, string, string][] = [
    ['top', 'shirt-1.jpg', 'Shirt', alice],
    ['pants', 'pants-1.jpg', 'Pants', alice],
    ['shoes', 'shoes-1.jpg', 'Shoes', alice],
    ['tee', 't-shirt-1.jpg', 'T-shirt', alice],
    ['bobs', 'shirt-2.jpg', 'Shirt', bob],
  ];
  for (const [name, file, clase, token] of items) {
    const res = await upload(s.url, file, { clase_nombre: clase, color: 'negro' }, token);
    expect(res.status).toBe(201);
    w[name] = res.body._id;
  }
});
afterAll(async () => {
  await s.close();
  await tenant.close();
});

describe('/api/usos', () => {
  it('logs a past day, lists it, derives ultimo_uso, and undo moves it back', async () => {
    const older = await call(s.url, 'POST', '/api/usos', {
      token: alice,
      json: { fecha: day(-10), prenda_ids: [w.top, w.pants], nota: 'office' },
    });
    expect(older.status).toBe(201);
    expect(older.body).toMatchObject({
      fecha: day(-10),
      prenda_ids: [w.top, w.pants],
      nota: 'office',
    });
    expect(older.body.prendas.map((g: { _id: string }) => g._id)).toEqual([w.top, w.pants]);
    expect(await lastWorn(w.top!)).toBe(wornAt(day(-10)));

    const newer = await call(s.url, 'POST', '/api/usos', {
      token: alice,
      json: { fecha: day(-2), prenda_ids: [w.top] },
    });
    expect(newer.status).toBe(201);
    expect(await lastWorn(w.top!)).toBe(wornAt(day(-2)));

    const range = await call(s.url, 'GET', `/api/usos?desde=${day(-10)}&hasta=${day(-2)}`, {
      token: alice,
    });
    expect(range.body.map((x: { _id: string }) => x._id)).toEqual([newer.body._id, older.body._id]);
    const ofPants = await call(s.url, 'GET', `/api/usos?prenda=${w.pants}`, { token: alice });
    expect(ofPants.body.map((x: { _id: string }) => x._id)).toEqual([older.body._id]);

    const undo = await call(s.url, 'DELETE', `/api/usos/${newer.body._id}`, { token: alice });
    expect(undo.status).toBe(200);
    expect(await lastWorn(w.top!)).toBe(wornAt(day(-10)));
    expect(
      (await call(s.url, 'DELETE', `/api/usos/${newer.body._id}`, { token: alice })).status,
    ).toBe(404);
    await call(s.url, 'DELETE', `/api/usos/${older.body._id}`, { token: alice });
    expect(await lastWorn(w.top!)).toBeUndefined();
  });

  it('today (no fecha) carries the time of logging; a double POST logs once', async () => {
    const t0 = Date.now();
    const body = { prenda_ids: [w.tee, w.pants] };
    const first = await call(s.url, 'POST', '/api/usos', { token: alice, json: body });
    expect(first.status).toBe(201);
    expect(Date.parse(await lastWorn(w.tee!))).toBeGreaterThanOrEqual(t0 - 1000);
    // The same garments again that day (order aside): the first wear answers, nothing new.
    const again = await call(s.url, 'POST', '/api/usos', {
      token: alice,
      json: { prenda_ids: [w.pants, w.tee] },
    });
    expect(again.status).toBe(200);
    expect(again.body._id).toBe(first.body._id);
    // And with an Idempotency-Key, the repeat is the first answer itself.
    const keyed = {
      token: alice,
      json: { fecha: day(-5), prenda_ids: [w.tee] },
      headers: { 'idempotency-key': 'wear-k1' },
    };
    const k1 = await call(s.url, 'POST', '/api/usos', keyed);
    const k2 = await call(s.url, 'POST', '/api/usos', keyed);
    expect(k1.status).toBe(201);
    expect(k2.status).toBe(201);
    expect(k2.body).toEqual(k1.body);
    const all = await call(s.url, 'GET', `/api/usos?prenda=${w.tee}`, { token: alice });
    expect(all.body).toHaveLength(2);
    for (const x of all.body) await call(s.url, 'DELETE', `/api/usos/${x._id}`, { token: alice });
  });

  it('refuses days to come (date_in_future) and bad input, naming the problem', async () => {
    const future = await call(s.url, 'POST', '/api/usos', {
      token: alice,
      json: { fecha: day(2), prenda_ids: [w.top] },
    });
    expect(future.status).toBe(400);
    expect(future.body.code).toBe('date_in_future');
    for (const json of [
      {},
      { prenda_ids: [] },
      { prenda_ids: ['nope'] },
      { fecha: '2026-02-30', prenda_ids: [w.top] },
      { fecha: '06/12/2026', prenda_ids: [w.top] },
      { prenda_ids: [w.top], outfit_id: w.top },
      { prenda_ids: [w.top], extra: 1 },
      { prenda_ids: [w.top], nota: 'x'.repeat(501) },
    ]) {
      const res = await call(s.url, 'POST', '/api/usos', { token: alice, json });
      expect(res.status, JSON.stringify(json)).toBe(400);
      expect(['bad_request', 'unknown_field']).toContain(res.body.code);
    }
    expect((await call(s.url, 'GET', '/api/usos?desde=2026-13-01', { token: alice })).status).toBe(
      400,
    );
    expect(
      (await call(s.url, 'GET', `/api/usos?desde=${day(0)}&hasta=${day(-1)}`, { token: alice }))
        .status,
    ).toBe(400);
    expect((await call(s.url, 'GET', '/api/usos?foo=1', { token: alice })).status).toBe(400);
    expect((await call(s.url, 'GET', '/api/usos')).status).toBe(401);
    expect(await call(s.url, 'GET', `/api/usos?prenda=${w.top}`, { token: alice })).toMatchObject({
      body: [],
    });
  });

  it('keeps users apart: another user’s garments are 404, their wears invisible', async () => {
    const foreign = await call(s.url, 'POST', '/api/usos', {
      token: alice,
      json: { prenda_ids: [w.top, w.bobs] },
    });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error).toContain(w.bobs);
    expect(await lastWorn(w.top!)).toBeUndefined(); // nothing half-logged

    const mine = await call(s.url, 'POST', '/api/usos', {
      token: alice,
      json: { fecha: day(-1), prenda_ids: [w.top] },
    });
    const id = mine.body._id;
    expect((await call(s.url, 'GET', `/api/usos/${id}`, { token: bob })).status).toBe(404);
    expect((await call(s.url, 'GET', '/api/usos', { token: bob })).body).toEqual([]);
    expect((await call(s.url, 'DELETE', `/api/usos/${id}`, { token: bob })).status).toBe(404);
    expect(
      (
        await call(s.url, 'PATCH', `/api/usos/${id}`, {
          token: bob,
          json: { prenda_ids: [w.bobs] },
        })
      ).status,
    ).toBe(404);
    // Alice cannot swap in Bob's garment either.
    expect(
      (
        await call(s.url, 'PATCH', `/api/usos/${id}`, {
          token: alice,
          json: { prenda_ids: [w.bobs] },
        })
      ).status,
    ).toBe(404);
    expect((await call(s.url, 'GET', `/api/usos/${id}`, { token: alice })).body.prenda_ids).toEqual(
      [w.top],
    );
    await call(s.url, 'DELETE', `/api/usos/${id}`, { token: alice });
  });

  it('“I wore this instead” replaces the day’s garments and re-derives ultimo_uso', async () => {
    const wear = await call(s.url, 'POST', '/api/usos', {
      token: alice,
      json: { fecha: day(-3), prenda_ids: [w.top, w.pants] },
    });
    const res = await call(s.url, 'PATCH', `/api/usos/${wear.body._id}`, {
      token: alice,
      json: { prenda_ids: [w.tee, w.pants], nota: 'changed at noon' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      fecha: day(-3),
      prenda_ids: [w.tee, w.pants],
      nota: 'changed at noon',
    });
    expect(await lastWorn(w.top!)).toBeUndefined();
    expect(await lastWorn(w.tee!)).toBe(wornAt(day(-3)));
    expect(
      (
        await call(s.url, 'PATCH', `/api/usos/${wear.body._id}`, {
          token: alice,
          json: { fecha: day(-4), prenda_ids: [w.top] },
        })
      ).status,
    ).toBe(400);
    await call(s.url, 'DELETE', `/api/usos/${wear.body._id}`, { token: alice });
  });

  it('a wear whose garments were all deleted leaves the history', async () => {
    const g = (await upload(s.url, 'hat-1.jpg', { clase_nombre: 'Hat', color: 'negro' }, alice))
      .body;
    const both = await call(s.url, 'POST', '/api/usos', {
      token: alice,
      json: { fecha: day(-6), prenda_ids: [g._id, w.top] },
    });
    const alone = await call(s.url, 'POST', '/api/usos', {
      token: alice,
      json: { fecha: day(-7), prenda_ids: [g._id] },
    });
    expect((await call(s.url, 'DELETE', `/api/prendas/${g._id}`, { token: alice })).status).toBe(
      200,
    );
    const list = await call(s.url, 'GET', `/api/usos?desde=${day(-7)}&hasta=${day(-6)}`, {
      token: alice,
    });
    expect(list.body.map((x: { _id: string }) => x._id)).toEqual([both.body._id]);
    expect(list.body[0].prenda_ids).toEqual([w.top]);
    await call(s.url, 'DELETE', `/api/usos/${both.body._id}`, { token: alice });
    await call(s.url, 'DELETE', `/api/usos/${alone.body._id}`, { token: alice });
  });

  it('a saved outfit’s “worn” logs a wear of today, once, which undo removes', async () => {
    const saved = await call(s.url, 'POST', '/api/outfits/save', {
      token: alice,
      json: { superior_id: w.top, inferior_id: w.pants, zapatos_id: w.shoes },
    });
    const worn = await call(s.url, 'POST', `/api/outfits/${saved.body._id}/worn`, { token: alice });
    expect(worn.status).toBe(200);
    expect(worn.body.uso).toMatchObject({ outfit_id: saved.body._id, fecha: day(0) });
    const twice = await call(s.url, 'POST', `/api/outfits/${saved.body._id}/worn`, {
      token: alice,
    });
    expect(twice.body.uso._id).toBe(worn.body.uso._id);
    const outfit = await call(s.url, 'GET', `/api/outfits/${saved.body._id}`, { token: alice });
    expect(outfit.body.ultimo_uso).toBe(worn.body.ultimo_uso);
    expect(await lastWorn(w.shoes!)).toBe(worn.body.ultimo_uso);
    const today = await call(s.url, 'GET', `/api/usos?desde=${day(0)}&hasta=${day(0)}`, {
      token: alice,
    });
    expect(today.body).toHaveLength(1);
    await call(s.url, 'DELETE', `/api/usos/${worn.body.uso._id}`, { token: alice });
    expect(
      (await call(s.url, 'GET', `/api/outfits/${saved.body._id}`, { token: alice })).body
        .ultimo_uso,
    ).toBeUndefined();
    expect(await lastWorn(w.shoes!)).toBeUndefined();
    expect(
      (await call(s.url, 'POST', `/api/outfits/${saved.body._id}/worn`, { token: bob })).status,
    ).toBe(404);
    await call(s.url, 'DELETE', `/api/outfits/${saved.body._id}`, { token: alice });
  });
});
