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
  type OutfitExpanded,
} from '@fashion/core';

const slot = z.union([GarmentSchema, IdSchema]).optional();

export const OutfitPopulatedSchema = OutfitExpandedSchema.extend({
  superior_id: slot,
  superior_secundario_id: slot,
  inferior_id: slot,
  vestido_id: slot,
  zapatos_id: slot,
  abrigo_id: slot,
  sombrero_id: slot,
});
export type OutfitPopulated = z.infer<typeof OutfitPopulatedSchema>;

type SlotName = keyof OutfitExpanded['prendas'];

export function populateSlots(outfit: OutfitExpanded): OutfitPopulated {
  const out: Record<string, unknown> = { ...outfit };
  for (const s of OUTFIT_SLOTS) {
    const g = outfit.prendas[s.replace(/_id$/, '') as SlotName];
    if (outfit[s] && g) out[s] = g;
  }
  return out as OutfitPopulated;
}
