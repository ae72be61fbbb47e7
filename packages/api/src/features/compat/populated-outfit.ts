/**
 * Saved outfits as the original clients read them: each `*_id` slot holds the garment object
 * (Mongoose `populate`), not its id. `prendas` stays as well; a slot whose garment is gone keeps
 * the bare id. Clients read a slot's id as `typeof v === 'string' ? v : v._id`.
 */
import { z } from '@hono/zod-openapi';
import {
  GarmentSchema,
  IdSchema,
  OUTFIT_SLOTS,
  OutfitExpandedSchema,
  slotIdShape,
  slotOfIdField,
  type OutfitExpanded,
} from '@fashion/core';

const slot = z.union([GarmentSchema, IdSchema]).optional();

export const OutfitPopulatedSchema = OutfitExpandedSchema.extend(slotIdShape(slot, slot));
export type OutfitPopulated = z.infer<typeof OutfitPopulatedSchema>;

export function populateSlots(outfit: OutfitExpanded): OutfitPopulated {
  const out: Record<string, unknown> = { ...outfit };
  for (const s of OUTFIT_SLOTS) {
    const g = outfit.prendas[slotOfIdField(s)];
    if (outfit[s] && g) out[s] = g;
  }
  return out as OutfitPopulated;
}
