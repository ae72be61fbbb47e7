/**
 * The MongoDB store. No MongoDB server can run on the development machines, so the contract
 * suite and the legacy-data checks run only when MONGODB_URI points at one (each run uses a
 * fresh database and drops it). The document mapping and the injection guards run always.
 */
import { ANONYMOUS_USER_ID } from '@fashion/api';
import { GARMENT_FIELD_DEFAULTS, newId } from '@fashion/core';
import { MongoClient, ObjectId, type Document } from 'mongodb';
import { afterAll, describe, expect, it } from 'vitest';
import { createMongoStore, mongoStoreFromDb } from '../src/mongo/index.ts';
import {
  documentToGarment,
  garmentToDocument,
  ownerFilter,
} from '../src/mongo/garment-documents.ts';
import { checkUserId, toObjectId } from '../src/mongo/ids.ts';
import { garmentFilter } from '../src/mongo/garment-query.ts';
import {
  documentToOutfit,
  outfitToDocument,
  outfitUpdateToDocument,
} from '../src/mongo/outfit-documents.ts';
import { describeStoreContract, garmentFor } from './store-contract.ts';
import { describeWearStoreContract } from './wear-store-contract.ts';
import { describeTripStoreContract } from './trip-store-contract.ts';

const uri = process.env.MONGODB_URI;

