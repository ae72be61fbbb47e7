/** /api/categorias over HTTP, and garments carrying one of the caller's categories. */
import { AuthError, type Authenticator } from '@fashion/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, upload, uploadForm, photo } from './helpers/client.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

/** Two people: the bearer token is the user id (the real Auth0 path has its own tests). */
const twoUsers: Authenticator = {
  required: true,
  async authenticate(header) {
    const user = header?.replace(/^Bearer /, '');
    if (user !== 'ana' && user !== 'bea') throw new AuthError('who?');
    return { userId: user };
  },
};

describe('/api/categorias', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ authenticator: twoUsers });
  });
  afterAll(() => s.close());

  const as = (token: string) => ({
    get: (path: string) => call(s.url, 'GET', path, { token }),
    send: (method: string, path: string, json?: unknown, headers?: Record<string, string>) =>
      call(s.url, method, path, { token, json, ...(headers ? { headers } : {}) }),
  });
  const ana = as('ana');
  const bea = as('bea');

  it('creates, lists, renames and refuses a taken name in any case', async () => {
    const made = await ana.send('POST', '/api/categorias', {
      nombre: 'Kimono',
      icono: '👘',
      rol: 'abrigo',
      refina: 'Outwear',
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ nombre: 'Kimono', rol: 'abrigo', userId: 'ana' });
    const clash = await ana.send('POST', '/api/categorias', {
      nombre: ' kimono ',
      color: '#112233',
      rol: 'superior',
    });
    expect(clash.status).toBe(409);
    expect(clash.body.code).toBe('conflict');
    // Another person may use the same name.
    expect(
      (await bea.send('POST', '/api/categorias', { nombre: 'Kimono', icono: 'k', rol: 'abrigo' }))
        .status,
    ).toBe(201);
    const renamed = await ana.send('PATCH', `/api/categorias/${made.body._id}`, {
      nombre: 'Haori',
      color: '#aa0000',
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ nombre: 'Haori', color: '#aa0000', icono: '👘' });
    expect(
      (await ana.get('/api/categorias')).body.map((c: { nombre: string }) => c.nombre),
    ).toEqual(['Haori']);
  });

  it('answers 4xx JSON for bad input and 404 for another person’s category', async () => {
    const bad = await ana.send('POST', '/api/categorias', {
      nombre: '',
      icono: 'x',
      rol: 'abrigo',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/nombre/);
    const noLook = await ana.send('POST', '/api/categorias', { nombre: 'Sin', rol: 'abrigo' });
    expect(noLook.status).toBe(400);
    const badRole = await ana.send('POST', '/api/categorias', {
      nombre: 'R',
      icono: 'x',
      rol: 'capa',
    });
    expect(badRole.status).toBe(400);
    const beas = await bea.send('POST', '/api/categorias', {
      nombre: 'Suya',
      icono: 's',
      rol: 'superior',
    });
    const id = beas.body._id;
    expect((await ana.send('PATCH', `/api/categorias/${id}`, { nombre: 'Mía' })).status).toBe(404);
    expect((await ana.send('DELETE', `/api/categorias/${id}`)).status).toBe(404);
    expect((await ana.send('PATCH', '/api/categorias/nope', { nombre: 'x' })).status).toBe(400);
    // Clearing both icon and colour leaves nothing to show.
    const only = await ana.send('POST', '/api/categorias', {
      nombre: 'Solo',
      icono: 's',
      rol: 'superior',
    });
    const cleared = await ana.send('PATCH', `/api/categorias/${only.body._id}`, { icono: null });
    expect(cleared.status).toBe(400);
    expect((await call(s.url, 'GET', '/api/categorias')).status).toBe(401);
  });

  it('creates once per Idempotency-Key', async () => {
    const body = { nombre: 'Bodys', color: '#ffccdd', rol: 'superior' };
    const key = { 'idempotency-key': 'cat-bodys-1' };
    const first = await ana.send('POST', '/api/categorias', body, key);
    const again = await ana.send('POST', '/api/categorias', body, key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body._id).toBe(first.body._id);
    const all = (await ana.get('/api/categorias')).body as { nombre: string }[];
    expect(all.filter((c) => c.nombre === 'Bodys')).toHaveLength(1);
  });

  it('assigns, filters, merges and deletes: garments keep their class', async () => {
    const mk = async (nombre: string) =>
      (await ana.send('POST', '/api/categorias', { nombre, icono: '★', rol: 'superior' })).body
        ._id as string;
    const a = await mk('Camisolas');
    const b = await mk('Tops');
    const g1 = (await upload(s.url, 'shirt-1.jpg', { clase_nombre: 'Shirt', color: 'azul' }, 'ana'))
      .body._id;
    // Upload with a category.
    const g2 = await call(s.url, 'POST', '/api/prendas/upload', {
      token: 'ana',
      form: uploadForm(photo('shoes-1.jpg'), {
        clase_nombre: 'Shoes',
        color: 'blanco',
        categoria_id: b,
      }),
    });
    expect(g2.status).toBe(201);
    expect(g2.body.categoria_id).toBe(b);

    const set = await ana.send('PATCH', `/api/prendas/${g1}`, { categoria_id: a });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ categoria_id: a, clase_nombre: 'Shirt' });
    const inA = await ana.get(`/api/prendas?categoria=${a}`);
    expect(inA.body.map((g: { _id: string }) => g._id)).toEqual([g1]);
    expect((await ana.get('/api/prendas?categoria=zzz')).status).toBe(400);
    expect((await bea.get(`/api/prendas?categoria=${a}`)).body).toEqual([]);

    const merged = await ana.send('POST', `/api/categorias/${a}/fusionar`, { destino: b });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ categoria: { _id: b }, movidas: 1 });
    expect((await ana.get(`/api/prendas/${g1}`)).body.categoria_id).toBe(b);
    expect((await ana.send('POST', `/api/categorias/${a}/fusionar`, { destino: b })).status).toBe(
      404,
    );

    const del = await ana.send('DELETE', `/api/categorias/${b}`);
    expect(del.body).toEqual({ deleted: b, prendas: 2 });
    const after = (await ana.get(`/api/prendas/${g1}`)).body;
    expect(after.clase_nombre).toBe('Shirt');
    expect(after).not.toHaveProperty('categoria_id');
    expect((await ana.get('/api/prendas')).body.every((g: object) => !('categoria_id' in g))).toBe(
      true,
    );
  });

  it('refuses a garment category that is not the caller’s, and clears with null', async () => {
    const theirs = (
      await bea.send('POST', '/api/categorias', { nombre: 'Ajena', icono: 'a', rol: 'abrigo' })
    ).body._id;
    const mine = (
      await ana.send('POST', '/api/categorias', { nombre: 'Propia', icono: 'p', rol: 'abrigo' })
    ).body._id;
    const g = (await upload(s.url, 'shirt-1.jpg', { clase_nombre: 'Shirt', color: 'azul' }, 'ana'))
      .body._id;
    const refused = await ana.send('PATCH', `/api/prendas/${g}`, { categoria_id: theirs });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: 'bad_request' });
    expect(refused.body.error).toMatch(/categoria_id/);
    expect((await ana.get(`/api/prendas/${g}`)).body).not.toHaveProperty('categoria_id');
    const upl = await call(s.url, 'POST', '/api/prendas/upload', {
      token: 'ana',
      form: uploadForm(photo('shirt-1.jpg'), {
        clase_nombre: 'Shirt',
        color: 'azul',
        categoria_id: theirs,
      }),
    });
    expect(upl.status).toBe(400);

    await ana.send('PATCH', `/api/prendas/${g}`, { categoria_id: mine });
    const cleared = await ana.send('PATCH', `/api/prendas/${g}`, { categoria_id: null });
    expect(cleared.status).toBe(200);
    expect(cleared.body).not.toHaveProperty('categoria_id');
  });

  it('recommends a Shirt of a kimono category (role abrigo) as the coat', async () => {
    const kimono = (
      await bea.send('POST', '/api/categorias', { nombre: 'Kimonos', icono: '👘', rol: 'abrigo' })
    ).body._id;
    const up = (name: string, clase_nombre: string, color: string) =>
      upload(s.url, name, { clase_nombre, color }, 'bea');
    await up('t-shirt-1.jpg', 'T-shirt', 'blanco');
    await up('pants-1.jpg', 'Pants', 'negro');
    await up('shoes-1.jpg', 'Shoes', 'blanco');
    const shirt = (await up('shirt-1.jpg', 'Shirt', 'rojo')).body._id;
    expect((await bea.get('/api/outfits/recommend?incluirAbrigo=true')).status).toBe(400);
    await bea.send('PATCH', `/api/prendas/${shirt}`, { categoria_id: kimono });
    const rec = await bea.get('/api/outfits/recommend?incluirAbrigo=true');
    expect(rec.status).toBe(200);
    expect(rec.body[0].abrigo_id._id).toBe(shirt);
    expect(rec.body[0].detalles.map((d: { code: string }) => d.code)).toContain('nota.categoria');
  });
});
