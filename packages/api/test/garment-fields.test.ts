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
