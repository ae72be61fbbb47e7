/**
 * POST /api/import with the original system's data: its MongoDB collections as mongoexport
 * writes them (Extended JSON, one document per line or an array), photos from its local uploads
 * (ZIP entries) and from a Cloudinary-like server (a real HTTP server on 127.0.0.1, the only
 * origin allowed). Legacy classes and colours are mapped, ids remapped, photos that cannot be
 * had are skipped and said, and only one person's records are taken.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertErrorBody, photo as fixture } from './helpers/client.ts';
import { startTestServer } from './helpers/server.ts';
import { postZip } from './helpers/wardrobe-zip.ts';

const USER = 'anonymous';
const oid = (n: number) => ({ $oid: n.toString(16).padStart(24, '0') });
const id = (n: number) => n.toString(16).padStart(24, '0');
const enc = (text: string) => new TextEncoder().encode(text);

let photos: Server;
let origin: string;
const fetched: string[] = [];

beforeAll(async () => {
  photos = createServer((req, res) => {
    fetched.push(req.url ?? '');
    const name = /^\/demo\/image\/upload\/v1\/(.+\.jpg)$/.exec(req.url ?? '')?.[1];
    if (!name || name === 'gone.jpg') return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'image/jpeg' }).end(fixture(name));
  });
  await new Promise<void>((r) => photos.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(photos.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => photos.close(() => r())));

const cloud = (name: string) => `${origin}/demo/image/upload/v1/${name}`;

function prenda(n: number, imagen_url: string, extra: object = {}) {
  return {
    _id: oid(n),
    userId: USER,
    imagen_url,
    tipo: 'superior',
    clase_nombre: 'Shirt',
    color: 'azul',
    confianza: { $numberDouble: '0.87' },
    ocasion: ['casual', 'trabajo'],
    fecha_agregada: { $date: '2025-03-01T10:00:00.000Z' },
    __v: 0,
    ...extra,
  };
}

/** The original's data: NDJSON garments (mongoexport's default), array outfits and profiles. */
function legacyZip(prendas: object[], outfits: object[] = [], profiles: object[] = []) {
  return zipSync(
    {
      'prendas.json': enc(prendas.map((p) => JSON.stringify(p)).join('\n')),
      'outfits.json': enc(JSON.stringify(outfits)),
      'userprofiles.json': enc(JSON.stringify(profiles)),
      [`uploads/${USER}/1712-pants.jpg`]: fixture('pants-1.jpg'),
    },
    { level: 0 },
  );
}

const wardrobe = () =>
  legacyZip(
    [
      prenda(1, cloud('shirt-1.jpg')),
      prenda(2, `/uploads/${USER}/1712-pants.jpg`, {
        tipo: 'inferior',
        clase_nombre: 'Trouser',
        color: 'desconocido',
      }),
      prenda(3, cloud('shoes-1.jpg'), {
        tipo: 'zapatos',
        clase_nombre: 'Sneaker',
        color: 'rojo oscuro',
      }),
      prenda(4, cloud('gone.jpg')),
      prenda(5, 'https://photos.example.com/x.jpg'),
    ],
    [
      {
        _id: oid(100),
        userId: USER,
        superior_id: oid(1),
        inferior_id: oid(2),
        zapatos_id: oid(3),
        abrigo_id: null,
        superior_secundario_id: null,
        puntuacion: { $numberInt: '82' },
        fecha_creacion: { $date: { $numberLong: '1740823200000' } },
      },
      // Its top's photo is gone: the outfit cannot be rebuilt.
      {
        _id: oid(101),
        userId: USER,
        superior_id: oid(4),
        inferior_id: oid(2),
        zapatos_id: oid(3),
        puntuacion: 50,
      },
    ],
    [
      {
        _id: oid(200),
        user_id: USER,
        colores: ['azul', 'magenta'],
        ocasion: 'trabajo',
        estilo: 'elegante',
        topPreference: 'tshirt',
        age: 30,
        height_cm: 171,
        weight_kg: 3,
        assistant_context: { weather: '' },
      },
    ],
  );

