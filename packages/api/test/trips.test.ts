/**
 * Trips over HTTP (/api/viajes) on the real server, the Open-Meteo adapter and a provider-shaped
 * server on 127.0.0.1: create (idempotent), plan for the forecast or climate normals or by hand,
 * check-off that persists, swap a piece, a provider that fails, and isolation between users.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuth0Authenticator } from '@fashion/adapters/auth0/index.ts';
import { OpenMeteoForecast } from '@fashion/adapters/forecast-open-meteo/index.ts';
import { startTestTenant, type TestTenant } from '../../adapters/test/helpers/jwks-server.ts';
import {
  startFakeOpenMeteo,
  type FakeOpenMeteo,
} from '../../adapters/test/helpers/fake-open-meteo.ts';
import { call, upload, type Json } from './helpers/client.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

let tenant: TestTenant;
let provider: FakeOpenMeteo;
let s: TestServer;
let bare: TestServer;
let alice: string;
let bob: string;

const DAY_MS = 86_400_000;
const inDays = (n: number) => new Date(Date.now() + n * DAY_MS).toISOString().slice(0, 10);
const madrid = { name: 'Madrid', lat: 40.42, lon: -3.7 };
const trip = (from: number, days: number, extra: Record<string, unknown> = {}) => ({
  destino: madrid,
  desde: inDays(from),
  hasta: inDays(from + days - 1),
  dias: Array.from({ length: days }, (_, i) => ({
    fecha: inDays(from + i),
    actividades: i % 2 ? ['work', 'evening'] : ['casual'],
  })),
  ...extra,
});
const manual = (from: number, days: number) =>
  Array.from({ length: days }, (_, i) => ({
    fecha: inDays(from + i),
    temperatura: 15 + i,
    lluvia: i === 1,
  }));
const ids = (body: Json): string[] => Object.values(body.plan.packingList as Json).flat() as never;

beforeAll(async () => {
  tenant = await startTestTenant();
  provider = await startFakeOpenMeteo();
  const authenticator = createAuth0Authenticator({
    domain: '127.0.0.1',
    audience: tenant.audience,
    issuer: tenant.issuer,
    jwksUri: tenant.jwksUri,
  });
  s = await startTestServer({
    authenticator,
    forecast: new OpenMeteoForecast({
      forecastBaseUrl: provider.url,
      geocodingBaseUrl: provider.url,
      climateBaseUrl: provider.url,
      timeoutMs: 400,
      forecastTtlMs: 1,
      climateTtlMs: 1,
    }),
  });
  bare = await startTestServer({ authenticator });
  alice = await tenant.token('auth0|alice');
  bob = await tenant.token('auth0|bob');
  const wardrobe: [string, string, string][] = [
    ['shirt-1.jpg', 'Shirt', 'blanco'],
    ['shirt-2.jpg', 'Shirt', 'azul'],
    ['t-shirt-1.jpg', 'T-shirt', 'negro'],
    ['t-shirt-2.jpg', 'T-shirt', 'gris'],
    ['longsleeve-1.jpg', 'Longsleeve', 'beige'],
    ['pants-1.jpg', 'Pants', 'negro'],
    ['pants-2.jpg', 'Pants', 'azul'],
    ['shorts-1.jpg', 'Shorts', 'gris'],
    ['shoes-1.jpg', 'Shoes', 'negro'],
    ['shoes-2.jpg', 'Shoes', 'blanco'],
    ['outwear-1.jpg', 'Outwear', 'negro'],
  ];
  for (const server of [s, bare]) {
    for (const [file, clase, color] of wardrobe) {
      const res = await upload(server.url, file, { clase_nombre: clase, color }, alice);
      expect(res.status).toBe(201);
    }
  }
});
afterAll(async () => {
  await s.close();
  await bare.close();
  await provider.close();
  await tenant.close();
});

describe('/api/viajes', () => {
  it('creates a trip once per Idempotency-Key, fills days left out, lists and reads it', async () => {
    const headers = { 'idempotency-key': 'trip-create-1' };
    const body = trip(3, 4, { dias: [{ fecha: inDays(4), actividades: ['sport', 'sport'] }] });
    const first = await call(s.url, 'POST', '/api/viajes', { token: alice, json: body, headers });
    expect(first.status).toBe(201);
    const again = await call(s.url, 'POST', '/api/viajes', { token: alice, json: body, headers });
    expect(again.status).toBe(201);
    expect(again.body._id).toBe(first.body._id);
    expect(first.body).toMatchObject({ destino: madrid, lavanderia: false, marcados: [] });
    expect(first.body.plan).toBeUndefined();
    expect(first.body.dias.map((d: Json) => d.actividades)).toEqual([
      ['casual'],
      ['sport'],
      ['casual'],
      ['casual'],
    ]);
    const list = await call(s.url, 'GET', '/api/viajes', { token: alice });
    expect(list.body.filter((t: Json) => t._id === first.body._id)).toHaveLength(1);
    const one = await call(s.url, 'GET', `/api/viajes/${first.body._id}`, { token: alice });
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ _id: first.body._id, prendas: [] });
  });

  it('refuses bad input with 400 and a code', async () => {
    const post = (json: unknown) => call(s.url, 'POST', '/api/viajes', { token: alice, json });
    const backwards = await post({ ...trip(5, 2), desde: inDays(9), dias: undefined });
    expect([backwards.status, backwards.body.code]).toEqual([400, 'bad_request']);
    const long = await post({ ...trip(1, 1), hasta: inDays(60), dias: undefined });
    expect([long.status, long.body.code]).toEqual([400, 'trip_too_long']);
    const outside = await post({
      ...trip(1, 2),
      dias: [{ fecha: inDays(9), actividades: ['work'] }],
    });
    expect([outside.status, outside.body.code]).toEqual([400, 'bad_request']);
    const activity = await post({
      ...trip(1, 1),
      dias: [{ fecha: inDays(1), actividades: ['ski'] }],
    });
    expect([activity.status, activity.body.code]).toEqual([400, 'bad_request']);
    const noPlace = await post({ ...trip(1, 1), destino: { name: 'X', lat: 200, lon: 0 } });
    expect([noPlace.status, noPlace.body.code]).toEqual([400, 'bad_request']);
    const unknown = await post({ ...trip(1, 1), maleta: 'grande' });
    expect([unknown.status, unknown.body.code]).toEqual([400, 'unknown_field']);
    const bad = await call(s.url, 'GET', '/api/viajes/nope', { token: alice });
    expect(bad.status).toBe(400);
  });

  it('plans a 5-day trip from the forecast: every day dressed, list = union, greedy size beside it', async () => {
    const created = await call(s.url, 'POST', '/api/viajes', { token: alice, json: trip(1, 5) });
    const res = await call(s.url, 'POST', `/api/viajes/${created.body._id}/planificar`, {
      token: alice,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const plan = res.body.plan;
    expect(plan.days.map((d: Json) => d.date)).toEqual([1, 2, 3, 4, 5].map(inDays));
    for (const d of plan.days) {
      expect(d.source).toBe('forecast');
      expect(d.outfits.length + d.uncovered.length).toBeGreaterThan(0);
      for (const o of d.outfits) expect(o.reasons.length).toBeGreaterThan(0);
    }
    const used = new Set(
      plan.days.flatMap((d: Json) => d.outfits.flatMap((o: Json) => o.garmentIds)),
    );
    expect(ids(res.body).sort()).toEqual([...used].sort());
    expect(plan.suitcaseSize).toBe(used.size);
    // The greedy baseline's size is reported beside it (the compact rule is not always smaller).
    expect(plan.greedySize).toBeGreaterThan(0);
    expect(res.body.prendas.map((g: Json) => g._id).sort()).toEqual([...used].sort());
    // Stored: a later read answers the same plan.
    const again = await call(s.url, 'GET', `/api/viajes/${created.body._id}`, { token: alice });
    expect(again.body.plan).toEqual(plan);
  });

  it('beyond the forecast horizon the days come from the climate normals', async () => {
    const created = await call(s.url, 'POST', '/api/viajes', { token: alice, json: trip(40, 2) });
    const res = await call(s.url, 'POST', `/api/viajes/${created.body._id}/planificar`, {
      token: alice,
      json: {},
    });
    expect(res.status).toBe(200);
    expect(res.body.plan.days.map((d: Json) => d.source)).toEqual(['climate', 'climate']);
  });

  it('a failing or missing provider is 503 forecast_unavailable; manual temperatures still plan', async () => {
    const created = await call(s.url, 'POST', '/api/viajes', { token: alice, json: trip(2, 3) });
    const id = created.body._id;
    provider.behave({ kind: 'status', status: 500 });
    try {
      const down = await call(s.url, 'POST', `/api/viajes/${id}/planificar`, { token: alice });
      expect([down.status, down.body.code]).toEqual([503, 'forecast_unavailable']);
    } finally {
      provider.behave({ kind: 'ok' });
    }
    const onBare = await call(bare.url, 'POST', '/api/viajes', { token: alice, json: trip(2, 3) });
    const none = await call(bare.url, 'POST', `/api/viajes/${onBare.body._id}/planificar`, {
      token: alice,
    });
    expect([none.status, none.body.code]).toEqual([503, 'forecast_unavailable']);
    const short = await call(bare.url, 'POST', `/api/viajes/${onBare.body._id}/planificar`, {
      token: alice,
      json: { manual: manual(2, 2) },
    });
    expect([short.status, short.body.code]).toEqual([400, 'bad_request']);
    const byHand = await call(bare.url, 'POST', `/api/viajes/${onBare.body._id}/planificar`, {
      token: alice,
      json: { manual: manual(2, 3) },
    });
    expect(byHand.status).toBe(200);
    expect(byHand.body.plan.days.map((d: Json) => [d.source, d.temperature, d.rain])).toEqual([
      ['manual', 15, false],
      ['manual', 16, true],
      ['manual', 17, false],
    ]);
  });

  it('checks items off (persisted), refuses items not in the list and unplanned trips', async () => {
    const created = await call(s.url, 'POST', '/api/viajes', { token: alice, json: trip(1, 3) });
    const id = created.body._id;
    const early = await call(s.url, 'PATCH', `/api/viajes/${id}/lista`, {
      token: alice,
      json: { prenda_id: '0'.repeat(24), marcado: true },
    });
    expect([early.status, early.body.code]).toEqual([409, 'trip_not_planned']);
    const planned = await call(s.url, 'POST', `/api/viajes/${id}/planificar`, {
      token: alice,
      json: { manual: manual(1, 3) },
    });
    const [a, b] = ids(planned.body);
    for (const g of [a, b]) {
      const res = await call(s.url, 'PATCH', `/api/viajes/${id}/lista`, {
        token: alice,
        json: { prenda_id: g, marcado: true },
      });
      expect(res.status).toBe(200);
    }
    const read = await call(s.url, 'GET', `/api/viajes/${id}`, { token: alice });
    expect(read.body.marcados).toEqual([a, b].sort());
    const off = await call(s.url, 'PATCH', `/api/viajes/${id}/lista`, {
      token: alice,
      json: { prenda_id: a, marcado: false },
    });
    expect(off.body.marcados).toEqual([b]);
    const stranger = await call(s.url, 'PATCH', `/api/viajes/${id}/lista`, {
      token: alice,
      json: { prenda_id: 'f'.repeat(24), marcado: true },
    });
    expect([stranger.status, stranger.body.code]).toEqual([400, 'not_in_trip']);
  });

  it('swaps a piece of one day: the other days stay; the same input gives the same plan', async () => {
    const twins = [];
    for (let i = 0; i < 2; i++) {
      const t = await call(s.url, 'POST', '/api/viajes', { token: alice, json: trip(1, 4) });
      await call(s.url, 'POST', `/api/viajes/${t.body._id}/planificar`, {
        token: alice,
        json: { manual: manual(1, 4) },
      });
      twins.push(t.body._id as string);
    }
    const before = (await call(s.url, 'GET', `/api/viajes/${twins[0]}`, { token: alice })).body;
    const day = before.plan.days[1];
    const outfit = day.outfits[0];
    const swap = { fecha: day.date, actividad: outfit.activity, prenda_id: outfit.garmentIds[0] };
    const answers = [];
    for (const id of twins) {
      const res = await call(s.url, 'POST', `/api/viajes/${id}/cambiar`, {
        token: alice,
        json: swap,
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      answers.push(res.body.plan);
    }
    const after = answers[0];
    expect(answers[1]).toEqual(after);
    expect(after.days[1].outfits[0].garmentIds).not.toContain(swap.prenda_id);
    expect(after.days[1].outfits[0].reasons[0].code).toBe('trip_swap');
    for (const i of [0, 2, 3]) expect(after.days[i]).toEqual(before.plan.days[i]);
    const used = new Set(
      after.days.flatMap((d: Json) => d.outfits.flatMap((o: Json) => o.garmentIds)),
    );
    expect(Object.values(after.packingList).flat().sort()).toEqual([...used].sort());
    // The piece is no longer in that outfit: a repeat is refused.
    const repeat = await call(s.url, 'POST', `/api/viajes/${twins[0]}/cambiar`, {
      token: alice,
      json: swap,
    });
    expect([repeat.status, repeat.body.code]).toEqual([400, 'not_in_trip']);
  });

  it('PATCH changes the inputs and drops the plan; DELETE removes the trip', async () => {
    const created = await call(s.url, 'POST', '/api/viajes', { token: alice, json: trip(1, 2) });
    const id = created.body._id;
    await call(s.url, 'POST', `/api/viajes/${id}/planificar`, {
      token: alice,
      json: { manual: manual(1, 2) },
    });
    const res = await call(s.url, 'PATCH', `/api/viajes/${id}`, {
      token: alice,
      json: { hasta: inDays(3), lavanderia: true },
    });
    expect(res.status).toBe(200);
    expect(res.body.plan).toBeUndefined();
    expect(res.body).toMatchObject({ hasta: inDays(3), lavanderia: true });
    expect(res.body.dias.map((d: Json) => d.fecha)).toEqual([1, 2, 3].map(inDays));
    expect(res.body.dias[1].actividades).toEqual(['work', 'evening']);
    const shorter = await call(s.url, 'PATCH', `/api/viajes/${id}`, {
      token: alice,
      json: { hasta: inDays(2) },
    });
    expect(shorter.status).toBe(200);
    expect(shorter.body.dias.map((d: Json) => d.fecha)).toEqual([1, 2].map(inDays));
    const empty = await call(s.url, 'PATCH', `/api/viajes/${id}`, { token: alice, json: {} });
    expect(empty.status).toBe(400);
    const del = await call(s.url, 'DELETE', `/api/viajes/${id}`, { token: alice });
    expect(del.body).toEqual({ deleted: id });
    expect((await call(s.url, 'GET', `/api/viajes/${id}`, { token: alice })).status).toBe(404);
  });

  it('another user can neither see nor change a trip; no token is 401', async () => {
    const created = await call(s.url, 'POST', '/api/viajes', { token: alice, json: trip(1, 2) });
    const id = created.body._id;
    const planned = await call(s.url, 'POST', `/api/viajes/${id}/planificar`, {
      token: alice,
      json: { manual: manual(1, 2) },
    });
    const g = ids(planned.body)[0];
    const d = planned.body.plan.days[0];
    const attempts = [
      call(s.url, 'GET', `/api/viajes/${id}`, { token: bob }),
      call(s.url, 'PATCH', `/api/viajes/${id}`, { token: bob, json: { lavanderia: true } }),
      call(s.url, 'POST', `/api/viajes/${id}/planificar`, { token: bob }),
      call(s.url, 'PATCH', `/api/viajes/${id}/lista`, {
        token: bob,
        json: { prenda_id: g, marcado: true },
      }),
      call(s.url, 'POST', `/api/viajes/${id}/cambiar`, {
        token: bob,
        json: {
          fecha: d.date,
          actividad: d.outfits[0].activity,
          prenda_id: d.outfits[0].garmentIds[0],
        },
      }),
      call(s.url, 'DELETE', `/api/viajes/${id}`, { token: bob }),
    ];
    for (const res of await Promise.all(attempts)) expect(res.status).toBe(404);
    expect((await call(s.url, 'GET', '/api/viajes', { token: bob })).body).toEqual([]);
    expect((await call(s.url, 'GET', '/api/viajes')).status).toBe(401);
    const mine = await call(s.url, 'GET', `/api/viajes/${id}`, { token: alice });
    expect(mine.body.plan).toEqual(planned.body.plan);
    expect(mine.body.marcados).toEqual([]);
  });
});
