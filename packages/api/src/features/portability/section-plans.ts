/**
 * The calendar's plans: their slots name garments of the file, their outfit one of its outfits.
 * The same plan (day, garments, outfit) already in the calendar is not added twice.
 */
import { z } from 'zod';
import { OUTFIT_SLOTS, PlanSchema, newId, type Plan, type PlanSlots } from '@fashion/core';
import { idMap, type PortableSection } from './section-types.ts';

const PortablePlanSchema = PlanSchema.omit({ userId: true }).refine(
  (p) => OUTFIT_SLOTS.some((s) => p[s] !== undefined),
  'a plan names at least one garment',
);
type PortablePlan = z.infer<typeof PortablePlanSchema>;

const signature = (p: PlanSlots & { fecha: string; outfit_id?: string }) =>
  `${p.fecha}|${p.outfit_id ?? ''}|${OUTFIT_SLOTS.map((s) => p[s] ?? '').join('|')}`;

export const plansSection: PortableSection<PortablePlan[]> = {
  name: 'plans',
  schema: z.array(PortablePlanSchema),
  empty: [],
  async list(ctx, userId, exported) {
    const garments = exported.get('garments') ?? new Set();
    const outfits = exported.get('outfits') ?? new Set();
    const rows: PortablePlan[] = [];
    for (const { userId: _owner, ...p } of await ctx.store.plans.list(userId, {})) {
      // A plan keeps the ids of garments deleted since; the file names only those it holds.
      const row: PortablePlan = { ...p };
      for (const slot of OUTFIT_SLOTS) if (row[slot] && !garments.has(row[slot])) delete row[slot];
      if (row.outfit_id && !outfits.has(row.outfit_id)) delete row.outfit_id;
      if (OUTFIT_SLOTS.some((s) => row[s] !== undefined)) rows.push(row);
    }
    return rows;
  },
  idsOf: (value) => new Set(value.map((p) => p._id)),
  check(value, ids) {
    const garments = ids.get('garments') ?? new Set();
    const outfits = ids.get('outfits') ?? new Set();
    const problems: string[] = [];
    value.forEach((p, i) => {
      for (const slot of OUTFIT_SLOTS) {
        const id = p[slot];
        if (id !== undefined && !garments.has(id)) {
          problems.push(`plans.${i}.${slot}: garment ${id} is not in the file`);
        }
      }
      if (p.outfit_id && !outfits.has(p.outfit_id)) {
        problems.push(`plans.${i}.outfit_id: outfit ${p.outfit_id} is not in the file`);
      }
    });
    return problems;
  },
  async restore(ctx, value, r) {
    const garmentIds = idMap(r, 'garments');
    const outfitIds = idMap(r, 'outfits');
    const existing = new Set((await ctx.store.plans.list(r.userId, {})).map(signature));
    const map = idMap(r, 'plans');
    let added = 0;
    for (const p of value) {
      const plan: Plan = { ...p, _id: newId(), userId: r.userId };
      for (const slot of OUTFIT_SLOTS) if (p[slot]) plan[slot] = garmentIds.get(p[slot]);
      if (p.outfit_id) plan.outfit_id = outfitIds.get(p.outfit_id);
      const key = signature(plan);
      if (existing.has(key)) continue;
      existing.add(key);
      const saved = await ctx.store.plans.create(plan);
      r.undo(async () => void (await ctx.store.plans.delete(r.userId, saved._id)));
      map.set(p._id, saved._id);
      added += 1;
    }
    return added;
  },
};