describe('POST /api/import: the original system’s data', () => {
  it('imports garments (classes and colours mapped), their photos, outfits and preferences', async () => {
    const s = await startTestServer({ options: { legacyImageOrigins: [origin] } });
    try {
      const res = await postZip(s.url, wardrobe());
      const body = (await res.json()) as { skipped?: unknown };
      expect(res.status, JSON.stringify(body)).toBe(201);
      expect(body).toMatchObject({
        imported: {
          garments: 3,
          outfits: 1,
          preferences: 1,
          categories: 0,
          wears: 0,
          plans: 0,
          trips: 0,
        },
        duplicates: 0,
      });
      expect(body.skipped).toEqual([
        { _id: id(4), reason: 'the image answered 404' },
        { _id: id(5), reason: 'https://photos.example.com is not an allowed image origin' },
      ]);
      // Nothing was asked of an origin not allowed.
      expect(fetched.every((u) => u.startsWith('/demo/'))).toBe(true);

      const garments = await s.store.garments.list(USER);
      const byClass = Object.fromEntries(garments.map((g) => [g.clase_nombre, g]));
      expect(Object.keys(byClass).sort()).toEqual(['Pants', 'Shirt', 'Shoes']);
      expect(byClass['Shoes']).toMatchObject({ tipo: 'zapatos', color: 'rojo', confirmado: false });
      expect(byClass['Pants']).toMatchObject({ color: 'multicolor' });
      expect(byClass['Shirt']).toMatchObject({
        confianza: 0.87,
        ocasion: ['casual', 'trabajo'],
        fecha_agregada: '2025-03-01T10:00:00.000Z',
      });
      expect(garments.every((g) => g._id !== id(1) && g._id !== id(2))).toBe(true);
      const stored = await s.images.get(byClass['Pants']!.image_key);
      expect(Buffer.from(stored!.body)).toEqual(fixture('pants-1.jpg'));

      const [outfit, ...more] = await s.store.outfits.list(USER);
      expect(more).toEqual([]);
      expect(outfit).toMatchObject({
        superior_id: byClass['Shirt']!._id,
        inferior_id: byClass['Pants']!._id,
        zapatos_id: byClass['Shoes']!._id,
        puntuacion: 82,
        fecha_creacion: '2025-03-01T10:00:00.000Z',
      });
      expect(outfit!.abrigo_id).toBeUndefined();

      const profile = await s.store.profiles.get(USER);
      expect(profile).toMatchObject({
        colores: ['azul', 'morado'],
        ocasion: 'trabajo',
        estilo: 'elegante',
        topPreference: 'T-shirt',
        edad: 30,
        altura: 171,
      });
      // A weight out of range is left out, not a failure.
      expect(profile!.peso).toBeUndefined();

      // The same file again adds nothing.
      const again = await postZip(s.url, wardrobe());
      expect(await again.json()).toMatchObject({
        imported: { garments: 0, outfits: 0, preferences: 0 },
        duplicates: 3,
      });
      expect(s.counts()).toMatchObject({ garments: 3, outfits: 1 });
    } finally {
      await s.close();
    }
  }, 60_000);

  it('takes only one person’s records: several people and none the caller is a 400, nothing stored', async () => {
    const s = await startTestServer({ options: { legacyImageOrigins: [origin] } });
    try {
      const res = await postZip(
        s.url,
        legacyZip([
          prenda(1, cloud('shirt-1.jpg'), { userId: 'auth0|ana' }),
          prenda(2, cloud('hat-1.jpg'), { userId: 'auth0|luis' }),
        ]),
      );
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: string; code: string };
      assertErrorBody(400, body);
      expect(body.error).toContain('none is yours');
      expect(s.counts()).toEqual({ garments: 0, outfits: 0, profiles: 0, files: 0 });

      // One other person's file (an export of the whole collection of a one-user install) is theirs to bring.
      const one = await postZip(
        s.url,
        legacyZip([prenda(1, cloud('shirt-1.jpg'), { userId: 'auth0|ana' })]),
      );
      expect(one.status).toBe(201);
      expect(s.counts()).toMatchObject({ garments: 1 });
    } finally {
      await s.close();
    }
  }, 60_000);

  it('a collection file that is not JSON: 400 naming it', async () => {
    const s = await startTestServer();
    try {
      const res = await postZip(s.url, zipSync({ 'prendas.json': enc('{"_id": ') }));
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: string }).error).toContain('prendas.json');
    } finally {
      await s.close();
    }
  });
});
