/**
 * The Store port in SQL, one implementation for SQLite (better-sqlite3, embedded) and Cloudflare
 * D1 (edge): the same Drizzle queries, each awaited (which both drivers allow). The one real
 * difference, how several statements become atomic, comes in as `SqlDriver.atomic`: a
 * transaction on SQLite, a batch on D1 (which has no interactive transactions).
 *
 * Writes take their answer from `RETURNING` rows read to the end (never `.get()`): a commit that
 * fails then raises instead of acknowledging a row that is not on disk.
 */
import { and, count, desc, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { PreferencesUpdate, Profile } from '@fashion/core';
import { garmentWhere } from '../sqlite/garment-query.ts';
import type {
  GarmentStore,
  NewGarment,
  NewOutfit,
  OutfitStore,
  ProfileStore,
  Store,
  StoredGarment,
} from '@fashion/api';
import { outfitUsesGarment, ownedGarments } from '../sqlite/conditions.ts';
import {
  garmentFromRow,
  garmentSet,
  garmentToRow,
  mergeProfile,
  outfitFromRow,
  outfitToRow,
  outfitUpdateToRow,
  profileFromRow,
} from '../sqlite/mapping.ts';
import { garmentSuggestions, garments, outfits, profiles } from '../sqlite/schema.ts';
import type { SqlDb } from './database.ts';
import { sqlCategoryStore } from './category-store.ts';
import { sqlIdempotencyStore } from './idempotency-store.ts';
import { sqlPlanStore } from './plan-store.ts';
import { sqlTripStore } from './trip-store.ts';
import { sqlWearStore } from './wear-store.ts';
import { sqlSuggestionStore } from './suggestion-store.ts';
import { IMAGE_KEY_COLUMNS, imageKeySet } from '../sqlite/image-keys.ts';

/** A statement whose rows (its RETURNING clause) the store reads. */
export type ReturningQuery = PromiseLike<unknown[]>;

export interface SqlDriver {
  /** Runs the statements all or none, in order, and answers each one's RETURNING rows. */
  atomic(queries: ReturningQuery[]): Promise<unknown[][]>;
}

function garmentStore(db: SqlDb, driver: SqlDriver): GarmentStore {
  const owned = (user: string, id: string) => and(eq(garments.userId, user), eq(garments.id, id));

  async function get(user: string, id: string): Promise<StoredGarment | null> {
    const [row] = await db.select().from(garments).where(owned(user, id)).limit(1);
    return row ? garmentFromRow(row) : null;
  }

  return {
    get,
    async create(garment: NewGarment) {
      const [row] = await db.insert(garments).values(garmentToRow(garment)).returning();
      return garmentFromRow(row!);
    },
    async list(user, filter) {
      const rows = await db
        .select()
        .from(garments)
        .where(garmentWhere(user, filter))
        .orderBy(desc(garments.fecha_agregada), desc(garments.id));
      return rows.map(garmentFromRow);
    },
    async page(user, filter, { limit, after }) {
      // One row more than asked tells whether another page follows.
      const rows = await db
        .select()
        .from(garments)
        .where(garmentWhere(user, filter, after))
        .orderBy(desc(garments.fecha_agregada), desc(garments.id))
        .limit(limit + 1);
      const items = rows.slice(0, limit).map(garmentFromRow);
      const last = items[items.length - 1];
      return rows.length > limit && last
        ? { items, next: { fecha_agregada: last.fecha_agregada, _id: last._id } }
        : { items };
    },
    async count(user, filter) {
      const [row] = await db
        .select({ n: count() })
        .from(garments)
        .where(garmentWhere(user, filter));
      return row?.n ?? 0;
    },
    async getMany(user, ids) {
      if (ids.length === 0) return [];
      const rows = await db.select().from(garments).where(ownedGarments(user, ids));
      return rows.map(garmentFromRow);
    },
    async update(user, id, patch) {
      const set = garmentSet(patch);
      if (Object.keys(set).length === 0) return get(user, id);
      const [row] = await db.update(garments).set(set).where(owned(user, id)).returning();
      return row ? garmentFromRow(row) : null;
    },
    async setOcasion(user, id, ocasion) {
      const [row] = await db.update(garments).set({ ocasion }).where(owned(user, id)).returning();
      return row ? garmentFromRow(row) : null;
    },
    async batchUpdate(user, ids, change) {
      const unique = [...new Set(ids)];
      const rows = await db.select().from(garments).where(ownedGarments(user, unique));
      if (rows.length !== unique.length) return null;
      const sets = rows.map((r) => ({ id: r.id, set: garmentSet(change(garmentFromRow(r))) }));
      const updates = sets
        .filter(({ set }) => Object.keys(set).length > 0)
        .map(({ id, set }) => db.update(garments).set(set).where(owned(user, id)).returning());
      if (updates.length > 0) await driver.atomic(updates);
      return (await db.select().from(garments).where(ownedGarments(user, unique))).map(
        garmentFromRow,
      );
    },
    async batchDelete(user, ids) {
      const unique = [...new Set(ids)];
      const found = await db
        .select({ id: garments.id })
        .from(garments)
        .where(ownedGarments(user, unique));
      if (found.length !== unique.length) return null;
      const [, , deleted] = await driver.atomic([
        db
          .delete(outfits)
          .where(and(eq(outfits.userId, user), or(...unique.map((id) => outfitUsesGarment(id)))))
          .returning({ id: outfits.id }),
        db
          .delete(garmentSuggestions)
          .where(
            and(eq(garmentSuggestions.userId, user), inArray(garmentSuggestions.garmentId, unique)),
          )
          .returning({ id: garmentSuggestions.garmentId }),
        db.delete(garments).where(ownedGarments(user, unique)).returning(),
      ]);
      return (deleted as (typeof garments.$inferSelect)[]).map(garmentFromRow);
    },
    async setCutout(user, id, key, url) {
      const [row] = await db
        .update(garments)
        .set({ recorte_key: key, recorte_url: url })
        .where(owned(user, id))
        .returning();
      return row ? garmentFromRow(row) : null;
    },
    async recolour(user, id, patch) {
      const notNamed = or(isNull(garments.color_origen), ne(garments.color_origen, 'persona'));
      const [row] = await db
        .update(garments)
        .set(garmentSet(patch))
        .where(and(owned(user, id), notNamed))
        .returning();
      return row ? garmentFromRow(row) : get(user, id);
    },
    async markWorn(user, ids, at) {
      if (ids.length === 0) return [];
      const rows = await db
        .update(garments)
        .set({ ultimo_uso: at })
        .where(ownedGarments(user, ids))
        .returning({ id: garments.id });
      return rows.map((r) => r.id);
    },
    async delete(user, id) {
      // The outfits that use the garment, its suggestion counts, then the garment, all or none.
      // The foreign keys cascade too; deleting explicitly keeps the rule visible and holds
      // without them.
      const [, , deleted] = await driver.atomic([
        db
          .delete(outfits)
          .where(and(eq(outfits.userId, user), outfitUsesGarment(id)))
          .returning({ id: outfits.id }),
        db
          .delete(garmentSuggestions)
          .where(and(eq(garmentSuggestions.userId, user), eq(garmentSuggestions.garmentId, id)))
          .returning({ id: garmentSuggestions.garmentId }),
        db.delete(garments).where(owned(user, id)).returning(),
      ]);
      const row = deleted?.[0] as typeof garments.$inferSelect | undefined;
      return row ? garmentFromRow(row) : null;
    },
  };
}

function outfitStore(db: SqlDb): OutfitStore {
  const owned = (user: string, id: string) => and(eq(outfits.userId, user), eq(outfits.id, id));
  return {
    async create(outfit: NewOutfit) {
      const [row] = await db.insert(outfits).values(outfitToRow(outfit)).returning();
      return outfitFromRow(row!);
    },
    async list(user) {
      const rows = await db
        .select()
        .from(outfits)
        .where(eq(outfits.userId, user))
        .orderBy(desc(outfits.fechaCreacion), desc(outfits.id));
      return rows.map(outfitFromRow);
    },
    async get(user, id) {
      const [row] = await db.select().from(outfits).where(owned(user, id)).limit(1);
      return row ? outfitFromRow(row) : null;
    },
    async update(user, id, patch) {
      const set = outfitUpdateToRow(patch);
      const [row] = Object.keys(set).length
        ? await db.update(outfits).set(set).where(owned(user, id)).returning()
        : await db.select().from(outfits).where(owned(user, id)).limit(1);
      return row ? outfitFromRow(row) : null;
    },
    async delete(user, id) {
      const rows = await db.delete(outfits).where(owned(user, id)).returning({ id: outfits.id });
      return rows.length > 0;
    },
  };
}

function profileStore(db: SqlDb): ProfileStore {
  return {
    async get(user): Promise<Profile | null> {
      const [row] = await db.select().from(profiles).where(eq(profiles.userId, user)).limit(1);
      return row ? profileFromRow(row) : null;
    },
    async update(user, patch, defaults) {
      const now = new Date().toISOString();
      // Insert: defaults overwritten by the patch. Conflict: only the patched columns change,
      // in the same statement, so concurrent updates of different fields never undo each other.
      const inserted = mergeProfile(user, undefined, patch, defaults, now);
      const set: Partial<typeof profiles.$inferInsert> = { updatedAt: now };
      for (const key of Object.keys(patch) as (keyof PreferencesUpdate)[]) {
        if (patch[key] === undefined) continue;
        Object.assign(set, { [key]: inserted[key as keyof typeof inserted] });
      }
      const [row] = await db
        .insert(profiles)
        .values(inserted)
        .onConflictDoUpdate({ target: profiles.userId, set })
        .returning();
      return profileFromRow(row!);
    },
  };
}

/** The Store over a Drizzle SQLite-dialect database migrated from `../sqlite/drizzle`. */
export function createSqlStore(db: SqlDb, driver: SqlDriver): Store {
  return {
    garments: garmentStore(db, driver),
    outfits: outfitStore(db),
    profiles: profileStore(db),
    categories: sqlCategoryStore(db, driver),
    wears: sqlWearStore(db, driver),
    plans: sqlPlanStore(db),
    trips: sqlTripStore(db),
    idempotency: sqlIdempotencyStore(db),
    suggestions: sqlSuggestionStore(db),
    async ping() {
      const rows = await db.all<{ ok: number }>(sql`select 1 as ok`);
      return rows[0]?.ok === 1;
    },
    async imageKeys() {
      return imageKeySet(await db.select(IMAGE_KEY_COLUMNS).from(garments));
    },
  };
}
