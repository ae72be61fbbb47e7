/**
 * The wear log: each wear's garments (and outfit) are of the file. The same wear (day, garments,
 * outfit) already in the log is not added twice. Writing a wear re-derives its garments'
 * `ultimo_uso` (the wear store does), so the log and the field agree after an import.
 */
import { z } from 'zod';
import { IdSchema, WearSchema, newId } from '@fashion/core';
import { idMap, type PortableSection } from './section-types.ts';

const PortableWearSchema = WearSchema.omit({ userId: true }).extend({
  prenda_ids: z.array(IdSchema).min(1),
});
type PortableWear = z.infer<typeof PortableWearSchema>;

const signature = (w: { fecha: string; prenda_ids: readonly string[]; outfit_id?: string }) =>
  `${w.fecha}|${w.outfit_id ?? ''}|${[...w.prenda_ids].sort().join(',')}`;

export const wearsSection: PortableSection<PortableWear[]> = {
  name: 'wears',
  schema: z.array(PortableWearSchema),
  empty: [],
  async list(ctx, userId, exported) {
    const garments = exported.get('garments') ?? new Set();
    const outfits = exported.get('outfits') ?? new Set();
    const rows: PortableWear[] = [];
    // The log keeps the ids of garments deleted since; the file names only those it holds.
    for (const { userId: _owner, outfit_id, ...w } of await ctx.store.wears.list(userId, {})) {
      const prenda_ids = w.prenda_ids.filter((id) => garments.has(id));
      if (prenda_ids.length === 0) continue;
      rows.push({
        ...w,
        prenda_ids,
        ...(outfit_id && outfits.has(outfit_id) ? { outfit_id } : {}),
      });
    }
    return rows.reverse(); // oldest first, as they were logged
  },
  idsOf: (value) => new Set(value.map((w) => w._id)),
  check(value, ids) {
    const garments = ids.get('garments') ?? new Set();
    const outfits = ids.get('outfits') ?? new Set();
    const problems: string[] = [];
    value.forEach((w, i) => {
      w.prenda_ids.forEach((id, j) => {
        if (!garments.has(id))
          problems.push(`wears.${i}.prenda_ids.${j}: garment ${id} is not in the file`);
      });
      if (w.outfit_id && !outfits.has(w.outfit_id)) {
        problems.push(`wears.${i}.outfit_id: outfit ${w.outfit_id} is not in the file`);
      }
    });
    return problems;
  },
  async restore(ctx, value, r) {
    const garmentIds = idMap(r, 'garments');
    const outfitIds = idMap(r, 'outfits');
    const existing = new Set((await ctx.store.wears.list(r.userId, {})).map(signature));
    const map = idMap(r, 'wears');
    let added = 0;
    for (const w of value) {
      const outfit_id = w.outfit_id ? outfitIds.get(w.outfit_id) : undefined;
      // Two garments of the file may be one here (the same photo): one id each, in order.
      const prenda_ids = [...new Set(w.prenda_ids.map((id) => garmentIds.get(id)!))];
      const wear = {
        ...w,
        _id: newId(),
        userId: r.userId,
        prenda_ids,
        ...(outfit_id ? { outfit_id } : {}),
      };
      const key = signature(wear);
      if (existing.has(key)) continue;
      existing.add(key);
      const saved = await ctx.store.wears.create(wear);
      r.undo(async () => void (await ctx.store.wears.delete(r.userId, saved._id)));
      map.set(w._id, saved._id);
      added += 1;
    }
    return added;
  },
};
