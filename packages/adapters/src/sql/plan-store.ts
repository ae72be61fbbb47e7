/** The calendar's plans in SQL (SQLite and D1): one row per planned day, slots as JSON. */
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { OUTFIT_SLOTS, type Plan, type PlanSlots } from '@fashion/core';
import type { NewPlan, PlanStore, PlanUpdate } from '@fashion/api';
import { plans, type PlanRow } from '../sqlite/schema.ts';
import type { SqlDb } from './database.ts';

function slotsOf(plan: PlanSlots): PlanSlots {
  const slots: PlanSlots = {};
  for (const slot of OUTFIT_SLOTS) if (plan[slot] !== undefined) slots[slot] = plan[slot];
  return slots;
}

function planFromRow(r: PlanRow): Plan {
  const p: Plan = {
    _id: r.id,
    userId: r.userId,
    fecha: r.fecha,
    ...slotsOf(JSON.parse(r.prendas) as PlanSlots),
    creado: r.creado,
  };
  if (r.outfitId !== null) p.outfit_id = r.outfitId;
  if (r.ocasion !== null) p.ocasion = r.ocasion;
  if (r.nota !== null) p.nota = r.nota;
  return p;
}

function planSet(patch: PlanUpdate): Partial<PlanRow> {
  const set: Partial<PlanRow> = {};
  if (patch.fecha !== undefined) set.fecha = patch.fecha;
  if (patch.ocasion !== undefined) set.ocasion = patch.ocasion;
  if (patch.nota !== undefined) set.nota = patch.nota;
  return set;
}

export function sqlPlanStore(db: SqlDb): PlanStore {
  const owned = (user: string, id: string) => and(eq(plans.userId, user), eq(plans.id, id));
  return {
    async create(plan: NewPlan) {
      const [row] = await db
        .insert(plans)
        .values({
          id: plan._id,
          userId: plan.userId,
          fecha: plan.fecha,
          outfitId: plan.outfit_id ?? null,
          prendas: JSON.stringify(slotsOf(plan)),
          ocasion: plan.ocasion ?? null,
          nota: plan.nota ?? null,
          creado: plan.creado,
        })
        .returning();
      return planFromRow(row!);
    },
    async get(user, id) {
      const [row] = await db.select().from(plans).where(owned(user, id)).limit(1);
      return row ? planFromRow(row) : null;
    },
    async list(user, q) {
      const conditions = [eq(plans.userId, user)];
      if (q.desde) conditions.push(gte(plans.fecha, q.desde));
      if (q.hasta) conditions.push(lte(plans.fecha, q.hasta));
      const rows = await db
        .select()
        .from(plans)
        .where(and(...conditions))
        .orderBy(asc(plans.fecha), asc(plans.creado), asc(plans.id));
      return rows.map(planFromRow);
    },
    async update(user, id, patch) {
      const set = planSet(patch);
      const [row] = Object.keys(set).length
        ? await db.update(plans).set(set).where(owned(user, id)).returning()
        : await db.select().from(plans).where(owned(user, id)).limit(1);
      return row ? planFromRow(row) : null;
    },
    async delete(user, id) {
      const rows = await db.delete(plans).where(owned(user, id)).returning({ id: plans.id });
      return rows.length > 0;
    },
  };
}
