/**
 * The Store over MongoDB (Atlas in the free cloud stack), on the collections of the system it
 * replaces: `prendas`, `outfits`, `userprofiles`.
 */
import type { Store } from '@fashion/api';
import { MongoClient, type Db } from 'mongodb';
import { documentToGarment, type GarmentReadOptions } from './garment-documents.ts';
import { MongoCategoryStore } from './category-store.ts';
import { MongoGarmentStore } from './garment-store.ts';
import { MongoIdempotencyStore } from './idempotency-store.ts';
import { MongoOutfitStore } from './outfit-store.ts';
import { MongoProfileStore } from './profile-store.ts';
import { MongoPlanStore } from './plan-store.ts';
import { MongoTripStore } from './trip-store.ts';
import { MongoWearStore } from './wear-store.ts';
import { MongoSuggestionStore } from './suggestion-store.ts';

export const COLLECTIONS = {
  garments: 'prendas',
  outfits: 'outfits',
  profiles: 'userprofiles',
  idempotency: 'idempotency_keys',
  categories: 'categorias',
  wears: 'usos',
  plans: 'planes',
  trips: 'viajes',
  suggestions: 'sugerencias',
} as const;

export interface MongoStoreOptions extends GarmentReadOptions {
  /** Database name; default: the one in the URI (as mongoose used), else `test`. */
  dbName?: string;
  serverSelectionTimeoutMS?: number;
}

/** A Store over an open database. `close` closes the client only when this module opened it. */
export function mongoStoreFromDb(
  db: Db,
  options: GarmentReadOptions = {},
  client?: MongoClient,
): Store {
  const prendas = db.collection(COLLECTIONS.garments);
  const outfits = db.collection(COLLECTIONS.outfits);
  const suggestions = new MongoSuggestionStore(db.collection(COLLECTIONS.suggestions), prendas);
  return {
    garments: new MongoGarmentStore(prendas, outfits, options, (userId, ids) =>
      suggestions.forget(userId, ids),
    ),
    outfits: new MongoOutfitStore(outfits),
    profiles: new MongoProfileStore(db.collection(COLLECTIONS.profiles)),
    categories: new MongoCategoryStore(db.collection(COLLECTIONS.categories), prendas),
    wears: new MongoWearStore(db.collection(COLLECTIONS.wears), prendas, outfits),
    plans: new MongoPlanStore(db.collection(COLLECTIONS.plans)),
    trips: new MongoTripStore(db.collection(COLLECTIONS.trips)),
    idempotency: new MongoIdempotencyStore(db.collection(COLLECTIONS.idempotency)),
    suggestions,
    async ping() {
      try {
        await db.command({ ping: 1 });
        return true;
      } catch {
        return false;
      }
    },
    async imageKeys() {
      const keys = new Set<string>();
      const cursor = prendas.find(
        {},
        {
          projection: {
            image_key: 1,
            thumbnail_key: 1,
            recorte_key: 1,
            imagen_url: 1,
            thumbnail_url: 1,
          },
        },
      );
      for await (const doc of cursor) {
        const g = documentToGarment(doc, options);
        // A legacy garment whose key cannot be told from its URL: sweeping could lose its image.
        if (!g.image_key) throw new Error(`garment ${String(doc._id)} has no image key`);
        keys.add(g.image_key);
        if (g.thumbnail_key) keys.add(g.thumbnail_key);
        if (g.recorte_key) keys.add(g.recorte_key);
        const thumb =
          typeof doc.thumbnail_url === 'string' && options.imageKeyFromUrl?.(doc.thumbnail_url);
        if (thumb) keys.add(thumb);
      }
      return keys;
    },
    close: async () => {
      await client?.close();
    },
  };
}

/** Indexes the queries use; an index the old system already made under another name is kept. */
export async function ensureIndexes(db: Db): Promise<void> {
  const attempts = [
    db.collection(COLLECTIONS.garments).createIndex({ userId: 1, fecha_agregada: -1 }),
    db.collection(COLLECTIONS.outfits).createIndex({ userId: 1, fecha_creacion: -1 }),
    db.collection(COLLECTIONS.profiles).createIndex({ user_id: 1 }, { unique: true }),
    db
      .collection(COLLECTIONS.categories)
      .createIndex({ userId: 1, nombre_clave: 1 }, { unique: true }),
    db.collection(COLLECTIONS.garments).createIndex({ userId: 1, categoria_id: 1 }),
    db.collection(COLLECTIONS.wears).createIndex({ userId: 1, fecha: -1 }),
    // "Latest wear of this garment" (the derived ultimo_uso) and "times worn".
    db.collection(COLLECTIONS.wears).createIndex({ userId: 1, prenda_ids: 1, worn_at: -1 }),
    db.collection(COLLECTIONS.plans).createIndex({ userId: 1, fecha: 1 }),
    db.collection(COLLECTIONS.trips).createIndex({ userId: 1, desde: 1 }),
    // One counter document per (user, garment): the upsert's key.
    db
      .collection(COLLECTIONS.suggestions)
      .createIndex({ userId: 1, prenda_id: 1 }, { unique: true }),
    // Records vanish once expired (MongoDB's TTL monitor; claims also ignore expired ones).
    db.collection(COLLECTIONS.idempotency).createIndex({ expiresAt: 1 }, { expireAfterSeconds: 0 }),
  ];
  for (const r of await Promise.allSettled(attempts)) {
    if (
      r.status === 'rejected' &&
      !/already exists|IndexOptionsConflict|IndexKeySpecsConflict/i.test(String(r.reason))
    ) {
      throw r.reason;
    }
  }
}

export async function createMongoStore(
  uri: string,
  options: MongoStoreOptions = {},
): Promise<Store> {
  const client = new MongoClient(uri, {
    serverSelectionTimeoutMS: options.serverSelectionTimeoutMS ?? 10_000,
    appName: 'fashion-ai',
    // A write is acknowledged once a majority has it in the journal: a 2xx means it is on disk.
    writeConcern: { w: 'majority', journal: true },
  });
  await client.connect();
  try {
    const db = client.db(options.dbName);
    await ensureIndexes(db);
    return mongoStoreFromDb(db, options, client);
  } catch (err) {
    await client.close();
    throw err;
  }
}
