import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROFILE_DEFAULTS } from '@fashion/core';
import { call, upload } from './helpers/client.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

describe('outfits over HTTP', () => {
  let s: TestServer;
  const w: Record<string, { _id: string }> = {};
  beforeAll(async () => {
    s = await startTestServer();
    const items: [string, string, string][] = [
      ['top', 'shirt-1.jpg', 'Shirt'],
      ['tee', 't-shirt-1.jpg', 'T-shirt'],
      ['pants', 'pants-1.jpg', 'Pants'],
      ['shoes', 'shoes-1.jpg', 'Shoes'],
      ['coat', 'outwear-1.jpg', 'Outwear'],
      ['dress', 'dress-1.jpg', 'Dress'],
      ['hat', 'hat-1.jpg', 'Hat'],
    ];
    for (const [name, file, clase] of items) {
      w[name] = (await upload(s.url, file, { clase_nombre: clase, color: 'negro' })).body;
    }
  });
  afterAll(() => s.close());

  it('saves an outfit (puntuacion defaults to 0) and returns it with its garments', async () => {
    const res = await call(s.url, 'POST', '/api/outfits/save', {
      json: { superior_id: w.top!._id, inferior_id: w.pants!._id, zapatos_id: w.shoes!._id },
    });
    expect(res.status).toBe(201);
    // Slots come populated (the original clients' shape).
    expect(res.body).toMatchObject({
      superior_id: { _id: w.top!._id },
      inferior_id: { _id: w.pants!._id },
      zapatos_id: { _id: w.shoes!._id },
      puntuacion: 0,
      userId: 'anonymous',
    });
    expect(res.body.prendas.superior._id).toBe(w.top!._id);
    expect(res.body.prendas.zapatos.clase_nombre).toBe('Shoes');
    expect(Object.keys(res.body.prendas).sort()).toEqual(['inferior', 'superior', 'zapatos']);

    const got = await call(s.url, 'GET', `/api/outfits/${res.body._id}`);
    expect(got.body).toEqual(res.body);
    await call(s.url, 'DELETE', `/api/outfits/${res.body._id}`);
  });

  it('renames a saved outfit (PATCH, strict body) and shows when it was worn', async () => {
    const saved = await call(s.url, 'POST', '/api/outfits/save', {
      json: {
        superior_id: w.top!._id,
        inferior_id: w.pants!._id,
        zapatos_id: w.shoes!._id,
        nombre: 'Party',
        razones: [{ code: 'color.neutros', kind: 'reason', params: { colores: 'negro' } }],
      },
    });
    expect(saved.status).toBe(201);
    expect(saved.body.razones).toEqual([
      { code: 'color.neutros', kind: 'reason', params: { colores: 'negro' } },
    ]);
    const id = saved.body._id as string;
    const renamed = await call(s.url, 'PATCH', `/api/outfits/${id}`, {
      json: { nombre: '  Friday dinner ' },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ _id: id, nombre: 'Friday dinner' });
    expect(renamed.body.prendas.superior._id).toBe(w.top!._id);
    expect((await call(s.url, 'GET', `/api/outfits/${id}`)).body.nombre).toBe('Friday dinner');
    for (const json of [
      {},
      { nombre: '' },
      { nombre: 'x'.repeat(121) },
      { nombre: 'a', puntuacion: 1 },
    ]) {
      const bad = await call(s.url, 'PATCH', `/api/outfits/${id}`, { json });
      expect(bad.status, JSON.stringify(json)).toBe(400);
      expect(typeof bad.body.error).toBe('string');
    }
    const missing = await call(s.url, 'PATCH', `/api/outfits/${'0'.repeat(24)}`, {
      json: { nombre: 'Nobody' },
    });
    expect(missing.status).toBe(404);
    // Unknown reason codes are refused, not stored.
    const badReason = await call(s.url, 'POST', '/api/outfits/save', {
      json: {
        vestido_id: w.dress!._id,
        zapatos_id: w.shoes!._id,
        razones: [{ code: 'nope', kind: 'reason' }],
      },
    });
    expect(badReason.status).toBe(400);

    expect(saved.body).not.toHaveProperty('ultimo_uso');
    const worn = await call(s.url, 'POST', `/api/outfits/${id}/worn`);
    expect(worn.status).toBe(200);
    const after = await call(s.url, 'GET', `/api/outfits/${id}`);
    expect(after.body.ultimo_uso).toBe(worn.body.ultimo_uso);
    expect(after.body.nombre).toBe('Friday dinner');
    await call(s.url, 'DELETE', `/api/outfits/${id}`);
  });

  it('lists newest first with every garment expanded, and deletes', async () => {
    const a = await call(s.url, 'POST', '/api/outfits/save', {
      json: {
        superior_id: w.top!._id,
        superior_secundario_id: w.coat!._id,
        inferior_id: w.pants!._id,
        zapatos_id: w.shoes!._id,
        sombrero_id: w.hat!._id,
        puntuacion: 87.5,
        nombre: 'Oficina',
        ocasion: 'trabajo',
        explicaciones: ['Neutros que combinan'],
      },
    });
    expect(a.status).toBe(201);
    const b = await call(s.url, 'POST', '/api/outfits/save', {
      json: { vestido_id: w.dress!._id, zapatos_id: w.shoes!._id, abrigo_id: w.coat!._id },
    });
    expect(b.status).toBe(201);
    const list = await call(s.url, 'GET', '/api/outfits');
    expect(list.body.map((o: { _id: string }) => o._id)).toEqual([b.body._id, a.body._id]);
    expect(list.body[1].prendas.superior_secundario._id).toBe(w.coat!._id);
    expect(list.body[1].prendas.sombrero._id).toBe(w.hat!._id);
    expect(list.body[0].prendas.vestido._id).toBe(w.dress!._id);

    expect((await call(s.url, 'DELETE', `/api/outfits/${a.body._id}`)).body).toEqual({
      deleted: a.body._id,
    });
    expect((await call(s.url, 'GET', `/api/outfits/${a.body._id}`)).status).toBe(404);
    expect((await call(s.url, 'DELETE', `/api/outfits/${a.body._id}`)).status).toBe(404);
    await call(s.url, 'DELETE', `/api/outfits/${b.body._id}`);
  });

  it('refuses outfits with unknown garments, wrong slot types, duplicates or an illegal body', async () => {
    const unknown = await call(s.url, 'POST', '/api/outfits/save', {
      json: { superior_id: w.top!._id, inferior_id: 'f'.repeat(24), zapatos_id: w.shoes!._id },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatch(/inferior_id/);
    const wrongType = await call(s.url, 'POST', '/api/outfits/save', {
      json: { superior_id: w.pants!._id, inferior_id: w.pants!._id, zapatos_id: w.shoes!._id },
    });
    expect(wrongType.status).toBe(400);
    const swapped = await call(s.url, 'POST', '/api/outfits/save', {
      json: { superior_id: w.shoes!._id, inferior_id: w.pants!._id, zapatos_id: w.top!._id },
    });
    expect(swapped.status).toBe(400);
    expect(swapped.body.error).toMatch(/superior_id: garment .* is of type zapatos/);
    const mix = await call(s.url, 'POST', '/api/outfits/save', {
      json: { vestido_id: w.dress!._id, superior_id: w.top!._id, zapatos_id: w.shoes!._id },
    });
    expect(mix.status).toBe(400);
    const noShoes = await call(s.url, 'POST', '/api/outfits/save', {
      json: { superior_id: w.top!._id, inferior_id: w.pants!._id },
    });
    expect(noShoes.status).toBe(400);
    expect(noShoes.body.error).toMatch(/zapatos_id/);
    const score = await call(s.url, 'POST', '/api/outfits/save', {
      json: {
        superior_id: w.top!._id,
        inferior_id: w.pants!._id,
        zapatos_id: w.shoes!._id,
        puntuacion: 101,
      },
    });
    expect(score.status).toBe(400);
    expect(score.body.error).toMatch(/puntuacion/);
    expect(s.counts().outfits).toBe(0);
  });

  it('deleting a garment deletes the outfits that use it, and keeps the others', async () => {
    const withTee = await call(s.url, 'POST', '/api/outfits/save', {
      json: { superior_id: w.tee!._id, inferior_id: w.pants!._id, zapatos_id: w.shoes!._id },
    });
    const withTop = await call(s.url, 'POST', '/api/outfits/save', {
      json: { superior_id: w.top!._id, inferior_id: w.pants!._id, zapatos_id: w.shoes!._id },
    });
    expect(s.counts().outfits).toBe(2);
    expect((await call(s.url, 'DELETE', `/api/prendas/${w.tee!._id}`)).status).toBe(200);
    expect((await call(s.url, 'GET', `/api/outfits/${withTee.body._id}`)).status).toBe(404);
    expect((await call(s.url, 'GET', `/api/outfits/${withTop.body._id}`)).status).toBe(200);
    expect(s.counts().outfits).toBe(1);
  });
});

describe('me and preferences over HTTP', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  it('returns defaults until preferences are saved, then partial updates', async () => {
    const me = await call(s.url, 'GET', '/api/me');
    expect(me.body).toEqual({
      userId: 'anonymous',
      auth: 'anonymous',
      profile: { ...PROFILE_DEFAULTS, userId: 'anonymous' },
    });
    expect((await call(s.url, 'GET', '/api/me/preferences')).body).toEqual({
      ...PROFILE_DEFAULTS,
      userId: 'anonymous',
    });
    expect(s.counts().profiles).toBe(0);

    const put = await call(s.url, 'PUT', '/api/me/preferences', {
      json: { colores: ['azul', 'negro'], estilo: 'elegante', edad: 30, altura: 172 },
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({
      colores: ['azul', 'negro'],
      estilo: 'elegante',
      edad: 30,
      altura: 172,
      ocasion: '', // not chosen, as the original answered
    });
    const put2 = await call(s.url, 'PUT', '/api/me/preferences', { json: { ocasion: 'formal' } });
    expect(put2.body).toMatchObject({
      colores: ['azul', 'negro'],
      estilo: 'elegante',
      ocasion: 'formal',
      edad: 30,
    });
    expect((await call(s.url, 'GET', '/api/me')).body.profile).toEqual(put2.body);
  });

  it('refuses bad preferences with the field named', async () => {
    for (const [json, field] of [
      [{ edad: 121 }, 'edad'],
      [{ colores: ['fucsia'] }, 'colores.0'],
      [{ estilo: 'punk' }, 'estilo'],
      [{ incluirAbrigo: 'yes' }, 'incluirAbrigo'],
      [{ topPreference: 'Dress' }, 'topPreference'],
      [{ theme: 'dark' }, '"theme"'],
    ] as const) {
      const res = await call(s.url, 'PUT', '/api/me/preferences', { json });
      expect(res.status).toBe(400);
      expect(res.body.error).toContain(field);
    }
    const empty = await call(s.url, 'PUT', '/api/me/preferences', { json: {} });
    expect(empty.status).toBe(400);
    expect(empty.body.error).toMatch(/nothing to update/);
  });
});
