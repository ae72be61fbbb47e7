/**
 * The Store port on Cloudflare D1: the shared SQL store (../sql/store.ts) over the D1 driver,
 * with the schema and migrations of the embedded SQLite store. D1 has no interactive
 * transactions; `batch` runs statements atomically.
 */
import { drizzle, type AnyD1Database } from 'drizzle-orm/d1';
import type { Store } from '@fashion/api';
import * as schema from '../sqlite/schema.ts';
import type { SqlDb } from '../sql/database.ts';
import { createSqlStore, type SqlDriver } from '../sql/store.ts';

/** A Store over a D1 binding whose schema was migrated from `packages/adapters/src/sqlite/drizzle`. */
export function createD1Store(binding: AnyD1Database): Store {
  const db = drizzle(binding, { schema });
  const driver: SqlDriver = {
    // Drizzle's batch takes its own query builders, which is what the store passes.
    atomic: (queries) => db.batch(queries as never) as Promise<unknown[][]>,
  };
  return createSqlStore(db as unknown as SqlDb, driver);
}
