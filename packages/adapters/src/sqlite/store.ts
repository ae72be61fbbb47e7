/**
 * The Store port on SQLite (better-sqlite3 + Drizzle). Every query is scoped by userId. The hot
 * reads are prepared once. better-sqlite3 is synchronous, which makes each method atomic within
 * this process; multi-statement writes still run in a transaction.
 *
 * Writes never use `.get()`: better-sqlite3 ignores the result of resetting a statement after
 * its first row, so a commit that fails (SQLITE_FULL, I/O error) would go unnoticed and the
 * caller would acknowledge a write that is not on disk. `.all()` and `.run()` step the statement
 * to its end, where an autocommit statement commits, and raise what the commit raised.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
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
import type Database from 'better-sqlite3';
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
import { outfitUsesGarment, ownedGarments } from './conditions.ts';
import { sqlIdempotencyStore } from '../sql/idempotency-store.ts';

export interface SqliteStore extends Store {
  close(): Promise<void>;
  /** The open connection, for maintenance and for tests that make the database full. */
  readonly connection: Database.Database;
}

/** Deeply frozen, because cached lists are shared between requests. */
function frozen(rows: StoredGarment[]): StoredGarment[] {
  for (const g of rows) {
    Object.freeze(g.ocasion);
    Object.freeze(g);
  }
  return Object.freeze(rows) as StoredGarment[];
}

/**
 * The wardrobe list is the hottest read (every screen shows it), so lists are cached per user
 * and filter. A cached list is valid while neither this connection wrote a garment nor another
 * connection committed anything (SQLite's `PRAGMA data_version` tells, in microseconds).
 */
function listCache(sqlite: Database.Database) {
  const dataVersion = sqlite.prepare('PRAGMA data_version').pluck();
  const entries = new Map<string, { dataVersion: number; writes: number; rows: StoredGarment[] }>();
  let writes = 0;
  return {
    invalidate() {
      writes += 1;
    },
    get(key: string, load: () => StoredGarment[]): StoredGarment[] {
      const version = dataVersion.get() as number;
      const hit = entries.get(key);
      if (hit && hit.dataVersion === version && hit.writes === writes) return hit.rows;
      const rows = frozen(load());
      if (entries.size >= 1000) entries.clear();
      entries.set(key, { dataVersion: version, writes, rows });
      return rows;
    },
  };
}

function garmentStore(db: SqliteDb, sqlite: Database.Database): GarmentStore {
  const userId = sql.placeholder('userId');
  const cache = listCache(sqlite);
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

  async function get(user: string, id: string): Promise<StoredGarment | null> {
    const row = getOne.get({ userId: user, id });
    return row ? garmentFromRow(row) : null;
  }

  return {
    get,
    async create(garment: NewGarment) {
      cache.invalidate();
      const row = db.insert(garments).values(garmentToRow(garment)).returning().all()[0];
      return garmentFromRow(row!);
    },
    async list(user: string, filter?: { tipo?: Tipo }) {
      const tipo = filter?.tipo;
      return cache.get(`${user}\u0000${tipo ?? ''}`, () =>
        (tipo ? listByTipo.all({ userId: user, tipo }) : listAll.all({ userId: user })).map(
          garmentFromRow,
        ),
      );
    },
    async getMany(user, ids) {
      if (ids.length === 0) return [];
      const rows = db.select().from(garments).where(ownedGarments(user, ids)).all();
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
      cache.invalidate();
      const row = db
        .update(garments)
        .set(set)
        .where(and(eq(garments.userId, user), eq(garments.id, id)))
        .returning()
        .all()[0];
      return row ? garmentFromRow(row) : null;
    },
    async setOcasion(user, id, ocasion) {
      cache.invalidate();
      const row = db
        .update(garments)
        .set({ ocasion: JSON.stringify(ocasion) })
        .where(and(eq(garments.userId, user), eq(garments.id, id)))
        .returning()
        .all()[0];
      return row ? garmentFromRow(row) : null;
    },
    async markWorn(user, ids, at) {
      if (ids.length === 0) return [];
      cache.invalidate();
      return db
        .update(garments)
        .set({ ultimoUso: at })
        .where(ownedGarments(user, ids))
        .returning({ id: garments.id })
        .all()
        .map((r) => r.id);
    },
    async delete(user, id) {
      cache.invalidate();
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
          .where(and(eq(outfits.userId, user), outfitUsesGarment(id)))
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
      const row = db.insert(outfits).values(outfitToRow(outfit)).returning().all()[0];
      return outfitFromRow(row!);
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
    garments: garmentStore(db, sqlite),
    outfits: outfitStore(db),
    profiles: profileStore(db),
    idempotency: sqlIdempotencyStore(db),
    connection: sqlite,
    async ping() {
      return ping.get() === 1;
    },
    async close() {
      if (sqlite.open) sqlite.close();
    },
  };
}
