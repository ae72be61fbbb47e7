/** Declared garment fields over HTTP: `calidez` is set on upload, edited by PATCH, validated. */
import { EDITABLE_GARMENT_FIELDS } from '@fashion/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, upload } from './helpers/client.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

describe('garment fields from the declaration', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  it('lists calidez among the fields the person edits', () => {
    expect(EDITABLE_GARMENT_FIELDS).toEqual(
      expect.arrayContaining(['tipo', 'clase_nombre', 'color', 'color_hex', 'ocasion', 'calidez']),
    );
  });

  it('stores calidez from the upload and changes it with PATCH', async () => {
    const created = await upload(s.url, 'shirt-1.jpg', {
      clase_nombre: 'Shirt',
      color: 'azul',
      calidez: 'media',
    });
    expect(created.status).toBe(201);
    expect(created.body.calidez).toBe('media');
    const id = created.body._id;

    const patched = await call(s.url, 'PATCH', `/api/prendas/${id}`, {
      json: { calidez: 'abrigada' },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.calidez).toBe('abrigada');
    expect((await call(s.url, 'GET', `/api/prendas/${id}`)).body.calidez).toBe('abrigada');
    expect((await call(s.url, 'GET', '/api/prendas')).body[0].calidez).toBe('abrigada');

    const bad = await call(s.url, 'PATCH', `/api/prendas/${id}`, { json: { calidez: 'hot' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/calidez/);
  });

  it('leaves calidez absent when nobody set it', async () => {
    const created = await upload(s.url, 'shoes-1.jpg', { clase_nombre: 'Shoes', color: 'blanco' });
    expect(created.body).not.toHaveProperty('calidez');
  });
});

describe('the richer garment record (issue #15)', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  it('takes the new fields on a multipart upload, with defaults and the currency from settings', async () => {
    const prefs = await call(s.url, 'PUT', '/api/me/preferences', { json: { moneda: 'MXN' } });
    expect(prefs.status).toBe(200);
    const created = await upload(s.url, 'shirt-1.jpg', {
      clase_nombre: 'Shirt',
      color: 'azul',
      marca: ' Loreak ',
      precio: '49.9',
      temporadas: 'verano,primavera,verano',
      etiquetas: '["oficina"," viaje ","oficina",""]',
      favorito: 'true',
      material: 'lino',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      marca: 'Loreak',
      precio: 49.9,
      moneda: 'MXN',
      temporadas: ['verano', 'primavera'],
      etiquetas: ['oficina', 'viaje'],
      favorito: true,
      lavado: 'limpia',
      estado: 'activa',
    });
  });

  it('answers 400 with a code for bad values of the new fields', async () => {
    const created = await upload(s.url, 'shoes-1.jpg', { clase_nombre: 'Shoes', color: 'negro' });
    expect(created.body).toMatchObject({ favorito: false, etiquetas: [], lavado: 'limpia' });
    const id = created.body._id;
    for (const json of [
      { precio: -1 },
      { moneda: 'eur' },
      { fecha_compra: '2024-13-01' },
      { estampado: 'tartan' },
      { temporadas: ['monzón'] },
      { etiquetas: ['x'.repeat(41)] },
      { etiquetas: Array.from({ length: 31 }, (_, i) => `t${i}`) },
      { notas: 'n'.repeat(2001) },
      { lavado: 'sucia' },
      { estado: 'archivada' },
    ]) {
      const bad = await call(s.url, 'PATCH', `/api/prendas/${id}`, { json });
      expect(bad.status, JSON.stringify(json)).toBe(400);
      expect(bad.body.code).toBeTypeOf('string');
    }
    const ok = await call(s.url, 'PATCH', `/api/prendas/${id}`, {
      json: { lavado: 'para_lavar', fecha_compra: '2024-02-29', estampado: 'rayas' },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ lavado: 'para_lavar', fecha_compra: '2024-02-29' });
  });
});
