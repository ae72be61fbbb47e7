/**
 * The Store port on SQLite (better-sqlite3 + Drizzle). Every query is scoped by userId. The hot
 * reads are prepared once. better-sqlite3 is synchronous, which makes each method atomic within
 * this process; multi-statement writes still run in a transaction.
 */
import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Outfit, Preferences, PreferencesUpdate, Profile, Tipo } from '@fashion/core';
import type {
  GarmentStore,
  NewGarment,
  NewOutfit,
  OutfitStore,
  ProfileStore,
  Store,
  StoredGarment,
} from '@fashion/api';
import { openDatabase, type SqliteDb } from './database.ts';
import {
  garmentFromRow,
  garmentToRow,
  mergeProfile,
  outfitFromRow,
  outfitToRow,
  profileFromRow,
} from './mapping.ts';
import { garments, outfits, profiles } from './schema.ts';

export interface SqliteStore extends Store {
  close(): Promise<void>;
}

function garmentStore(db: SqliteDb): GarmentStore {
  const userId = sql.placeholder('userId');
  const listAll = db
    .select()
    .from(garments)
    .where(eq(garments.userId, userId))
    .orderBy(desc(garments.fechaAgregada), desc(garments.id))
    .prepare();
  const listByTipo = db
    .select()
    .from(garments)
    .where(and(eq(garments.userId, userId), eq(garments.tipo, sql.placeholder('tipo'))))
    .orderBy(desc(garments.fechaAgregada), desc(garments.id))
    .prepare();
  const getOne = db
    .select()
    .from(garments)
    .where(and(eq(garments.userId, userId), eq(garments.id, sql.placeholder('id'))))
    .prepare();

  const usesGarment = (id: string) =>
    or(
      eq(outfits.superiorId, id),
      eq(outfits.superiorSecundarioId, id),
      eq(outfits.inferiorId, id),
      eq(outfits.vestidoId, id),
      eq(outfits.zapatosId, id),
      eq(outfits.abrigoId, id),
      eq(outfits.sombreroId, id),
    );

  async function get(user: string, id: string): Promise<StoredGarment | null> {
    const row = getOne.get({ userId: user, id });
    return row ? garmentFromRow(row) : null;
  }

  return {
    get,
    async create(garment: NewGarment) {
      const row = db.insert(garments).values(garmentToRow(garment)).returning().get();
      return garmentFromRow(row);
    },
    async list(user: string, filter?: { tipo?: Tipo }) {
      const rows = filter?.tipo
        ? listByTipo.all({ userId: user, tipo: filter.tipo })
        : listAll.all({ userId: user });
      return rows.map(garmentFromRow);
    },
    async getMany(user, ids) {
      if (ids.length === 0) return [];
      const rows = db
        .select()
        .from(garments)
        .where(and(eq(garments.userId, user), inArray(garments.id, [...new Set(ids)])))
        .all();
      return rows.map(garmentFromRow);
    },
    async update(user, id, patch) {
      const set: Partial<typeof garments.$inferInsert> = {};
      if (patch.tipo !== undefined) set.tipo = patch.tipo;
      if (patch.clase_nombre !== undefined) set.claseNombre = patch.clase_nombre;
      if (patch.color !== undefined) set.color = patch.color;
      if (patch.color_hex !== undefined) set.colorHex = patch.color_hex;
      if (patch.ocasion !== undefined) set.ocasion = JSON.stringify(patch.ocasion);
      if (patch.confirmado !== undefined) set.confirmado = patch.confirmado;
      if (Object.keys(set).length === 0) return get(user, id);
      const row = db
        .update(garments)
        .set(set)
        .where(and(eq(garments.userId, user), eq(garments.id, id)))
        .returning()
        .get();
      return row ? garmentFromRow(row) : null;
    },
    async setOcasion(user, id, ocasion) {
      const row = db
        .update(garments)
        .set({ ocasion: JSON.stringify(ocasion) })
        .where(and(eq(garments.userId, user), eq(garments.id, id)))
        .returning()
        .get();
      return row ? garmentFromRow(row) : null;
    },
    async delete(user, id) {
      return db.transaction((tx): StoredGarment | null => {
        const row = tx
          .select()
          .from(garments)
          .where(and(eq(garments.userId, user), eq(garments.id, id)))
          .get();
        if (!row) return null;
        // The foreign keys cascade too; deleting explicitly keeps the rule visible and holds
        // even on a connection where foreign_keys is off.
        tx.delete(outfits)
          .where(and(eq(outfits.userId, user), usesGarment(id)))
          .run();
        tx.delete(garments)
          .where(and(eq(garments.userId, user), eq(garments.id, id)))
          .run();
        return garmentFromRow(row);
      });
    },
  };
}

function outfitStore(db: SqliteDb): OutfitStore {
  const listAll = db
    .select()
    .from(outfits)
    .where(eq(outfits.userId, sql.placeholder('userId')))
    .orderBy(desc(outfits.fechaCreacion), desc(outfits.id))
    .prepare();
  return {
    async create(outfit: NewOutfit): Promise<Outfit> {
      const row = db.insert(outfits).values(outfitToRow(outfit)).returning().get();
      return outfitFromRow(row);
    },
    async list(user) {
      return listAll.all({ userId: user }).map(outfitFromRow);
    },
    async get(user, id) {
      const row = db
        .select()
        .from(outfits)
        .where(and(eq(outfits.userId, user), eq(outfits.id, id)))
        .get();
      return row ? outfitFromRow(row) : null;
    },
    async delete(user, id) {
      const result = db
        .delete(outfits)
        .where(and(eq(outfits.userId, user), eq(outfits.id, id)))
        .run();
      return result.changes > 0;
    },
  };
}

function profileStore(db: SqliteDb): ProfileStore {
  const getRow = (user: string) =>
    db.select().from(profiles).where(eq(profiles.userId, user)).get();
  return {
    async get(user): Promise<Profile | null> {
      const row = getRow(user);
      return row ? profileFromRow(row) : null;
    },
    async update(user, patch: PreferencesUpdate, defaults: Preferences) {
      return db.transaction((tx) => {
        const existing = tx.select().from(profiles).where(eq(profiles.userId, user)).get();
        const row = mergeProfile(user, existing, patch, defaults, new Date().toISOString());
        tx.insert(profiles)
          .values(row)
          .onConflictDoUpdate({ target: profiles.userId, set: row })
          .run();
        return profileFromRow(row);
      });
    },
  };
}

/** Opens (creating and migrating as needed) the SQLite file at `path` (or ':memory:'). */
export function createSqliteStore(path: string): SqliteStore {
  const { sqlite, db } = openDatabase(path);
  const ping = sqlite.prepare('SELECT 1').pluck();
  return {
    garments: garmentStore(db),
    outfits: outfitStore(db),
    profiles: profileStore(db),
    async ping() {
      return ping.get() === 1;
    },
    async close() {
      if (sqlite.open) sqlite.close();
    },
  };
}
