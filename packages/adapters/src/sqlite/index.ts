export { createSqliteStore, type SqliteStore } from './store.ts';
export { MIGRATIONS_FOLDER } from './database.ts';
export * as sqliteSchema from './schema.ts';
export * from './mapping.ts';