describe('MongoDB documents (no server needed)', () => {
  it('converts ids between 24-hex strings and ObjectIds, and nothing else', () => {
    const hex = newId();
    expect(toObjectId(hex)?.toHexString()).toBe(hex);
    for (const bad of [
      { $ne: null },
      { $gt: '' },
      ['a'],
      'ABCDEF'.repeat(4),
      `${hex}x`,
      42,
      null,
    ]) {
      expect(toObjectId(bad)).toBeNull();
    }
    expect(() => checkUserId({ $ne: null })).toThrow(/invalid user id/);
    expect(() => checkUserId('')).toThrow();
    expect(checkUserId('auth0|abc')).toBe('auth0|abc');
  });

  it('lets the anonymous user own the old garments without userId', () => {
    expect(ownerFilter('auth0|x')).toEqual({ userId: 'auth0|x' });
    expect(ownerFilter(ANONYMOUS_USER_ID)).toEqual({
      $or: [{ userId: ANONYMOUS_USER_ID }, { userId: { $exists: false } }, { userId: null }],
    });
  });

  it('reads a garment written by the old system (mongoose defaults, Date, no userId)', () => {
    const _id = new ObjectId();
    const g = documentToGarment(
      {
        _id,
        imagen_url: 'https://pub-1.r2.dev/fashion_ai/1699999999-shirt.jpg',
        tipo: 'superior',
        clase_nombre: 'desconocido',
        color: 'Marron',
        confianza: 0.91,
        ocasion: ['casual', 'playa'],
        fecha_agregada: new Date('2024-02-03T04:05:06.007Z'),
        __v: 0,
      },
      { imageKeyFromUrl: (url) => url.split('/fashion_ai/')[1] ?? null },
    );
    expect(g).toEqual({
      // Fields the old system never had read as their declared defaults.
      ...GARMENT_FIELD_DEFAULTS,
      _id: _id.toHexString(),
      userId: ANONYMOUS_USER_ID,
      imagen_url: 'https://pub-1.r2.dev/fashion_ai/1699999999-shirt.jpg',
      image_key: '1699999999-shirt.jpg',
      tipo: 'superior',
      clase_nombre: 'T-shirt',
      color: 'marrón',
      confianza: 0.91,
      ocasion: ['casual'],
      fecha_agregada: '2024-02-03T04:05:06.007Z',
    });
  });

  it('writes the old field names and types', () => {
    const g = garmentFor('u1');
    const doc = garmentToDocument(g, toObjectId(g._id)!);
    expect(doc._id).toBeInstanceOf(ObjectId);
    expect(doc.fecha_agregada).toBeInstanceOf(Date);
    expect(Object.keys(doc).sort()).toEqual(
      [
        ...new Set([
          '_id',
          'userId',
          'imagen_url',
          'image_key',
          'tipo',
          'clase_nombre',
          'color',
          'confianza',
          'ocasion',
          'fecha_agregada',
          // Every store writes the declared defaults.
          ...Object.keys(GARMENT_FIELD_DEFAULTS),
        ]),
      ].sort(),
    );
    expect(documentToGarment(doc)).toEqual(g);
  });

  it('reads an old outfit with ObjectId refs and null slots', () => {
    const [a, b, c] = [new ObjectId(), new ObjectId(), new ObjectId()];
    const o = documentToOutfit({
      _id: new ObjectId(),
      superior_id: a,
      superior_secundario_id: null,
      inferior_id: b,
      zapatos_id: c,
      abrigo_id: null,
      puntuacion: 77,
      fecha_creacion: new Date('2024-01-01T00:00:00.000Z'),
    });
    expect(o).toMatchObject({
      userId: ANONYMOUS_USER_ID,
      superior_id: a.toHexString(),
      inferior_id: b.toHexString(),
      zapatos_id: c.toHexString(),
      puntuacion: 77,
    });
    expect(o).not.toHaveProperty('abrigo_id');
    expect(o).not.toHaveProperty('superior_secundario_id');
  });

  it('keeps an outfit’s reason codes and worn date, and updates only name and date', () => {
    const _id = new ObjectId();
    const razones = [
      { code: 'color.acento', kind: 'reason', params: { prenda: 'T-shirt', color: 'azul' } },
      { code: 'rotacion.repite', kind: 'caveat' },
    ] as const;
    const doc = outfitToDocument(
      {
        _id: _id.toHexString(),
        userId: 'u1',
        zapatos_id: newId(),
        puntuacion: 70,
        fecha_creacion: '2024-01-01T00:00:00.000Z',
        razones: razones.map((r) => ({ ...r })),
      },
      _id,
    );
    const set = outfitUpdateToDocument({ nombre: 'Lunes', ultimo_uso: '2024-02-01T08:00:00.000Z' });
    expect(set).toEqual({ nombre: 'Lunes', ultimo_uso: new Date('2024-02-01T08:00:00.000Z') });
    const o = documentToOutfit({
      ...doc,
      ...set,
      razones: [...doc.razones, { code: 'no.such.code', kind: 'reason' }, 'junk'],
    });
    expect(o).toMatchObject({ nombre: 'Lunes', ultimo_uso: '2024-02-01T08:00:00.000Z', razones });
    expect(outfitUpdateToDocument({})).toEqual({});
  });

  it('searches word by word in the free text or the names core knows, and any of the seasons', () => {
    const [, camisa, azul] = garmentFilter('u1', { q: 'camisa AZUL' }).$and as Document[];
    expect(camisa!.$or).toEqual(expect.arrayContaining([{ clase_nombre: { $in: ['Shirt'] } }]));
    // The free text matches in any case, accents or not (the regex MongoDB runs, run here).
    const notas = (camisa!.$or as Document[]).find((d) => 'notas' in d)!.notas as Document;
    const regex = new RegExp(notas.$regex as string);
    for (const text of ['una camisa', 'CAMISA', 'Camísa vieja'])
      expect(regex.test(text)).toBe(true);
    expect(regex.test('camiseta')).toBe(false);
    const [, literal] = garmentFilter('u1', { q: 'a*o' }).$and as Document[];
    const star = (literal!.$or as Document[]).find((d) => 'notas' in d)!.notas as Document;
    expect(new RegExp(star.$regex as string).test('año')).toBe(false);
    expect(new RegExp(star.$regex as string).test('A*Ó')).toBe(true);
    expect(azul!.$or).toEqual(expect.arrayContaining([{ color: { $in: ['azul'] } }]));
    expect(garmentFilter('u1', { temporada: ['verano', 'otoño'] }).$and).toContainEqual({
      temporadas: { $in: ['verano', 'otoño'] },
    });
    expect(() =>
      garmentFilter('u1', { temporada: ['verano', { $ne: 1 }] as unknown as ['verano'] }),
    ).toThrow();
  });

  it('fails fast with a clear error when the server cannot be reached', async () => {
    await expect(
      createMongoStore('mongodb://127.0.0.1:1/fashion', { serverSelectionTimeoutMS: 300 }),
    ).rejects.toThrow(/ECONNREFUSED|Server selection timed out/);
  });
});

