/**
 * The API contract on workerd: the Worker entry with local D1 and R2 bindings, a real photo
 * uploaded through the same Hono app, listed, served, deleted; anonymous without Auth0.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { bucketKeys, call, fixture, latin1, upload } from './helpers.ts';

interface Garment {
  _id: string;
  userId: string;
  imagen_url: string;
  thumbnail_url?: string;
  tipo: string;
  clase_nombre: string;
  color: string;
  confianza: number;
}

describe('Worker API (workerd, D1, R2)', () => {
  it('reports edge mode, a working D1 and anonymous auth', async () => {
    const res = await call('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: 'ok',
      mode: 'edge',
      store: 'ok',
      auth: 'anonymous',
    });
    const me = await call('/api/me');
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ userId: 'anonymous', auth: 'anonymous' });
  });

  it('reaches the ML service over HTTP', async () => {
    const res = await call('/api/ml-health');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', mode: 'http' });
  });

  it('uploads a real photo, lists it, serves its image from R2 and deletes both', async () => {
    const photo = fixture('shirt-1.jpg');
    const created = await call(
      '/api/prendas/upload',
      upload(photo, { clase_nombre: 'Shirt', color: 'azul' }),
    );
    expect(created.status).toBe(201);
    const g = (await created.json()) as Garment;
    expect(g).toMatchObject({
      userId: 'anonymous',
      tipo: 'superior',
      clase_nombre: 'Shirt',
      color: 'azul',
    });
    expect(g.imagen_url).toMatch(/^\/api\/images\/[0-9a-f]{32}\.jpg$/);

    const list = (await (await call('/api/prendas')).json()) as Garment[];
    expect(list.map((x) => x._id)).toContain(g._id);
    const filtered = (await (await call('/api/prendas/filter?type=superior')).json()) as Garment[];
    expect(filtered.map((x) => x._id)).toContain(g._id);
    expect((await call(`/api/prendas/${g._id}`)).status).toBe(200);

    const image = await call(g.imagen_url);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/jpeg');
    const served = new Uint8Array(await image.arrayBuffer());
    expect(served.byteLength).toBeGreaterThan(1000);
    expect([served[0], served[1]]).toEqual([0xff, 0xd8]);
    const key = g.imagen_url.split('/').pop()!;
    expect(await bucketKeys()).toContain(`fashion_ai/${key}`);

    expect((await call(`/api/prendas/${g._id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await call(`/api/prendas/${g._id}`)).status).toBe(404);
    expect((await call(g.imagen_url)).status).toBe(404);
    expect((await bucketKeys()).filter((k) => k.includes(key.slice(0, 32)))).toEqual([]);
  });

  it('stores a PNG under a .png key and serves it as PNG', async () => {
    const created = await call(
      '/api/prendas/upload',
      upload(fixture('shirt-1.png'), { clase_nombre: 'Shirt', color: 'azul' }),
    );
    expect(created.status).toBe(201);
    const g = (await created.json()) as Garment;
    expect(g.imagen_url).toMatch(/^\/api\/images\/[0-9a-f]{32}\.png$/);
    const image = await call(g.imagen_url);
    expect(image.headers.get('content-type')).toBe('image/png');
    const served = new Uint8Array(await image.arrayBuffer());
    expect(latin1(served.subarray(1, 4))).toBe('PNG');
    expect((await call(`/api/prendas/${g._id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await call(g.imagen_url)).status).toBe(404);
  });

  it('lets the Space classify what the client does not say', async () => {
    const res = await call('/api/prendas/upload', upload(fixture('outwear-2.jpg')));
    expect(res.status).toBe(201);
    const g = (await res.json()) as Garment;
    expect(g).toMatchObject({
      clase_nombre: 'Outwear',
      tipo: 'abrigo',
      color: 'verde',
      confianza: 0.93,
    });
    await call(`/api/prendas/${g._id}`, { method: 'DELETE' });
  });

  it('strips GPS and camera metadata before the image is stored', async () => {
    const photo = fixture('exif/shirt-gps.jpg');
    expect(latin1(photo)).toContain('SecretPhone');
    const res = await call(
      '/api/prendas/upload',
      upload(photo, { clase_nombre: 'Shirt', color: 'blanco' }),
    );
    expect(res.status).toBe(201);
    const g = (await res.json()) as Garment;
    const stored = latin1(new Uint8Array(await (await call(g.imagen_url)).arrayBuffer()));
    expect(stored).not.toContain('SecretPhone');
    expect(stored).not.toContain('PhoneMaker');
    await call(`/api/prendas/${g._id}`, { method: 'DELETE' });
  });

  it('answers 400 JSON for a non-image and stores nothing', async () => {
    const before = await bucketKeys();
    const rows = ((await (await call('/api/prendas')).json()) as Garment[]).length;
    const res = await call(
      '/api/prendas/upload',
      upload(new TextEncoder().encode('<html>not a photo</html>'), {
        clase_nombre: 'Shirt',
        color: 'azul',
      }),
    );
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: expect.stringMatching(/not an image/),
      code: 'image_unsupported',
    });
    expect(await bucketKeys()).toEqual(before);
    expect(((await (await call('/api/prendas')).json()) as Garment[]).length).toBe(rows);
  });

  it('keeps outfits in D1 and removes them with their garments', async () => {
    const make = async (name: string, clase: string) => {
      const r = await call(
        '/api/prendas/upload',
        upload(fixture(name), { clase_nombre: clase, color: 'negro' }),
      );
      return ((await r.json()) as Garment)._id;
    };
    const [top, shoes] = [await make('shirt-1.jpg', 'Shirt'), await make('shoes-1.jpg', 'Shoes')];
    const bottom = await make('shirt-1.jpg', 'Pants');
    const saved = await call('/api/outfits/save', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        superior_id: top,
        inferior_id: bottom,
        zapatos_id: shoes,
        puntuacion: 70,
      }),
    });
    expect(saved.status).toBe(201);
    const outfit = (await saved.json()) as { _id: string };
    expect((await call(`/api/outfits/${outfit._id}`)).status).toBe(200);
    await call(`/api/prendas/${shoes}`, { method: 'DELETE' });
    expect((await call(`/api/outfits/${outfit._id}`)).status).toBe(404);
    for (const id of [top, bottom]) await call(`/api/prendas/${id}`, { method: 'DELETE' });
  });

  it('does not offer presigned uploads (the R2 binding cannot presign)', async () => {
    const res = await call('/api/prendas/upload-url', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ contentType: 'image/jpeg', size: 10 }),
    });
    expect([404, 405]).toContain(res.status);
  });

  it('has its bindings', () => {
    expect(env.DB).toBeDefined();
    expect(env.IMAGES).toBeDefined();
  });
});
