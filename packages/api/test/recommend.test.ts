/** GET /api/outfits/recommend over real HTTP: a real server, SQLite file and uploaded photos. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecommendResponseSchema, toOutfitSave, type RecommendedOutfit } from '@fashion/core';
import { call, upload, type Json } from './helpers/client.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

const recommend = (s: TestServer, query: Record<string, string> = {}) =>
  call(s.url, 'GET', `/api/outfits/recommend?${new URLSearchParams(query)}`);

describe('GET /api/outfits/recommend', () => {
  let s: TestServer;
  const w: Record<string, { _id: string }> = {};
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  it('says what the wardrobe lacks when it cannot make an outfit (400)', async () => {
    const res = await recommend(s);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/cannot make an outfit/);
    expect(res.body.missing).toEqual([
      'add shoes',
      'add a top (T-shirt, shirt or longsleeve)',
      'add a bottom (pants, shorts or skirt)',
    ]);
    expect(res.body.codes).toEqual(['shoes', 'top', 'bottom']);

    const shoes = await upload(s.url, 'shoes-1.jpg', { clase_nombre: 'Shoes', color: 'negro' });
    w.shoes = shoes.body;
    const dresses = await recommend(s, { incluirVestido: 'true' });
    expect(dresses.status).toBe(400);
    expect(dresses.body.missing).toEqual([
      'add a top (T-shirt, shirt or longsleeve), or a dress',
      'add a bottom (pants, shorts or skirt), or a dress',
    ]);
  });

  it('recommends explained outfits of the caller’s garments, best first', async () => {
    const items: [string, string, Record<string, string>][] = [
      [
        'shirt',
        'shirt-1.jpg',
        { clase_nombre: 'Shirt', color: 'blanco', ocasion: 'formal,trabajo' },
      ],
      ['tee', 't-shirt-1.jpg', { clase_nombre: 'T-shirt', color: 'blanco', ocasion: 'casual' }],
      ['jumper', 'longsleeve-1.jpg', { clase_nombre: 'Longsleeve', color: 'gris' }],
      [
        'pants',
        'pants-1.jpg',
        { clase_nombre: 'Pants', color: 'negro', ocasion: 'formal,trabajo' },
      ],
      ['shorts', 'shorts-1.jpg', { clase_nombre: 'Shorts', color: 'azul', ocasion: 'casual' }],
      ['coat', 'outwear-1.jpg', { clase_nombre: 'Outwear', color: 'gris' }],
      ['dress', 'dress-1.jpg', { clase_nombre: 'Dress', color: 'rojo', ocasion: 'fiesta' }],
      ['hat', 'hat-1.jpg', { clase_nombre: 'Hat', color: 'beige' }],
    ];
    for (const [name, file, fields] of items) {
      const res = await upload(s.url, file, { ...fields, confirmado: 'true' });
      expect(res.status).toBe(201);
      w[name] = res.body;
    }

    const res = await recommend(s, { ocasion: 'formal', limit: '2' });
    expect(res.status).toBe(200);
    const body = RecommendResponseSchema.parse(res.body);
    expect(body.length).toBeGreaterThan(0);
    const [best] = res.body as Json[];
    // The slots hold the garments (populated, as the original clients read them).
    expect(best.superior_id._id).toBe(w.shirt!._id);
    expect(best.inferior_id._id).toBe(w.pants!._id);
    expect(best.zapatos_id._id).toBe(w.shoes!._id);
    // Full garment objects, as GET /api/prendas returns them (no storage keys).
    expect(best.prendas.superior).toMatchObject({ _id: w.shirt!._id, clase_nombre: 'Shirt' });
    expect(best.prendas.superior.imagen_url).toMatch(/\//);
    expect(best.prendas.superior.image_key).toBeUndefined();
    expect(best.puntuacion).toBeGreaterThan(0);
    expect(best.puntuacion).toBeLessThanOrEqual(100);
    expect(best.explicaciones.length).toBeGreaterThan(0);
    expect(best.detalles[0]).toMatchObject({
      code: expect.any(String),
      kind: 'reason',
      delta: expect.any(Number),
    });
    // Best first, as the screen shows them.
    const all = (await recommend(s, { limit: '5' })).body as Json[];
    const scores = all.map((o) => o.puntuacion as number);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(best.key).toBe(
      [...Object.values(best.prendas).map((g: Json) => g._id)].sort().join('-'),
    );

    // Same query, same answer.
    expect((await recommend(s, { ocasion: 'formal', limit: '2' })).body).toEqual(res.body);
  });

  it('weather: 3 °C and rain bring outerwear and no shorts', async () => {
    const res = await recommend(s, { temperature: '3', rain: 'true', limit: '3' });
    expect(res.status).toBe(200);
    for (const o of res.body as Json[]) {
      expect(o.abrigo_id._id).toBe(w.coat!._id);
      expect(o.inferior_id._id).not.toBe(w.shorts!._id);
    }
  });

  it('falls back to the saved preferences, and the query overrides them', async () => {
    const put = await call(s.url, 'PUT', '/api/me/preferences', {
      json: { incluirVestido: true, ocasion: 'fiesta' },
    });
    expect(put.status).toBe(200);
    const saved = await recommend(s);
    expect(saved.body[0].vestido_id._id).toBe(w.dress!._id);
    expect(saved.body[0].ocasion).toBe('fiesta');
    const overridden = await recommend(s, { incluirVestido: 'false' });
    expect(overridden.body.every((o: Json) => !o.vestido_id)).toBe(true);
    expect(overridden.body[0].ocasion).toBe('fiesta');
    await call(s.url, 'PUT', '/api/me/preferences', {
      json: { incluirVestido: false, ocasion: 'casual' },
    });
  });

  it('"show me more": excluded combos (keys or id arrays) never come back', async () => {
    const first = (await recommend(s, { limit: '3' })).body as RecommendedOutfit[];
    const exclude = first.map((o, i) => (i % 2 ? o.key : o.key.split('-').reverse()));
    const more = await recommend(s, { limit: '3', exclude: JSON.stringify(exclude) });
    expect(more.status).toBe(200);
    const seen = new Set(first.map((o) => o.key));
    expect(more.body.length).toBeGreaterThan(0);
    for (const o of more.body as RecommendedOutfit[]) expect(seen.has(o.key)).toBe(false);
  });

  it('a recommendation saves as it is, and /api/outfits/{id} does not shadow the route', async () => {
    const [o] = (await recommend(s, { layeredTop: 'true' })).body as Json[];
    expect(o!.superior_secundario_id).toBeDefined();
    const saved = await call(s.url, 'POST', '/api/outfits/save', { json: toOutfitSave(o!) });
    expect(saved.status).toBe(201);
    expect(saved.body.puntuacion).toBe(o!.puntuacion);
    expect(saved.body.superior_secundario_id._id).toBe(o!.superior_secundario_id!._id);
    expect(saved.body.explicaciones).toEqual(o!.explicaciones);
    // The reasons as codes, for clients to word in the reader's language.
    expect(saved.body.razones.map((r: Json) => r.code)).toEqual(
      o!.detalles.map((d: Json) => d.code),
    );
    await call(s.url, 'DELETE', `/api/outfits/${saved.body._id}`);
  });

  it('rotates garments worn in the last days, and says so when one comes back', async () => {
    const codes = (o: Json) => (o.detalles as { code: string }[]).map((d) => d.code);
    const before = (await recommend(s, { ocasion: 'formal', limit: '3' })).body as Json[];
    expect(before.flatMap(codes).some((c) => c.startsWith('rotacion.'))).toBe(false);
    const [best] = before;
    const saved = await call(s.url, 'POST', '/api/outfits/save', { json: toOutfitSave(best!) });
    const worn = await call(s.url, 'POST', `/api/outfits/${saved.body._id}/worn`);
    expect(worn.status).toBe(200);
    const ids = [best!.superior_id, best!.inferior_id, best!.zapatos_id]
      .filter(Boolean)
      .map((g: Json) => g._id)
      .sort();
    expect([...worn.body.prendas].sort()).toEqual(ids);
    const shirt = await call(s.url, 'GET', `/api/prendas/${best!.superior_id._id}`);
    // Worn after it was added: an order, not a clock.
    expect(Date.parse(worn.body.ultimo_uso)).toBeGreaterThanOrEqual(
      Date.parse(shirt.body.fecha_agregada),
    );
    expect(shirt.body.ultimo_uso).toBe(worn.body.ultimo_uso);

    const after = (await recommend(s, { ocasion: 'formal', limit: '3' })).body as Json[];
    const wornIds = new Set(worn.body.prendas as string[]);
    for (const o of after) {
      const repeats = Object.values(o.prendas as Record<string, { _id: string }>).some((g) =>
        wornIds.has(g._id),
      );
      expect(codes(o)).toContain(repeats ? 'rotacion.repite' : 'rotacion.nuevas');
    }
    // The worn outfit itself scores lower than before.
    const again = after.find((o) => o.key === best!.key);
    if (again) expect(again.puntuacion).toBeLessThan(best!.puntuacion);

    expect((await call(s.url, 'POST', `/api/outfits/${'0'.repeat(24)}/worn`)).status).toBe(404);
    expect((await call(s.url, 'POST', '/api/outfits/nope/worn')).status).toBe(400);
    await call(s.url, 'DELETE', `/api/outfits/${saved.body._id}`);
  });

  it('the day asked for (fecha) leaves out pieces marked for other seasons, by hemisphere', async () => {
    const patch = (temporadas: string[]) =>
      call(s.url, 'PATCH', `/api/prendas/${w.shirt!._id}`, { json: { temporadas } });
    expect((await patch(['verano'])).status).toBe(200);
    const used = (body: Json[]) => body.flatMap((o: Json) => Object.values(o.prendas) as Json[]);
    const has = (body: Json[]) => used(body).some((g) => g._id === w.shirt!._id);
    const january = await recommend(s, { ocasion: 'formal', fecha: '2026-01-10', limit: '5' });
    expect(january.status).toBe(200);
    expect(has(january.body)).toBe(false);
    const july = await recommend(s, { ocasion: 'formal', fecha: '2026-07-10', limit: '5' });
    expect(has(july.body)).toBe(true);
    expect(july.body[0].breakdown.temporada).toBeDefined();
    // The person's city is south of the equator: January is summer.
    const city = { ciudad: { name: 'Santiago', lat: -33.45, lon: -70.66 } };
    expect((await call(s.url, 'PUT', '/api/me/preferences', { json: city })).status).toBe(200);
    const south = await recommend(s, { ocasion: 'formal', fecha: '2026-01-10', limit: '5' });
    expect(has(south.body)).toBe(true);
    expect(
      (
        await call(s.url, 'PUT', '/api/me/preferences', {
          json: { ciudad: { name: 'Madrid', lat: 40.4, lon: -3.7 } },
        })
      ).status,
    ).toBe(200);
    expect((await patch(['primavera', 'verano', 'otoño', 'invierno'])).status).toBe(200);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await call(s.url, 'GET', '/api/openapi.json')).body;
    const op = doc.paths['/api/outfits/recommend'].get;
    expect(op.parameters.map((p: Json) => p.name)).toEqual(
      expect.arrayContaining(['exclude', 'fecha']),
    );
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '400']));
  });

  it('rejects a bad query with a 400 naming the field', async () => {
    const bad: Record<string, string>[] = [
      { colores: 'azul' },
      { colores: '["fucsia"]' },
      { limit: '21' },
      { temperature: 'warm' },
      { fecha: '2026-13-45' },
      { exclude: '{"a":1}' },
      { estilo: 'punk' },
      { colour: 'azul' },
    ];
    for (const query of bad) {
      const res = await recommend(s, query);
      expect(res.status, JSON.stringify(query)).toBe(400);
      expect(typeof res.body.error).toBe('string');
    }
  });
});
