/**
 * The wear log in SQL (SQLite and D1). A wear is a `wears` row plus one `wear_garments` row per
 * garment; every write re-derives `ultimo_uso` of the garments and outfits it touches in the same
 * atomic unit (a transaction on SQLite, a batch on D1), so the log and the field never disagree.
 */
import { and, asc, desc, eq, exists, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { wornAt, type Wear, type WearQuery } from '@fashion/core';
import type { NewWear, WearStore } from '@fashion/api';
import { garments, outfits, wearGarments, wears, type WearRow } from '../sqlite/schema.ts';
import type { SqlDb } from './database.ts';
import type { ReturningQuery, SqlDriver } from './store.ts';

function wearFromRows(row: WearRow, garmentIds: string[]): Wear {
  const w: Wear = {
    _id: row.id,
    userId: row.userId,
    fecha: row.fecha,
    prenda_ids: garmentIds,
    creado: row.creado,
  };
  if (row.outfitId !== null) w.outfit_id = row.outfitId;
  if (row.nota !== null) w.nota = row.nota;
  return w;
}

export function sqlWearStore(db: SqlDb, driver: SqlDriver): WearStore {
  const owned = (user: string, id: string) => and(eq(wears.userId, user), eq(wears.id, id));

  /** Re-derives `ultimo_uso` of the user's garments among `ids` from the wear log. */
  const deriveGarments = (user: string, ids: readonly string[]): ReturningQuery =>
    db
      .update(garments)
      .set({
        ultimo_uso: sql`(select max(${wearGarments.wornAt}) from ${wearGarments} where ${wearGarments.garmentId} = ${garments.id})`,
      })
      .where(and(eq(garments.userId, user), inArray(garments.id, [...new Set(ids)])))
      .returning({ id: garments.id });

  /** Re-derives `ultimo_uso` of the user's outfit from the wears that name it. */
  const deriveOutfit = (user: string, id: string): ReturningQuery =>
    db
      .update(outfits)
      .set({
        ultimoUso: sql`(select max(${wears.wornAt}) from ${wears} where ${wears.outfitId} = ${outfits.id})`,
      })
      .where(and(eq(outfits.userId, user), eq(outfits.id, id)))
      .returning({ id: outfits.id });

  const garmentRows = (w: Wear, ids: string[]) =>
    ids.map((garmentId, position) => ({
      wearId: w._id,
      garmentId,
      userId: w.userId,
      fecha: w.fecha,
      wornAt: wornAt(w.fecha, w.creado),
      position,
    }));

  /** Wears matching `where`, each with its garments in order (one query, no id lists). */
  async function select(where: SQL | undefined): Promise<Wear[]> {
    const rows = await db
      .select({ wear: wears, garmentId: wearGarments.garmentId })
      .from(wears)
      .leftJoin(wearGarments, eq(wearGarments.wearId, wears.id))
      .where(where)
      .orderBy(desc(wears.fecha), desc(wears.creado), desc(wears.id), asc(wearGarments.position));
    const byId = new Map<string, { row: WearRow; ids: string[] }>();
    for (const r of rows) {
      let entry = byId.get(r.wear.id);
      if (!entry) byId.set(r.wear.id, (entry = { row: r.wear, ids: [] }));
      if (r.garmentId) entry.ids.push(r.garmentId);
    }
    return [...byId.values()].map((e) => wearFromRows(e.row, e.ids));
  }

  async function get(user: string, id: string) {
    const [w] = await select(owned(user, id));
    return w ?? null;
  }

  return {
    get,
    async create(wear: NewWear) {
      const queries: ReturningQuery[] = [
        db
          .insert(wears)
          .values({
            id: wear._id,
            userId: wear.userId,
            fecha: wear.fecha,
            outfitId: wear.outfit_id ?? null,
            nota: wear.nota ?? null,
            creado: wear.creado,
            wornAt: wornAt(wear.fecha, wear.creado),
          })
          .returning({ id: wears.id }),
        db.insert(wearGarments).values(garmentRows(wear, wear.prenda_ids)).returning({
          id: wearGarments.garmentId,
        }),
        deriveGarments(wear.userId, wear.prenda_ids),
      ];
      if (wear.outfit_id) queries.push(deriveOutfit(wear.userId, wear.outfit_id));
      await driver.atomic(queries);
      return (await get(wear.userId, wear._id))!;
    },
    async list(user: string, q: WearQuery) {
      const conditions = [eq(wears.userId, user)];
      if (q.desde) conditions.push(gte(wears.fecha, q.desde));
      if (q.hasta) conditions.push(lte(wears.fecha, q.hasta));
      if (q.prenda) {
        conditions.push(
          exists(
            db
              .select({ one: sql`1` })
              .from(wearGarments)
              .where(and(eq(wearGarments.wearId, wears.id), eq(wearGarments.garmentId, q.prenda))),
          ),
        );
      }
      return select(and(...conditions));
    },
    async replace(user, id, change) {
      const before = await get(user, id);
      if (!before) return null;
      const set: Partial<WearRow> = { outfitId: change.outfit_id };
      if (change.nota !== undefined) set.nota = change.nota;
      const queries: ReturningQuery[] = [
        db.update(wears).set(set).where(owned(user, id)).returning({ id: wears.id }),
        db
          .delete(wearGarments)
          .where(and(eq(wearGarments.wearId, id), eq(wearGarments.userId, user)))
          .returning({ id: wearGarments.garmentId }),
        db
          .insert(wearGarments)
          .values(garmentRows(before, change.prenda_ids))
          .returning({ id: wearGarments.garmentId }),
        deriveGarments(user, [...before.prenda_ids, ...change.prenda_ids]),
      ];
      for (const outfitId of new Set([before.outfit_id, change.outfit_id])) {
        if (outfitId) queries.push(deriveOutfit(user, outfitId));
      }
      await driver.atomic(queries);
      return get(user, id);
    },
    async delete(user, id) {
      const before = await get(user, id);
      if (!before) return null;
      const queries: ReturningQuery[] = [
        db
          .delete(wearGarments)
          .where(and(eq(wearGarments.wearId, id), eq(wearGarments.userId, user)))
          .returning({ id: wearGarments.garmentId }),
        db.delete(wears).where(owned(user, id)).returning({ id: wears.id }),
      ];
      if (before.prenda_ids.length) queries.push(deriveGarments(user, before.prenda_ids));
      if (before.outfit_id) queries.push(deriveOutfit(user, before.outfit_id));
      const [, deleted] = await driver.atomic(queries);
      return deleted?.length ? before : null;
    },
  };
}
