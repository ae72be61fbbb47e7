/**
 * The suggestion log in SQL (SQLite and D1): one upsert per call, `INSERT … SELECT` from the
 * user's own garments (so an id of another user's garment, or of none, counts nothing) with
 * `ON CONFLICT` adding one to the counter. The row per (user, garment) is the whole log.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { SuggestionStore } from '@fashion/api';
import { garments, garmentSuggestions as t } from '../sqlite/schema.ts';
import type { SqlDb } from './database.ts';

/** D1 binds at most 100 parameters per statement: ids go in chunks well under it. */
const CHUNK = 80;

export function sqlSuggestionStore(db: SqlDb): SuggestionStore {
  return {
    async record(userId, ids, at) {
      const unique = [...new Set(ids)];
      for (let i = 0; i < unique.length; i += CHUNK) {
        const chunk = unique.slice(i, i + CHUNK);
        await db
          .insert(t)
          .select(
            db
              .select({
                userId: garments.userId,
                garmentId: garments.id,
                veces: sql<number>`1`.as('veces'),
                primera: sql<string>`${at}`.as('primera'),
                ultima: sql<string>`${at}`.as('ultima'),
              })
              .from(garments)
              .where(and(eq(garments.userId, userId), inArray(garments.id, chunk))),
          )
          .onConflictDoUpdate({
            target: [t.userId, t.garmentId],
            set: {
              veces: sql`${t.veces} + 1`,
              primera: sql`min(${t.primera}, excluded.primera)`,
              ultima: sql`max(${t.ultima}, excluded.ultima)`,
            },
          })
          .returning({ id: t.garmentId });
      }
    },
    async list(userId) {
      const rows = await db.select().from(t).where(eq(t.userId, userId));
      return rows.map((r) => ({
        prenda_id: r.garmentId,
        veces: r.veces,
        primera: r.primera,
        ultima: r.ultima,
      }));
    },
  };
}
