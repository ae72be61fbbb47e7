/**
 * The Store port on Cloudflare D1, with the SQLite schema, row mapping and migrations of the
 * embedded store (one SQL schema for both). D1 is asynchronous and has no interactive
 * transactions, so multi-statement writes go through `batch`, which D1 runs atomically, and the
 * profile merge happens inside one upsert statement.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import { drizzle, type AnyD1Database, type DrizzleD1Database } from 'drizzle-orm/d1';
import type {
  GarmentStore,
  NewGarment,
  NewOutfit,
  OutfitStore,
  ProfileStore,
  Store,
  StoredGarment,
} from '@fashion/api';
import type { Outfit, Preferences, PreferencesUpdate, Profile, Tipo } from '@fashion/core';
import {
  garmentFromRow,
  garmentToRow,
  mergeProfile,
  outfitFromRow,
  outfitToRow,
  profileFromRow,
} from '../sqlite/mapping.ts';
import * as schema from '../sqlite/schema.ts';
import { outfitUsesGarment, ownedGarments } from '../sqlite/conditions.ts';
import { sqlIdempotencyStore } from '../sql/idempotency-store.ts';

const { garments, outfits, profiles } = schema;
type D1Db = DrizzleD1Database<typeof schema>;

function garmentStore(db: D1Db): GarmentStore {
  const owned = (user: string, id: string) => and(eq(garments.userId, user), eq(garments.id, id));

  async function get(user: string, id: string): Promise<StoredGarment | null> {
    const row = await db.select().from(garments).where(owned(user, id)).get();
    return row ? garmentFromRow(row) : null;
  }

  return {
    get,
    async create(garment: NewGarment) {
      const [row] = await db.insert(garments).values(garmentToRow(garment)).returning();
      return garmentFromRow(row!);
    },
    async list(user: string, filter?: { tipo?: Tipo }) {
      const where = filter?.tipo
        ? and(eq(garments.userId, user), eq(garments.tipo, filter.tipo))
        : eq(garments.userId, user);
      const rows = await db
        .select()
        .from(garments)
        .where(where)
        .orderBy(desc(garments.fechaAgregada), desc(garments.id))
        .all();
      return rows.map(garmentFromRow);
    },
    async getMany(user, ids) {
      if (ids.length === 0) return [];
      const rows = await db.select().from(garments).where(ownedGarments(user, ids)).all();
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
      const [row] = await db.update(garments).set(set).where(owned(user, id)).returning();
      return row ? garmentFromRow(row) : null;
    },
    async setOcasion(user, id, ocasion) {
      const [row] = await db
        .update(garments)
        .set({ ocasion: JSON.stringify(ocasion) })
        .where(owned(user, id))
        .returning();
      return row ? garmentFromRow(row) : null;
    },
    async markWorn(user, ids, at) {
      if (ids.length === 0) return [];
      const rows = await db
        .update(garments)
        .set({ ultimoUso: at })
        .where(ownedGarments(user, ids))
        .returning({ id: garments.id })
        .all();
      return rows.map((r) => r.id);
    },
    async delete(user, id) {
      // One atomic batch: the outfits that use the garment, then the garment itself.
      const [, deleted] = await db.batch([
        db.delete(outfits).where(and(eq(outfits.userId, user), outfitUsesGarment(id))),
        db.delete(garments).where(owned(user, id)).returning(),
      ]);
      const row = deleted[0];
      return row ? garmentFromRow(row) : null;
    },
  };
}

function outfitStore(db: D1Db): OutfitStore {
  const owned = (user: string, id: string) => and(eq(outfits.userId, user), eq(outfits.id, id));
  return {
    async create(outfit: NewOutfit): Promise<Outfit> {
      const [row] = await db.insert(outfits).values(outfitToRow(outfit)).returning();
      return outfitFromRow(row!);
    },
    async list(user) {
      const rows = await db
        .select()
        .from(outfits)
        .where(eq(outfits.userId, user))
        .orderBy(desc(outfits.fechaCreacion), desc(outfits.id))
        .all();
      return rows.map(outfitFromRow);
    },
    async get(user, id) {
      const row = await db.select().from(outfits).where(owned(user, id)).get();
      return row ? outfitFromRow(row) : null;
    },
    async delete(user, id) {
      const rows = await db.delete(outfits).where(owned(user, id)).returning({ id: outfits.id });
      return rows.length > 0;
    },
  };
}

function profileStore(db: D1Db): ProfileStore {
  return {
    async get(user): Promise<Profile | null> {
      const row = await db.select().from(profiles).where(eq(profiles.userId, user)).get();
      return row ? profileFromRow(row) : null;
    },
    async update(user, patch: PreferencesUpdate, defaults: Preferences) {
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

/** A Store over a D1 binding whose schema was migrated from `packages/adapters/src/sqlite/drizzle`. */
export function createD1Store(binding: AnyD1Database): Store {
  const db = drizzle(binding, { schema });
  return {
    garments: garmentStore(db),
    outfits: outfitStore(db),
    profiles: profileStore(db),
    idempotency: sqlIdempotencyStore(db),
    async ping() {
      const row = await db.get<{ ok: number }>(sql`select 1 as ok`);
      return row?.ok === 1;
    },
  };
}
