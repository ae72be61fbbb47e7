/** Trips in SQL (SQLite and D1): one row per trip (inputs and plan as JSON), checks apart. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { StoredTripPlan, Trip, TripDay } from '@fashion/core';
import type { TripStore, TripUpdate } from '@fashion/api';
import { tripChecks, trips, type TripRow } from '../sqlite/schema.ts';
import type { SqlDb } from './database.ts';

function tripFromRow(r: TripRow, checked: readonly string[]): Trip {
  const t: Trip = {
    _id: r.id,
    userId: r.userId,
    destino: JSON.parse(r.destino) as Trip['destino'],
    desde: r.desde,
    hasta: r.hasta,
    dias: JSON.parse(r.dias) as TripDay[],
    lavanderia: r.lavanderia,
    marcados: [...checked].sort(),
    creado: r.creado,
  };
  if (r.plan !== null) t.plan = JSON.parse(r.plan) as StoredTripPlan;
  return t;
}

function tripSet(patch: TripUpdate): Partial<TripRow> {
  const set: Partial<TripRow> = {};
  if (patch.destino !== undefined) set.destino = JSON.stringify(patch.destino);
  if (patch.desde !== undefined) set.desde = patch.desde;
  if (patch.hasta !== undefined) set.hasta = patch.hasta;
  if (patch.dias !== undefined) set.dias = JSON.stringify(patch.dias);
  if (patch.lavanderia !== undefined) set.lavanderia = patch.lavanderia;
  if (patch.plan !== undefined) set.plan = patch.plan === null ? null : JSON.stringify(patch.plan);
  return set;
}

export function sqlTripStore(db: SqlDb): TripStore {
  const owned = (user: string, id: string) => and(eq(trips.userId, user), eq(trips.id, id));

  async function withChecks(rows: TripRow[]): Promise<Trip[]> {
    if (rows.length === 0) return [];
    const checks = await db
      .select()
      .from(tripChecks)
      .where(
        inArray(
          tripChecks.tripId,
          rows.map((r) => r.id),
        ),
      );
    return rows.map((r) =>
      tripFromRow(
        r,
        checks.filter((c) => c.tripId === r.id).map((c) => c.garmentId),
      ),
    );
  }

  async function get(user: string, id: string): Promise<Trip | null> {
    const rows = await db.select().from(trips).where(owned(user, id)).limit(1);
    return (await withChecks(rows))[0] ?? null;
  }

  return {
    get,
    async create(trip) {
      const [row] = await db
        .insert(trips)
        .values({
          id: trip._id,
          userId: trip.userId,
          destino: JSON.stringify(trip.destino),
          desde: trip.desde,
          hasta: trip.hasta,
          dias: JSON.stringify(trip.dias),
          lavanderia: trip.lavanderia,
          plan: trip.plan ? JSON.stringify(trip.plan) : null,
          creado: trip.creado,
        })
        .returning();
      return tripFromRow(row!, []);
    },
    async list(user) {
      const rows = await db
        .select()
        .from(trips)
        .where(eq(trips.userId, user))
        .orderBy(asc(trips.desde), asc(trips.creado), asc(trips.id));
      return withChecks(rows);
    },
    async update(user, id, patch) {
      const set = tripSet(patch);
      if (Object.keys(set).length) {
        const rows = await db.update(trips).set(set).where(owned(user, id)).returning();
        if (rows.length === 0) return null;
      }
      return get(user, id);
    },
    async setChecked(user, id, garmentId, checked) {
      // The trip's owner is checked first: the checks table has no user column of its own.
      const [own] = await db.select({ id: trips.id }).from(trips).where(owned(user, id)).limit(1);
      if (!own) return null;
      if (checked) {
        await db
          .insert(tripChecks)
          .values({ tripId: id, garmentId })
          .onConflictDoNothing()
          .returning();
      } else {
        await db
          .delete(tripChecks)
          .where(and(eq(tripChecks.tripId, id), eq(tripChecks.garmentId, garmentId)))
          .returning();
      }
      return get(user, id);
    },
    async delete(user, id) {
      const rows = await db.delete(trips).where(owned(user, id)).returning({ id: trips.id });
      return rows.length > 0;
    },
  };
}
