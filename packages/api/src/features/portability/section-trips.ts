/**
 * Trips: destination, dates, days, laundry, and the plan with its packing list. A plan and the
 * suitcase's checked items name garments of the file; a plan that names a garment deleted since
 * is left out (the trip is planned again in one click), checked items of such garments too. The
 * same trip (destination, dates) already there is not added twice.
 */
import { z } from 'zod';
import { TripSchema, newId, type StoredTripPlan, type Trip } from '@fashion/core';
import { idMap, type PortableSection } from './section-types.ts';

const PortableTripSchema = TripSchema.omit({ userId: true });
type PortableTrip = z.infer<typeof PortableTripSchema>;

const signature = (t: Pick<Trip, 'destino' | 'desde' | 'hasta'>) =>
  `${t.destino.name}|${t.destino.lat}|${t.destino.lon}|${t.desde}|${t.hasta}`;

/** Every garment id a plan names (its outfits and its packing list). */
function planIds(plan: StoredTripPlan): string[] {
  return [
    ...plan.days.flatMap((d) => d.outfits.flatMap((o) => o.garmentIds)),
    ...Object.values(plan.packingList).flat(),
  ];
}

/** The plan with every garment id mapped; undefined when one has no image in `map`. */
function remapPlan(plan: StoredTripPlan, map: (id: string) => string | undefined) {
  if (!planIds(plan).every((id) => map(id) !== undefined)) return undefined;
  const to = (ids: readonly string[]) => ids.map((id) => map(id)!);
  return {
    ...plan,
    days: plan.days.map((d) => ({
      ...d,
      outfits: d.outfits.map((o) => ({ ...o, garmentIds: to(o.garmentIds) })),
    })),
    packingList: Object.fromEntries(
      Object.entries(plan.packingList).map(([tipo, ids]) => [tipo, to(ids)]),
    ),
  };
}

export const tripsSection: PortableSection<PortableTrip[]> = {
  name: 'trips',
  schema: z.array(PortableTripSchema),
  empty: [],
  async list(ctx, userId, exported) {
    const garments = exported.get('garments') ?? new Set<string>();
    const keep = (id: string) => (garments.has(id) ? id : undefined);
    return (await ctx.store.trips.list(userId)).map(({ userId: _owner, plan, ...t }) => {
      const kept = plan && remapPlan(plan, keep);
      return {
        ...t,
        marcados: t.marcados.filter((id) => garments.has(id)),
        ...(kept ? { plan: kept } : {}),
      };
    });
  },
  idsOf: (value) => new Set(value.map((t) => t._id)),
  check(value, ids) {
    const garments = ids.get('garments') ?? new Set();
    const problems: string[] = [];
    value.forEach((t, i) => {
      const named = [...(t.plan ? planIds(t.plan) : []), ...t.marcados];
      for (const id of new Set(named)) {
        if (!garments.has(id)) problems.push(`trips.${i}: garment ${id} is not in the file`);
      }
    });
    return problems;
  },
  async restore(ctx, value, r) {
    const garmentIds = idMap(r, 'garments');
    const map = idMap(r, 'trips');
    const existing = new Set((await ctx.store.trips.list(r.userId)).map(signature));
    let added = 0;
    for (const t of value) {
      if (existing.has(signature(t))) continue;
      existing.add(signature(t));
      const plan = t.plan && remapPlan(t.plan, (id) => garmentIds.get(id));
      const { plan: _old, ...rest } = t;
      const trip: Trip = {
        ...rest,
        _id: newId(),
        userId: r.userId,
        marcados: [],
        ...(plan ? { plan } : {}),
      };
      const saved = await ctx.store.trips.create(trip);
      r.undo(async () => void (await ctx.store.trips.delete(r.userId, saved._id)));
      // A store creates a trip with an empty suitcase: the checked items are put back one by one.
      for (const id of t.marcados) {
        await ctx.store.trips.setChecked(r.userId, saved._id, garmentIds.get(id)!, true);
      }
      map.set(t._id, saved._id);
      added += 1;
    }
    return added;
  },
};