describe.skipIf(!uri)('MongoDB server (MONGODB_URI)', () => {
  const dbName = `fashion_test_${newId()}`;
  const client = uri ? new MongoClient(uri) : null;
  afterAll(async () => {
    await client?.db(dbName).dropDatabase();
    await client?.close();
  });

  describeStoreContract('mongo', () => createMongoStore(uri!, { dbName }));
  describeWearStoreContract('mongo', () => createMongoStore(uri!, { dbName }));
  describeTripStoreContract('mongo', () => createMongoStore(uri!, { dbName }));

  it('serves and deletes data written by the old system', async () => {
    const db = client!.db(dbName);
    const store = mongoStoreFromDb(db);
    const [top, bottom, shoes] = [new ObjectId(), new ObjectId(), new ObjectId()];
    const base = { confianza: 0.9, ocasion: [], fecha_agregada: new Date(), __v: 0 };
    await db.collection('prendas').insertMany([
      {
        _id: top,
        imagen_url: 'u/top.jpg',
        tipo: 'superior',
        clase_nombre: 'Shirt',
        color: 'azul',
        ...base,
      },
      {
        _id: bottom,
        imagen_url: 'u/b.jpg',
        tipo: 'inferior',
        clase_nombre: 'Pants',
        color: 'negro',
        ...base,
      },
      {
        _id: shoes,
        userId: 'anonymous',
        imagen_url: 'u/s.jpg',
        tipo: 'zapatos',
        clase_nombre: 'Shoes',
        color: 'blanco',
        ...base,
      },
    ]);
    await db.collection('outfits').insertOne({
      superior_id: top,
      inferior_id: bottom,
      zapatos_id: shoes,
      abrigo_id: null,
      puntuacion: 80,
      fecha_creacion: new Date(),
    });
    await db.collection('userprofiles').insertOne({
      user_id: 'anonymous',
      colores: ['azul'],
      ocasion: '',
      estilo: '',
      incluirVestido: false,
      incluirAbrigo: false,
      layeredTop: false,
      topPreference: 'any',
      age: 30,
      height_cm: 170,
    });

    expect((await store.garments.list(ANONYMOUS_USER_ID)).length).toBe(3);
    expect((await store.outfits.list(ANONYMOUS_USER_ID)).length).toBe(1);
    expect(await store.profiles.get(ANONYMOUS_USER_ID)).toMatchObject({
      colores: ['azul'],
      ocasion: 'casual',
      edad: 30,
      altura: 170,
    });
    expect(await store.garments.delete(ANONYMOUS_USER_ID, bottom.toHexString())).not.toBeNull();
    expect(await store.outfits.list(ANONYMOUS_USER_ID)).toEqual([]);
    expect(await store.garments.list('auth0|someone-else')).toEqual([]);
  });

  it('does not let operator objects through a query', async () => {
    const store = mongoStoreFromDb(client!.db(dbName));
    const evil = { $ne: null } as unknown as string;
    expect(await store.garments.get(ANONYMOUS_USER_ID, evil)).toBeNull();
    await expect(store.garments.list(evil)).rejects.toThrow(/invalid user id/);
    await expect(
      store.garments.list(ANONYMOUS_USER_ID, { tipo: { $gt: '' } as unknown as 'superior' }),
    ).rejects.toThrow(/invalid tipo/);
  });
});
