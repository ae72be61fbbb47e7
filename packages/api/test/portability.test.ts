/**
 * Export and import over HTTP against real servers (SQLite file + image folder): the ZIP's
 * contents, a round trip into a fresh wardrobe, duplicates by image hash, and that a failed
 * import (a damaged entry, a full database, a failing write midway) leaves nothing behind.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqliteStore } from '@fashion/adapters/sqlite/index.ts';
import { fillSqlitePage } from '../../adapters/test/helpers/full-disk.ts';
import type { Store } from '../src/index.ts';
import { assertErrorBody, call, upload } from './helpers/client.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';
import {
  entries,
  fetchExport,
  manifestOf,
  normalisedWardrobe,
  postZip,
  rezip,
} from './helpers/wardrobe-zip.ts';

const USER = 'anonymous';
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

let source: TestServer;
let zip: Uint8Array;

beforeAll(async () => {
  source = await startTestServer();
  const ids: Record<string, string> = {};
  for (const [name, clase, color] of [
    ['shirt-1.jpg', 'Shirt', 'azul'],
    ['pants-1.jpg', 'Pants', 'negro'],
    ['shoes-1.jpg', 'Shoes', 'blanco'],
    ['dress-1.jpg', 'Dress', 'rojo'],
  ] as const) {
    const res = await upload(source.url, name, { clase_nombre: clase, color });
    expect(res.status).toBe(201);
    ids[clase] = res.body._id;
  }
  const saved = await call(source.url, 'POST', '/api/outfits/save', {
    json: {
      superior_id: ids.Shirt,
      inferior_id: ids.Pants,
      zapatos_id: ids.Shoes,
      nombre: 'Lunes',
    },
  });
  expect(saved.status).toBe(201);
  // A category on the shirt, two wears (one of the outfit) and two plans to come.
  const kimono = await call(source.url, 'POST', '/api/categorias', {
    json: { nombre: 'Kimono', rol: 'superior', icono: '👘' },
  });
  expect(kimono.status).toBe(201);
  const tagged = await call(source.url, 'PATCH', `/api/prendas/${ids.Shirt}`, {
    json: { categoria_id: kimono.body._id },
  });
  expect(tagged.status).toBe(200);
  for (const json of [
    { fecha: '2026-11-30', outfit_id: saved.body._id },
    { fecha: '2026-12-01', prenda_ids: [ids.Dress, ids.Shoes], nota: 'boda' },
  ]) {
    expect((await call(source.url, 'POST', '/api/usos', { json })).status).toBe(201);
  }
  const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  for (const json of [
    { fecha: day(3), outfit_id: saved.body._id },
    { fecha: day(4), vestido_id: ids.Dress, zapatos_id: ids.Shoes, ocasion: 'fiesta' },
  ]) {
    expect((await call(source.url, 'POST', '/api/planes', { json })).status).toBe(201);
  }
  // A planned trip with one item already in the suitcase (temperatures given: no forecast).
  const trip = await call(source.url, 'POST', '/api/viajes', {
    json: {
      destino: { name: 'Lisboa', lat: 38.72, lon: -9.13 },
      desde: day(10),
      hasta: day(11),
      dias: [day(10), day(11)].map((fecha) => ({ fecha, actividades: ['casual'] })),
    },
  });
  expect(trip.status).toBe(201);
  const planned = await call(source.url, 'POST', `/api/viajes/${trip.body._id}/planificar`, {
    json: { manual: [10, 11].map((n) => ({ fecha: day(n), temperatura: 20 })) },
  });
  expect(planned.status, JSON.stringify(planned.body)).toBe(200);
  const packed = Object.values(planned.body.plan.packingList as Record<string, string[]>).flat();
  expect(packed.length).toBeGreaterThan(0);
  const checked = await call(source.url, 'PATCH', `/api/viajes/${trip.body._id}/lista`, {
    json: { prenda_id: packed[0], marcado: true },
  });
  expect(checked.status).toBe(200);
  const prefs = await call(source.url, 'PUT', '/api/me/preferences', {
    json: { estilo: 'elegante', colores: ['azul'], nombre: 'Ana' },
  });
  expect(prefs.status).toBe(200);
  zip = await fetchExport(source.url);
}, 60_000);

afterAll(() => source.close());

describe('GET /api/export', () => {
  it('is one ZIP: a versioned wardrobe.json and every original image with its SHA-256', async () => {
    const files = entries(zip);
    const m = manifestOf(zip);
    expect(m).toMatchObject({ format: 'fashion-ai-export', version: 1 });
    expect(Date.parse(m.exported_at)).not.toBeNaN();
    expect(m.garments).toHaveLength(4);
    expect(m.outfits).toHaveLength(1);
    expect(m.outfits[0].nombre).toBe('Lunes');
    expect(m.preferences).toMatchObject({ estilo: 'elegante', colores: ['azul'], nombre: 'Ana' });
    expect(m.categories).toEqual([expect.objectContaining({ nombre: 'Kimono', rol: 'superior' })]);
    expect(m.categories[0].userId).toBeUndefined();
    const shirt = m.garments.find((g: { clase_nombre: string }) => g.clase_nombre === 'Shirt');
    expect(shirt.categoria_id).toBe(m.categories[0]._id);
    expect(m.wears).toHaveLength(2);
    expect(m.wears[0]).toMatchObject({ fecha: '2026-11-30', outfit_id: m.outfits[0]._id });
    expect(m.wears[1]).toMatchObject({ fecha: '2026-12-01', nota: 'boda' });
    expect(m.plans).toHaveLength(2);
    expect(m.plans[0].outfit_id).toBe(m.outfits[0]._id);
    expect(m.plans[1]).toMatchObject({ ocasion: 'fiesta' });
    expect(m.trips).toHaveLength(1);
    expect(m.trips[0]).toMatchObject({ destino: { name: 'Lisboa' }, lavanderia: false });
    expect(m.trips[0].userId).toBeUndefined();
    const garmentIds = new Set(m.garments.map((g: { _id: string }) => g._id));
    expect(m.trips[0].marcados.every((id: string) => garmentIds.has(id))).toBe(true);
    expect(m.trips[0].plan.suitcaseSize).toBeGreaterThan(0);
    const stored = await source.store.garments.list(USER);
    for (const g of m.garments) {
      expect(g.userId).toBeUndefined();
      expect(g.imagen_url).toBeUndefined();
      const original = stored.find((s) => s._id === g._id)!;
      expect(g.image.path).toBe(`images/${original.image_key}`);
      const bytes = files[g.image.path]!;
      expect(sha(bytes)).toBe(g.image.sha256);
      expect(Buffer.from(bytes)).toEqual(
        Buffer.from((await source.images.get(original.image_key))!.body),
      );
      expect(files[g.thumbnail.path]).toBeDefined();
    }
    // Only the caller's wardrobe: 4 garments × (image + thumbnail) + wardrobe.json.
    expect(Object.keys(files)).toHaveLength(9);
  });
});

describe('POST /api/import', () => {
  it('round-trips into a fresh wardrobe and back: the same garments, images, outfits, preferences, categories, wears, plans, trips', async () => {
    const target = await startTestServer();
    try {
      const res = await postZip(target.url, zip);
      expect(res.status).toBe(201);
      expect(await res.json()).toEqual({
        imported: {
          garments: 4,
          outfits: 1,
          preferences: 1,
          categories: 1,
          wears: 2,
          plans: 2,
          trips: 1,
        },
        duplicates: 0,
      });
      const want = await normalisedWardrobe(source.store, source.images, USER);
      expect(want.categories).toHaveLength(1);
      expect(want.wears).toHaveLength(2);
      expect(want.plans).toHaveLength(2);
      expect(await normalisedWardrobe(target.store, target.images, USER)).toEqual(want);
      // New ids: the outfit, wears, plans and categories point at the target's rows.
      const [outfit] = await target.store.outfits.list(USER);
      const targetGarments = await target.store.garments.list(USER);
      const targetIds = new Set(targetGarments.map((g) => g._id));
      expect(targetIds.has(outfit!.superior_id!)).toBe(true);
      const [category] = await target.store.categories.list(USER);
      expect(targetGarments.find((g) => g.clase_nombre === 'Shirt')!.categoria_id).toBe(
        category!._id,
      );
      const wears = await target.store.wears.list(USER, {});
      expect(wears.flatMap((w) => w.prenda_ids).every((id) => targetIds.has(id))).toBe(true);
      expect(wears.find((w) => w.fecha === '2026-11-30')!.outfit_id).toBe(outfit!._id);
      const plans = await target.store.plans.list(USER, {});
      expect(plans[0]!.outfit_id).toBe(outfit!._id);
      expect(targetIds.has(plans[1]!.vestido_id!)).toBe(true);
      const [trip] = await target.store.trips.list(USER);
      expect(trip!.marcados).toHaveLength(1);
      const packed = Object.values(trip!.plan!.packingList).flat();
      expect(packed.every((id) => targetIds.has(id))).toBe(true);
      expect(packed).toContain(trip!.marcados[0]);
      // And back: the target's export imported into another fresh wardrobe is the same again.
      const again = await startTestServer();
      try {
        expect((await postZip(again.url, await fetchExport(target.url))).status).toBe(201);
        expect(await normalisedWardrobe(again.store, again.images, USER)).toEqual(want);
      } finally {
        await again.close();
      }
    } finally {
      await target.close();
    }
  }, 60_000);

  it('into a non-empty wardrobe: garments with the same photo are not added twice', async () => {
    const target = await startTestServer();
    try {
      expect(
        (await upload(target.url, 'hat-1.jpg', { clase_nombre: 'Hat', color: 'gris' })).status,
      ).toBe(201);
      expect((await postZip(target.url, zip)).status).toBe(201);
      const before = target.counts();
      expect(before).toMatchObject({ garments: 5, outfits: 1, profiles: 1 });
      const res = await postZip(target.url, zip);
      expect(res.status).toBe(201);
      expect(await res.json()).toEqual({
        imported: {
          garments: 0,
          outfits: 0,
          preferences: 0,
          categories: 0,
          wears: 0,
          plans: 0,
          trips: 0,
        },
        duplicates: 4,
      });
      expect(target.counts()).toEqual(before);
      expect(await target.store.categories.list(USER)).toHaveLength(1);
      expect(await target.store.wears.list(USER, {})).toHaveLength(2);
      expect(await target.store.plans.list(USER, {})).toHaveLength(2);
    } finally {
      await target.close();
    }
  }, 60_000);

  it('accepts the ZIP as multipart "file", and replays an Idempotency-Key without importing twice', async () => {
    const target = await startTestServer();
    try {
      const form = () => {
        const f = new FormData();
        f.append(
          'file',
          new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
          'w.zip',
        );
        return f;
      };
      const send = () =>
        fetch(`${target.url}/api/import`, {
          method: 'POST',
          headers: { 'idempotency-key': 'import-1' },
          body: form(),
        });
      const first = await send();
      expect(first.status).toBe(201);
      const summary = await first.json();
      const counts = target.counts();
      const second = await send();
      expect(second.status).toBe(201);
      expect(await second.json()).toEqual(summary);
      expect(target.counts()).toEqual(counts);
    } finally {
      await target.close();
    }
  }, 60_000);

  it('a damaged image entry midway: 400 naming it, and nothing is stored', async () => {
    const target = await startTestServer();
    try {
      const m = manifestOf(zip);
      const damaged = rezip(zip, (files) => {
        const bytes = files[m.garments[2].image.path]!;
        const i = bytes.length >> 1;
        bytes[i] = bytes[i]! ^ 0xff;
      });
      const res = await postZip(target.url, damaged);
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: string; code: string };
      assertErrorBody(400, body);
      expect(body.error).toContain(m.garments[2].image.path);
      expect(target.counts()).toEqual({ garments: 0, outfits: 0, profiles: 0, files: 0 });
    } finally {
      await target.close();
    }
  });

  it('refuses what is not an export: 400/415 with a code, nothing stored', async () => {
    const target = await startTestServer();
    try {
      const cases: [Uint8Array | string, string, number][] = [
        [new Uint8Array([1, 2, 3]), 'application/zip', 400],
        [rezip(zip, (f) => delete f['wardrobe.json']), 'application/zip', 400],
        [
          rezip(zip, (f) => {
            f['wardrobe.json'] = new TextEncoder().encode(
              '{"format":"fashion-ai-export","version":9}',
            );
          }),
          'application/zip',
          400,
        ],
        [
          rezip(zip, (f) => {
            const m = JSON.parse(new TextDecoder().decode(f['wardrobe.json']));
            m.outfits[0].zapatos_id = '0123456789abcdef01234567';
            f['wardrobe.json'] = new TextEncoder().encode(JSON.stringify(m));
          }),
          'application/zip',
          400,
        ],
        ['{}', 'application/json', 415],
      ];
      for (const [body, type, status] of cases) {
        const res = await fetch(`${target.url}/api/import`, {
          method: 'POST',
          headers: { 'content-type': type },
          body,
        });
        expect(res.status).toBe(status);
        assertErrorBody(status, await res.json());
      }
      expect(target.counts()).toEqual({ garments: 0, outfits: 0, profiles: 0, files: 0 });
    } finally {
      await target.close();
    }
  });

  it('a ZIP over the limit: 413 JSON', async () => {
    const target = await startTestServer({ options: { maxImportBytes: zip.length >> 1 } });
    try {
      const res = await postZip(target.url, zip);
      expect(res.status).toBe(413);
      const body = (await res.json()) as { error: string; code: string };
      assertErrorBody(413, body);
      expect(body.code).toBe('body_too_large');
    } finally {
      await target.close();
    }
  });

  it('a full database (max_page_count): 507, and the images already written are removed', async () => {
    let store: SqliteStore | undefined;
    const target = await startTestServer({
      wrapStore: (st) => {
        store = st as SqliteStore;
        return st;
      },
    });
    try {
      expect(
        (await upload(target.url, 'hat-1.jpg', { clase_nombre: 'Hat', color: 'gris' })).status,
      ).toBe(201);
      fillSqlitePage(store!.connection);
      const before = target.counts();
      const res = await postZip(target.url, zip);
      expect(res.status).toBe(507);
      expect(((await res.json()) as { code: string }).code).toBe('storage_full');
      expect(target.counts()).toEqual(before);
    } finally {
      await target.close();
    }
  });

  it('a write failing midway (the third garment row): every row and image written is taken back', async () => {
    let creates = 0;
    const target = await startTestServer({
      wrapStore: (st): Store => ({
        ...st,
        garments: {
          ...st.garments,
          list: st.garments.list.bind(st.garments),
          get: st.garments.get.bind(st.garments),
          delete: st.garments.delete.bind(st.garments),
          create: async (g) => {
            if (++creates === 3) throw new Error('disk went away');
            return st.garments.create(g);
          },
        },
      }),
    });
    try {
      const res = await postZip(target.url, zip);
      expect(res.status).toBe(500);
      expect(creates).toBe(3);
      expect(target.counts()).toEqual({ garments: 0, outfits: 0, profiles: 0, files: 0 });
    } finally {
      await target.close();
    }
  });

  it('a ZIP of the version before categories, wears, plans and trips travelled still imports', async () => {
    const target = await startTestServer();
    try {
      const old = rezip(zip, (f) => {
        const m = JSON.parse(new TextDecoder().decode(f['wardrobe.json']));
        delete m.categories;
        delete m.wears;
        delete m.plans;
        delete m.trips;
        f['wardrobe.json'] = new TextEncoder().encode(JSON.stringify(m));
      });
      const res = await postZip(target.url, old);
      expect(res.status).toBe(201);
      expect(await res.json()).toEqual({
        imported: {
          garments: 4,
          outfits: 1,
          preferences: 1,
          categories: 0,
          wears: 0,
          plans: 0,
          trips: 0,
        },
        duplicates: 0,
      });
      // The shirt's category id pointed at nothing in that file: the garment keeps its class only.
      const garments = await target.store.garments.list(USER);
      expect(garments.every((g) => !g.categoria_id)).toBe(true);
    } finally {
      await target.close();
    }
  }, 60_000);

  it('wears, plans and garments pointing outside the file: 400 naming the entry, nothing stored', async () => {
    const target = await startTestServer();
    try {
      const stranger = '0123456789abcdef01234567';
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- wardrobe.json as parsed
      const cases: [(m: any) => void, string][] = [
        [(m) => (m.wears[1].prenda_ids[0] = stranger), 'wears.1.prenda_ids.0'],
        [(m) => (m.wears[0].outfit_id = stranger), 'wears.0.outfit_id'],
        [(m) => (m.plans[1].vestido_id = stranger), 'plans.1.vestido_id'],
        [(m) => (m.plans[0].outfit_id = stranger), 'plans.0.outfit_id'],
        [(m) => (m.garments[0].categoria_id = stranger), 'garments.0.categoria_id'],
        [(m) => m.categories.push({ ...m.categories[0], _id: stranger }), 'comes twice'],
      ];
      for (const [change, where] of cases) {
        const bad = rezip(zip, (f) => {
          const m = JSON.parse(new TextDecoder().decode(f['wardrobe.json']));
          change(m);
          f['wardrobe.json'] = new TextEncoder().encode(JSON.stringify(m));
        });
        const res = await postZip(target.url, bad);
        expect(res.status).toBe(400);
        const body = (await res.json()) as { error: string; code: string };
        assertErrorBody(400, body);
        expect(body.error).toContain(where);
      }
      expect(target.counts()).toEqual({ garments: 0, outfits: 0, profiles: 0, files: 0 });
      expect(await target.store.categories.list(USER)).toEqual([]);
    } finally {
      await target.close();
    }
  });

  it('a wear failing to be written: categories, garments, outfits, wears and images are all taken back', async () => {
    let wearCreates = 0;
    const target = await startTestServer({
      wrapStore: (st): Store => ({
        ...st,
        wears: {
          ...st.wears,
          list: st.wears.list.bind(st.wears),
          delete: st.wears.delete.bind(st.wears),
          create: async (w) => {
            if (++wearCreates === 2) throw new Error('disk went away');
            return st.wears.create(w);
          },
        },
      }),
    });
    try {
      const res = await postZip(target.url, zip);
      expect(res.status).toBe(500);
      expect(wearCreates).toBe(2);
      expect(target.counts()).toEqual({ garments: 0, outfits: 0, profiles: 0, files: 0 });
      expect(await target.store.categories.list(USER)).toEqual([]);
      expect(await target.store.wears.list(USER, {})).toEqual([]);
    } finally {
      await target.close();
    }
  });
});
