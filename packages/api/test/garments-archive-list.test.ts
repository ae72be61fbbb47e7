/**
 * Issue #15 over HTTP: archive/restore, GET /api/prendas paging (cursor), filters and search,
 * on a real SQLite file behind the real server. Garments are seeded through the store (no
 * photos needed for listing); every request goes through HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, type Garment } from '@fashion/core';
import { garmentFor, outfitFor } from '../../adapters/test/store-contract.ts';
import { ANONYMOUS_USER_ID } from '../src/index.ts';
import { call } from './helpers/client.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

type Page = { items: Garment[]; next: string | null; total?: number };

describe('garments: archive, paging, filters', () => {
  let s: TestServer;
  const me = ANONYMOUS_USER_ID;
  const ids: string[] = [];
  beforeAll(async () => {
    s = await startTestServer();
    const specs = [
      { marca: 'Loreak', etiquetas: ['oficina'], favorito: true },
      { marca: 'loreak', notas: 'Botones de nácar', lavado: 'para_lavar' as const },
      { material: '100% lana', temporadas: ['invierno' as const], talla: 'XL' },
      { etiquetas: ['viaje', 'oficina'] },
      { clase_nombre: 'Pants' as const, tipo: 'inferior' as const, color: 'negro' as const },
      {},
      { notas: '50%_off' },
    ];
    for (const spec of specs) ids.push((await s.store.garments.create(garmentFor(me, spec)))._id);
    // Someone else's garment never shows.
    await s.store.garments.create(garmentFor('someone-else', { marca: 'Loreak' }));
  });
  afterAll(() => s.close());

  const list = async (query = '') => {
    const r = await call<Garment[]>(s.url, 'GET', `/api/prendas${query}`);
    expect(r.status).toBe(200);
    return r.body.map((g) => g._id);
  };

  it('pages in a stable order with an opaque cursor, matching the bare list', async () => {
    const all = await list();
    expect(all).toEqual([...ids].reverse());
    const seen: string[] = [];
    let cursor: string | null = '';
    let pages = 0;
    while (cursor !== null) {
      const q: string = cursor ? `?limit=3&cursor=${cursor}` : '?limit=3';
      const r = await call<Page>(s.url, 'GET', `/api/prendas${q}`);
      expect(r.status).toBe(200);
      expect(r.body.items.length).toBeLessThanOrEqual(3);
      seen.push(...r.body.items.map((g) => g._id));
      cursor = r.body.next;
      pages += 1;
    }
    expect(pages).toBe(3);
    const first = await call<Page>(s.url, 'GET', '/api/prendas?limit=3&q=camiseta');
    expect(first.body.total).toBe(all.length - 1);
    expect(seen).toEqual(all);
  });

  it('filters and searches in the store', async () => {
    expect(await list('?marca=LOREAK')).toEqual([ids[1], ids[0]]);
    expect(await list('?etiqueta=oficina')).toEqual([ids[3], ids[0]]);
    expect(await list('?favorito=true')).toEqual([ids[0]]);
    expect(await list('?lavado=para_lavar')).toEqual([ids[1]]);
    expect(await list('?temporada=invierno')).toEqual([ids[2]]);
    expect(await list('?temporada=verano,invierno')).toEqual([ids[2]]);
    expect(await list('?temporada=verano,oto%C3%B1o')).toEqual([]);
    // Words in the names of class and colour, English or Spanish, and free text together.
    expect(await list('?q=pantal%C3%B3n%20black')).toEqual([ids[4]]);
    expect(await list('?q=trousers%20negro')).toEqual([ids[4]]);
    expect(await list('?q=camiseta%20lana')).toEqual([ids[2]]);
    expect(await list('?tipo=inferior&color=negro')).toEqual([ids[4]]);
    expect(await list('?q=n%C3%A1car')).toEqual([ids[1]]);
    expect(await list('?q=LANA')).toEqual([ids[2]]);
    expect(await list('?q=xl')).toEqual([ids[2]]);
    expect(await list('?q=viaje')).toEqual([ids[3]]);
    // `%` and `_` are literal characters, not wildcards.
    expect(await list('?q=50%25_')).toEqual([ids[6]]);
    expect(await list('?q=5_')).toEqual([]);
    const page = await call<Page>(s.url, 'GET', '/api/prendas?limit=1&marca=loreak');
    expect(page.body.items.map((g) => g._id)).toEqual([ids[1]]);
    // The first page counts the whole filtered list; the next ones do not count again.
    expect(page.body.total).toBe(2);
    const next = await call<Page>(
      s.url,
      'GET',
      `/api/prendas?limit=1&marca=loreak&cursor=${page.body.next}`,
    );
    expect(next.body).toEqual({ items: [expect.objectContaining({ _id: ids[0] })], next: null });
  });

  it('answers 400 JSON with a code for bad list queries', async () => {
    for (const q of [
      '?limit=0',
      '?limit=abc',
      '?limit=201',
      '?cursor=nope',
      '?estado=rota',
      '?favorito=yes',
      '?colour=rojo',
      '?temporada=verano,nunca',
      '?temporada=',
    ]) {
      const r = await call(s.url, 'GET', `/api/prendas${q}`);
      expect(r.status, q).toBe(400);
      expect(r.body.code, q).toBe(q === '?colour=rojo' ? 'unknown_field' : 'bad_request');
    }
  });

  it('archives and restores: archived garments leave the list, saved outfits keep them', async () => {
    const outfit = await s.store.outfits.create(
      outfitFor(me, { superior_id: ids[5]!, zapatos_id: ids[3]! }),
    );
    const archived = await call<Garment>(s.url, 'POST', `/api/prendas/${ids[5]}/archivar`, {
      json: { motivo: 'donada', fecha: '2026-01-02' },
    });
    expect(archived.status).toBe(200);
    expect(archived.body).toMatchObject({
      estado: 'archivada',
      motivo_archivo: 'donada',
      fecha_archivo: '2026-01-02',
    });
    expect(await list()).not.toContain(ids[5]);
    expect(await list('?estado=archivada')).toEqual([ids[5]]);
    expect(await list('?estado=todas')).toContain(ids[5]);
    expect((await call(s.url, 'GET', `/api/prendas/${ids[5]}`)).status).toBe(200);
    expect(await s.store.outfits.get(me, outfit._id)).toEqual(outfit);

    const restored = await call<Garment>(s.url, 'POST', `/api/prendas/${ids[5]}/restaurar`);
    expect(restored.status).toBe(200);
    expect(restored.body.estado).toBe('activa');
    expect(restored.body).not.toHaveProperty('motivo_archivo');
    expect(restored.body).not.toHaveProperty('fecha_archivo');
    expect(await list()).toContain(ids[5]);
  });

  it('answers 400 for a bad archive body and 404 for another user’s or unknown garment', async () => {
    for (const json of [{}, { motivo: 'perdida' }, { motivo: 'rota', fecha: '02/01/2026' }]) {
      const r = await call(s.url, 'POST', `/api/prendas/${ids[0]}/archivar`, { json });
      expect(r.status, JSON.stringify(json)).toBe(400);
      expect(r.body).toMatchObject({ code: 'bad_request' });
    }
    const foreign = await s.store.garments.create(garmentFor('someone-else'));
    for (const id of [foreign._id, newId()]) {
      const a = await call(s.url, 'POST', `/api/prendas/${id}/archivar`, {
        json: { motivo: 'rota' },
      });
      expect(a.status).toBe(404);
      expect(a.body).toMatchObject({ code: 'not_found' });
      expect((await call(s.url, 'POST', `/api/prendas/${id}/restaurar`)).status).toBe(404);
    }
    expect((await s.store.garments.get('someone-else', foreign._id))?.estado).toBe('activa');
  });
});
