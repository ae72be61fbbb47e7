/**
 * The calendar's plans over HTTP (/api/planes): plan from a saved outfit or a suggestion, list,
 * move, remove, mark worn (which logs the wear), suggestions that rotate and skip the laundry,
 * bad input and isolation between users.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    ['shirt', 'shirt-1.jpg', 'Shirt', alice],
    ['tee', 't-shirt-1.jpg', 'T-shirt', alice],
    ['pants', 'pants-1.jpg', 'Pants', alice],
    ['skirt', 'skirt-1.jpg', 'Skirt', alice],
    ['shoes', 'shoes-1.jpg', 'Shoes', alice],
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

describe('/api/planes', () => {
  it('plans a week from a saved outfit and a suggestion, lists, moves and removes', async () => {
    const saved = await call(s.url, 'POST', '/api/outfits/save', {
      token: alice,
      json: { superior_id: w.shirt, inferior_id: w.pants, zapatos_id: w.shoes },
    });
    const fromOutfit = await call(s.url, 'POST', '/api/planes', {
      token: alice,
      json: { fecha: day(1), outfit_id: saved.body._id, ocasion: 'trabajo' },
    });
    expect(fromOutfit.status).toBe(201);
    expect(fromOutfit.body).toMatchObject({
      fecha: day(1),
      outfit_id: saved.body._id,
      superior_id: w.shirt,
      zapatos_id: w.shoes,
      ocasion: 'trabajo',
    });
    expect(fromOutfit.body.prendas.superior._id).toBe(w.shirt);

    const sugg = await call(s.url, 'GET', `/api/planes/sugerencias?fecha=${day(2)}`, {
      token: alice,
    });
    expect(sugg.status).toBe(200);
    const pick = sugg.body[0];
    const fromSuggestion = await call(s.url, 'POST', '/api/planes', {
      token: alice,
      json: {
        fecha: day(2),
        superior_id: pick.superior_id._id,
        inferior_id: pick.inferior_id._id,
        zapatos_id: pick.zapatos_id._id,
      },
    });
    expect(fromSuggestion.status).toBe(201);

    const week = await call(s.url, 'GET', `/api/planes?desde=${day(0)}&hasta=${day(6)}`, {
      token: alice,
    });
    expect(week.body.map((p: { _id: string }) => p._id)).toEqual([
      fromOutfit.body._id,
      fromSuggestion.body._id,
    ]);

    const moved = await call(s.url, 'PATCH', `/api/planes/${fromOutfit.body._id}`, {
      token: alice,
      json: { fecha: day(5), nota: 'meeting' },
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ fecha: day(5), nota: 'meeting', ocasion: 'trabajo' });
    const after = await call(s.url, 'GET', `/api/planes?desde=${day(0)}&hasta=${day(6)}`, {
      token: alice,
    });
    expect(after.body.map((p: { fecha: string }) => p.fecha)).toEqual([day(2), day(5)]);

    for (const p of after.body) {
      expect((await call(s.url, 'DELETE', `/api/planes/${p._id}`, { token: alice })).status).toBe(
        200,
      );
    }
    expect((await call(s.url, 'GET', '/api/planes', { token: alice })).body).toEqual([]);
  });

  it('answers a repeated create with the same Idempotency-Key once', async () => {
    const req = {
      token: alice,
      json: { fecha: day(9), superior_id: w.shirt },
      headers: { 'idempotency-key': 'plan-k1' },
    };
    const first = await call(s.url, 'POST', '/api/planes', req);
    const again = await call(s.url, 'POST', '/api/planes', req);
    expect(first.status).toBe(201);
    expect(again.body).toEqual(first.body);
    const listed = await call(s.url, 'GET', `/api/planes?desde=${day(9)}&hasta=${day(9)}`, {
      token: alice,
    });
    expect(listed.body).toHaveLength(1);
    await call(s.url, 'DELETE', `/api/planes/${first.body._id}`, { token: alice });
  });

  it('marking today’s plan worn logs the wear; a plan for a day to come cannot be worn', async () => {
    const today = await call(s.url, 'POST', '/api/planes', {
      token: alice,
      json: { fecha: day(0), superior_id: w.tee, inferior_id: w.skirt, zapatos_id: w.shoes },
    });
    const worn = await call(s.url, 'POST', `/api/planes/${today.body._id}/worn`, { token: alice });
    expect(worn.status).toBe(201);
    expect(worn.body).toMatchObject({ fecha: day(0), prenda_ids: [w.tee, w.skirt, w.shoes] });
    const tee = await call(s.url, 'GET', `/api/prendas/${w.tee}`, { token: alice });
    expect(tee.body.ultimo_uso?.slice(0, 10)).toBe(day(0));

    const later = await call(s.url, 'POST', '/api/planes', {
      token: alice,
      json: { fecha: day(3), superior_id: w.tee, inferior_id: w.skirt, zapatos_id: w.shoes },
    });
    const early = await call(s.url, 'POST', `/api/planes/${later.body._id}/worn`, { token: alice });
    expect(early.status).toBe(400);
    expect(early.body.code).toBe('date_in_future');

    await call(s.url, 'DELETE', `/api/usos/${worn.body._id}`, { token: alice });
    await call(s.url, 'DELETE', `/api/planes/${today.body._id}`, { token: alice });
    await call(s.url, 'DELETE', `/api/planes/${later.body._id}`, { token: alice });
  });

  it('suggestions for a planned day rotate away from the week’s other plans', async () => {
    // The best top on a free day, planned the day before: the next day's first suggestion
    // takes the other top.
    const free = await call(s.url, 'GET', `/api/planes/sugerencias?fecha=${day(4)}&limit=5`, {
      token: alice,
    });
    expect(free.status).toBe(200);
    const best = free.body[0];
    const plan = await call(s.url, 'POST', '/api/planes', {
      token: alice,
      json: { fecha: day(3), superior_id: best.superior_id._id, inferior_id: best.inferior_id._id },
    });
    const near = await call(s.url, 'GET', `/api/planes/sugerencias?fecha=${day(4)}&limit=5`, {
      token: alice,
    });
    expect(near.status).toBe(200);
    expect(near.body[0].superior_id._id).not.toBe(best.superior_id._id);
    // A day far from that plan is free again.
    const far = await call(s.url, 'GET', `/api/planes/sugerencias?fecha=${day(20)}&limit=5`, {
      token: alice,
    });
    expect(far.body[0].superior_id._id).toBe(best.superior_id._id);
    await call(s.url, 'DELETE', `/api/planes/${plan.body._id}`, { token: alice });
  });

  it('refuses bad input and past days, and keeps users apart', async () => {
    for (const json of [
      { fecha: day(1) },
      { fecha: day(1), outfit_id: w.shirt, superior_id: w.shirt },
      { fecha: 'tomorrow', superior_id: w.shirt },
      { fecha: day(1), superior_id: 'x' },
      { fecha: day(1), superior_id: w.shirt, extra: true },
      { fecha: day(-3), superior_id: w.shirt },
      { fecha: day(1), superior_id: w.pants }, // a bottom in the top slot
    ]) {
      const res = await call(s.url, 'POST', '/api/planes', { token: alice, json });
      expect(res.status, JSON.stringify(json)).toBe(400);
    }
    expect(
      (
        await call(s.url, 'POST', '/api/planes', {
          token: alice,
          json: { fecha: day(1), superior_id: w.bobs },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call(s.url, 'POST', '/api/planes', {
          token: alice,
          json: { fecha: day(1), outfit_id: 'f'.repeat(24) },
        })
      ).status,
    ).toBe(404);
    expect(
      (await call(s.url, 'GET', '/api/planes/sugerencias?fecha=nope', { token: alice })).status,
    ).toBe(400);

    const mine = await call(s.url, 'POST', '/api/planes', {
      token: alice,
      json: { fecha: day(1), superior_id: w.shirt },
    });
    const id = mine.body._id;
    expect((await call(s.url, 'GET', `/api/planes/${id}`, { token: bob })).status).toBe(404);
    expect((await call(s.url, 'GET', '/api/planes', { token: bob })).body).toEqual([]);
    expect(
      (await call(s.url, 'PATCH', `/api/planes/${id}`, { token: bob, json: { fecha: day(2) } }))
        .status,
    ).toBe(404);
    expect((await call(s.url, 'POST', `/api/planes/${id}/worn`, { token: bob })).status).toBe(404);
    expect((await call(s.url, 'DELETE', `/api/planes/${id}`, { token: bob })).status).toBe(404);
    expect(
      (await call(s.url, 'PATCH', `/api/planes/${id}`, { token: alice, json: {} })).status,
    ).toBe(400);
    expect(
      (await call(s.url, 'PATCH', `/api/planes/${id}`, { token: alice, json: { fecha: day(-5) } }))
        .status,
    ).toBe(400);
    expect((await call(s.url, 'GET', `/api/planes/${id}`, { token: alice })).body.fecha).toBe(
      day(1),
    );
    await call(s.url, 'DELETE', `/api/planes/${id}`, { token: alice });
  });
});
