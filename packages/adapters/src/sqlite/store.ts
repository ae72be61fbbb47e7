/**
 * The Store port on SQLite (better-sqlite3 + Drizzle): the shared SQL store (../sql/store.ts)
 * over the synchronous driver, plus what only a local file allows, a cache of the wardrobe lists.
 *
 * Writes never use `.get()`: better-sqlite3 ignores the result of resetting a statement after
 * its first row, so a commit that fails (SQLITE_FULL, I/O error) would go unnoticed and the
 * caller would acknowledge a write that is not on disk. `.all()` and `.run()` step the statement
 * to its end, where an autocommit statement commits, and raise what the commit raised.
 */
import type { CategoryStore, GarmentStore, Store, StoredGarment, WearStore } from '@fashion/api';
import type Database from 'better-sqlite3';
import type { SqlDb } from '../sql/database.ts';
import { createSqlStore, type SqlDriver } from '../sql/store.ts';
import { openDatabase } from './database.ts';

export interface SqliteStore extends Store {
  close(): Promise<void>;
  /** The open connection, for maintenance and for tests that make the database full. */
  readonly connection: Database.Database;
}

/**
 * Deeply frozen (nested arrays and objects too, e.g. colores_secundarios), because cached lists
 * are shared between requests and the port promises that an array answered again is unchanged.
 */
function frozen<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) frozen(v);
    Object.freeze(value);
  }
  return value;
}

type Writing = <A extends unknown[], R>(
  write: (...args: A) => Promise<R>,
) => (...args: A) => Promise<R>;

/**
 * The wardrobe list is the hottest read (every screen shows it), so lists are cached per user
 * and filter. A cached list is valid while neither this connection wrote a garment nor another
 * connection committed anything (SQLite's `PRAGMA data_version` tells, in microseconds).
 * `writing` wraps any other write that changes garments (a category delete or merge).
 */
function withListCache(
  inner: GarmentStore,
  innerWears: WearStore,
  sqlite: Database.Database,
): { garments: GarmentStore; wears: WearStore; writing: Writing } {
  const dataVersion = sqlite.prepare('PRAGMA data_version').pluck();
  const entries = new Map<
    string,
    { dataVersion: number; writes: number; rows: readonly StoredGarment[] }
  >();
  let writes = 0;
  /** Invalidates before and after: a failed write may still have changed nothing or something. */
  const writing: Writing =
    (write) =>
    async (...args) => {
      writes += 1;
      try {
        return await write(...args);
      } finally {
        writes += 1;
      }
    };
  const garments: GarmentStore = {
    get: (user, id) => inner.get(user, id),
    getMany: (user, ids) => inner.getMany(user, ids),
    page: (user, filter, page) => inner.page(user, filter, page),
    count: (user, filter) => inner.count(user, filter),
    async list(user, filter) {
      const key = `${user}\u0000${JSON.stringify(filter ?? {})}`;
      const version = dataVersion.get() as number;
      const hit = entries.get(key);
      if (hit && hit.dataVersion === version && hit.writes === writes) return hit.rows;
      const before = writes;
      const rows = frozen(await inner.list(user, filter));
      // Better-sqlite3 answers synchronously, so no write can slip in; the check keeps it so.
      if (before === writes) {
        if (entries.size >= 1000) entries.clear();
        entries.set(key, { dataVersion: version, writes, rows });
      }
      return rows;
    },
    create: writing((g) => inner.create(g)),
    update: writing((user, id, patch) => inner.update(user, id, patch)),
    setOcasion: writing((user, id, ocasion) => inner.setOcasion(user, id, ocasion)),
    setCutout: writing((user, id, key, url) => inner.setCutout(user, id, key, url)),
    recolour: writing((user, id, patch) => inner.recolour(user, id, patch)),
    markWorn: writing((user, ids, at) => inner.markWorn(user, ids, at)),
    batchUpdate: writing((user, ids, change) => inner.batchUpdate(user, ids, change)),
    batchDelete: writing((user, ids) => inner.batchDelete(user, ids)),
    delete: writing((user, id) => inner.delete(user, id)),
  };
  // Wear writes change garments' derived `ultimo_uso` on this same connection.
  const wears: WearStore = {
    get: (user, id) => innerWears.get(user, id),
    list: (user, query) => innerWears.list(user, query),
    create: writing((wear) => innerWears.create(wear)),
    replace: writing((user, id, change) => innerWears.replace(user, id, change)),
    delete: writing((user, id) => innerWears.delete(user, id)),
  };
  return { garments, wears, writing };
}

/** Category writes that change garments go through the list cache's invalidation. */
function categoriesInvalidating(inner: CategoryStore, writing: Writing): CategoryStore {
  return {
    ...inner,
    delete: writing((user, id) => inner.delete(user, id)),
    merge: writing((user, from, to) => inner.merge(user, from, to)),
  };
}

/** Statements of one SQLite connection, made atomic by a transaction (COMMIT raises if it fails). */
function sqliteDriver(db: SqlDb): SqlDriver {
  return {
    async atomic(queries) {
      return (db as unknown as { transaction<T>(f: () => T): T }).transaction(() =>
        queries.map((q) => (q as unknown as { all(): unknown[] }).all()),
      );
    },
  };
}

/** Opens (creating and migrating as needed) the SQLite file at `path` (or ':memory:'). */
export function createSqliteStore(path: string): SqliteStore {
  const { sqlite, db } = openDatabase(path);
  const sqlDb = db as unknown as SqlDb;
  const store = createSqlStore(sqlDb, sqliteDriver(sqlDb));
  const { garments, wears, writing } = withListCache(store.garments, store.wears, sqlite);
  return {
    ...store,
    garments,
    wears,
    categories: categoriesInvalidating(store.categories, writing),
    connection: sqlite,
    async close() {
      if (sqlite.open) sqlite.close();
    },
  };
}
