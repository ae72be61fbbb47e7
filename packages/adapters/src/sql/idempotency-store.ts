/** Idempotency-Key records in SQL (SQLite and D1 alike): one atomic upsert claims a key. */
import { and, eq, isNull, lte, or } from 'drizzle-orm';
import type { IdempotencyClaim, IdempotencyRecord, IdempotencyStore } from '@fashion/api';
import { idempotencyKeys as t } from '../sqlite/schema.ts';
import type { SqlDb } from './database.ts';

/** One claim in this many also deletes expired records (cheap: they are indexed by expiry). */
const PURGE_EVERY = 50;

export function sqlIdempotencyStore(db: SqlDb): IdempotencyStore {
  const held = (userId: string, key: string, fingerprint: string) =>
    and(eq(t.userId, userId), eq(t.key, key), eq(t.fingerprint, fingerprint), isNull(t.status));
  let claims = 0;

  return {
    async claim(userId, key, c: IdempotencyClaim): Promise<IdempotencyRecord | null> {
      claims += 1;
      if (claims % PURGE_EVERY === 0) await db.delete(t).where(lte(t.expiresAt, c.now));
      const fresh = {
        fingerprint: c.fingerprint,
        status: null,
        body: null,
        lockedUntil: c.lockedUntil,
        expiresAt: c.expiresAt,
      };
      // Inserted, or taken over when the holder expired or crashed: either way it is ours.
      const claimed = await db
        .insert(t)
        .values({ userId, key, ...fresh })
        .onConflictDoUpdate({
          target: [t.userId, t.key],
          set: fresh,
          setWhere: or(lte(t.expiresAt, c.now), and(isNull(t.status), lte(t.lockedUntil, c.now))),
        })
        .returning({ key: t.key });
      if (claimed.length > 0) return null;
      const [row] = await db
        .select()
        .from(t)
        .where(and(eq(t.userId, userId), eq(t.key, key)))
        .limit(1);
      // Released between the two statements: the caller tries again.
      if (!row) return { fingerprint: c.fingerprint };
      const record: IdempotencyRecord = { fingerprint: row.fingerprint };
      if (row.status !== null) record.status = row.status;
      if (row.body !== null) record.body = row.body;
      return record;
    },
    async complete(userId, key, fingerprint, answer) {
      await db
        .update(t)
        .set({ status: answer.status, body: answer.body })
        .where(held(userId, key, fingerprint));
    },
    async release(userId, key, fingerprint) {
      await db.delete(t).where(held(userId, key, fingerprint));
    },
  };
}
