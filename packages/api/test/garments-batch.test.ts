/**
 * POST /api/prendas/batch over HTTP on a real SQLite file: all-or-nothing (a real failure of the
 * database in the middle of the batch leaves every garment as it was), ownership (404, nothing
 * changed), validation, Idempotency-Key, and delete removing the owned image files.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, type Garment } from '@fashion/core';
import { garmentFor } from '../../adapters/test/store-contract.ts';
import { ANONYMOUS_USER_ID } from '../src/index.ts';
import { call, upload } from './helpers/client.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

describe('POST /api/prendas/batch', () => {
  let s: TestServer;
  const me = ANONYMOUS_USER_ID;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  const seed = async (n: number, spec: Parameters<typeof garmentFor>[1] = {}) => {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) ids.push((await s.store.garments.create(garmentFor(me, spec)))._id);
    return ids;
  };
  const get = async (id: string) => (await s.store.garments.get(me, id))!;

  it('puts many garments in one of the caller’s categories, takes it off, and refuses another’s', async () => {
    const [a, b] = await seed(2, { etiquetas: ['oficina'] });
    const made = await call(s.url, 'POST', '/api/categorias', {
      json: { nombre: 'Kimonos', icono: '👘', rol: 'abrigo' },
    });
    expect(made.status).toBe(201);
    const cat = made.body._id as string;
    const put = await call(s.url, 'POST', '/api/prendas/batch', {
      json: { ids: [a, b], set: { categoria_id: cat, etiquetas_add: ['oficina', 'viaje'] } },
    });
    expect(put.status).toBe(200);
    for (const id of [a!, b!]) {
      expect(await get(id)).toMatchObject({ categoria_id: cat, etiquetas: ['oficina', 'viaje'] });
    }
    // A category id the caller does not have: 400, and nothing changes.
    const foreign = await call(s.url, 'POST', '/api/prendas/batch', {
      json: { ids: [a, b], set: { categoria_id: newId(), lavado: 'para_lavar' } },
    });
    expect(foreign.status).toBe(400);
    expect((await get(a!)).lavado).toBe('limpia');
    const off = await call(s.url, 'POST', '/api/prendas/batch', {
      json: { ids: [a], set: { categoria_id: null } },
    });
    expect(off.status).toBe(200);
    expect((await get(a!)).categoria_id).toBeUndefined();
    expect((await get(b!)).categoria_id).toBe(cat);
    // The review screen's "set garment": the type follows the class, which counts as confirmed.
    const classed = await call(s.url, 'POST', '/api/prendas/batch', {
      json: { ids: [a, b], set: { clase_nombre: 'Skirt' } },
    });
    expect(classed.status).toBe(200);
    expect(await get(a!)).toMatchObject({
      clase_nombre: 'Skirt',
      tipo: 'inferior',
      confirmado: true,
    });
  });

  it('sets fields, merges tags per garment, archives and restores', async () => {
    const [a, b] = await seed(2, { etiquetas: ['viejo', 'oficina'] });
    const r = await call(s.url, 'POST', '/api/prendas/batch', {
      json: {
        ids: [a, b, a],
        set: {
          lavado: 'para_lavar',
          favorito: true,
          temporadas: ['verano'],
          etiquetas_add: ['viaje'],
          etiquetas_remove: ['viejo'],
        },
      },
    });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ ids: [a, b], action: 'actualizar' });
    for (const id of [a!, b!]) {
      expect(await get(id)).toMatchObject({
        lavado: 'para_lavar',
        favorito: true,
        temporadas: ['verano'],
        etiquetas: ['oficina', 'viaje'],
      });
    }
    const archived = await call(s.url, 'POST', '/api/prendas/batch', {
      json: { ids: [a], action: 'archivar', motivo: 'vendida', fecha: '2026-02-03' },
    });
    expect(archived.status).toBe(200);
    expect(await get(a!)).toMatchObject({
      estado: 'archivada',
      motivo_archivo: 'vendida',
      fecha_archivo: '2026-02-03',
    });
    await call(s.url, 'POST', '/api/prendas/batch', { json: { ids: [a], action: 'restaurar' } });
    const restored = await get(a!);
    expect(restored.estado).toBe('activa');
    expect(restored).not.toHaveProperty('motivo_archivo');
  });

  it('changes nothing and answers 404 when one id is not the caller’s', async () => {
    const mine = await seed(2);
    const foreign = (await s.store.garments.create(garmentFor('someone-else')))._id;
    for (const other of [foreign, newId()]) {
      const r = await call(s.url, 'POST', '/api/prendas/batch', {
        json: { ids: [...mine, other], set: { lavado: 'para_lavar' } },
      });
      expect(r.status).toBe(404);
      expect(r.body).toMatchObject({ code: 'not_found' });
      const del = await call(s.url, 'POST', '/api/prendas/batch', {
        json: { ids: [...mine, other], action: 'eliminar' },
      });
      expect(del.status).toBe(404);
    }
    for (const id of mine) expect((await get(id)).lavado).toBe('limpia');
    expect((await s.store.garments.get('someone-else', foreign))?.lavado).toBe('limpia');
  });

  it('answers 400 JSON with a code for bad bodies, and refuses the whole batch when one garment would break a rule', async () => {
    const [a] = await seed(1);
    const full = await seed(1, { etiquetas: Array.from({ length: 30 }, (_, i) => `t${i}`) });
    for (const json of [
      {},
      { ids: [] },
      { ids: [a] },
      { ids: ['nope'], set: { lavado: 'limpia' } },
      { ids: Array.from({ length: 501 }, () => newId()), set: { favorito: true } },
      { ids: [a], set: { lavado: 'sucia' } },
      { ids: [a], set: { estado: 'archivada' } },
      { ids: [a], action: 'archivar' },
      { ids: [a], action: 'eliminar', set: { favorito: true } },
    ]) {
      const r = await call(s.url, 'POST', '/api/prendas/batch', { json });
      expect(r.status, JSON.stringify(json).slice(0, 80)).toBe(400);
      expect(r.body.code).toBeTypeOf('string');
    }
    const tooMany = await call(s.url, 'POST', '/api/prendas/batch', {
      json: { ids: [a, ...full], set: { favorito: true, etiquetas_add: ['one-more'] } },
    });
    expect(tooMany.status).toBe(400);
    expect((await get(a!)).favorito).toBe(false);
  });

  it('is all or nothing when the database fails in the middle of the batch', async () => {
    const ids = await seed(3);
    // A real failure inside SQLite: a trigger aborts the update of the last garment.
    const db = new Database(join(s.dir, 'fashion.db'));
    db.exec(
      `CREATE TRIGGER h1_fail BEFORE UPDATE ON garments WHEN NEW.id = '${ids[2]}' BEGIN SELECT RAISE(ABORT, 'injected'); END;`,
    );
    try {
      const r = await call(s.url, 'POST', '/api/prendas/batch', {
        json: { ids, set: { lavado: 'para_lavar', etiquetas_add: ['x'] } },
      });
      expect(r.status).toBe(500);
      for (const id of ids)
        expect(await get(id)).toMatchObject({ lavado: 'limpia', etiquetas: [] });
    } finally {
      db.exec('DROP TRIGGER h1_fail');
      db.close();
      s.errors.length = 0;
    }
  });

  it('deletes with the owned images, once per Idempotency-Key', async () => {
    const up = await upload(s.url, 'shirt-1.jpg', { clase_nombre: 'Shirt', color: 'azul' });
    expect(up.status).toBe(201);
    const id = (up.body as Garment)._id;
    const [other] = await seed(1);
    const filesBefore = s.files().length;
    const key = `batch-${newId()}`;
    const first = await call(s.url, 'POST', '/api/prendas/batch', {
      json: { ids: [id, other], action: 'eliminar' },
      headers: { 'Idempotency-Key': key },
    });
    expect(first.status).toBe(200);
    expect(s.files().length).toBe(filesBefore - 2);
    expect(await s.store.garments.get(me, id)).toBeNull();
    const again = await call(s.url, 'POST', '/api/prendas/batch', {
      json: { ids: [id, other], action: 'eliminar' },
      headers: { 'Idempotency-Key': key },
    });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
  });
});
