/** Saved outfits: their slots name garments of the file; an identical outfit is not added twice. */
import { z } from 'zod';
import { OUTFIT_SLOTS, OutfitSchema, newId, type Outfit } from '@fashion/core';
import type { NewOutfit } from '../../ports/store.ts';
import { idMap, type PortableSection } from './section-types.ts';

const PortableOutfitSchema = OutfitSchema.omit({ userId: true });
type PortableOutfit = z.infer<typeof PortableOutfitSchema>;

/** The slots of an outfit as one comparable string (an identical outfit is a duplicate). */
const slotSignature = (o: Partial<Record<(typeof OUTFIT_SLOTS)[number], string>>) =>
  OUTFIT_SLOTS.map((s) => o[s] ?? '').join('|');

export const outfitsSection: PortableSection<PortableOutfit[]> = {
  name: 'outfits',
  schema: z.array(PortableOutfitSchema),
  empty: [],
  async list(ctx, userId, exported) {
    const garments = exported.get('garments') ?? new Set();
    const rows = await ctx.store.outfits.list(userId);
    // An outfit whose garment could not be exported (its image was lost) would not import.
    return rows
      .filter((o) => OUTFIT_SLOTS.every((s) => o[s] === undefined || garments.has(o[s])))
      .map(({ userId: _owner, ...rest }) => rest);
  },
  idsOf: (value) => new Set(value.map((o) => o._id)),
  check(value, ids) {
    const garments = ids.get('garments') ?? new Set();
    const problems: string[] = [];
    value.forEach((o, i) => {
      for (const slot of OUTFIT_SLOTS) {
        const id = o[slot];
        if (id !== undefined && !garments.has(id)) {
          problems.push(`outfits.${i}.${slot}: garment ${id} is not in the file`);
        }
      }
    });
    return problems;
  },
  async restore(ctx, value, r) {
    const garmentIds = idMap(r, 'garments');
    const existing = new Map(
      (await ctx.store.outfits.list(r.userId)).map((o) => [slotSignature(o), o._id]),
    );
    const map = idMap(r, 'outfits');
    let added = 0;
    for (const o of value) {
      const remapped: Partial<Outfit> = { ...o };
      for (const slot of OUTFIT_SLOTS) {
        if (o[slot] !== undefined) remapped[slot] = garmentIds.get(o[slot]);
      }
      const signature = slotSignature(remapped);
      const same = existing.get(signature);
      if (same) {
        map.set(o._id, same); // wears and plans of this outfit point at the one already here
        continue;
      }
      const row = { ...remapped, _id: newId(), userId: r.userId } as NewOutfit;
      const saved = await ctx.store.outfits.create(row);
      r.undo(async () => void (await ctx.store.outfits.delete(r.userId, saved._id)));
      existing.set(signature, saved._id);
      map.set(o._id, saved._id);
      added += 1;
    }
    return added;
  },
};
