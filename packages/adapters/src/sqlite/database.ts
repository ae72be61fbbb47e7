/**
 * Opens the SQLite file the embedded mode keeps its metadata in, with the settings the store
 * relies on, and brings its schema up to date from the drizzle-kit migrations beside this file.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema.ts';

export type SqliteDb = BetterSQLite3Database<typeof schema>;

/** The generated SQL migrations (also applied to D1 by wrangler). */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./drizzle', import.meta.url));

export function openDatabase(path: string): { sqlite: Database.Database; db: SqliteDb } {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  // WAL: readers never wait for the writer; NORMAL sync is durable across application crashes.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  // Off by default in SQLite: the cascade from garments to outfits needs it.
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return { sqlite, db };
}
