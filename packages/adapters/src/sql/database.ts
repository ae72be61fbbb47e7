/**
 * The Drizzle database both SQL drivers give: better-sqlite3 (embedded, synchronous) and D1
 * (edge, asynchronous). Store code awaits every query, which works on both, and never takes a
 * write's answer with `.get()` (see the SQLite store: a failed commit would go unnoticed).
 */
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type * as schema from '../sqlite/schema.ts';

export type SqlDb = BaseSQLiteDatabase<'sync' | 'async', unknown, typeof schema>;
