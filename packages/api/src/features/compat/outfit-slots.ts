/**
 * The original clients read an outfit's garments as top-level objects in camelCase slots
 * (`superior`, `superiorSecundario`, `inferior`, `zapatos`, `abrigo`, …), next to our `prendas`
 * and `*_id` fields. This adds them; nothing of ours is removed, so both kinds of client read
 * the same answer.
 */
import type { Garment } from '@fashion/core';

const ORIGINAL_SLOT = {
  superior: 'superior',
  superior_secundario: 'superiorSecundario',
  inferior: 'inferior',
  vestido: 'vestido',
  zapatos: 'zapatos',
  abrigo: 'abrigo',
  sombrero: 'sombrero',
} as const;

type Slot = keyof typeof ORIGINAL_SLOT;
export type OriginalSlots = Partial<Record<(typeof ORIGINAL_SLOT)[Slot], Garment>>;

export function withOriginalSlots<T extends { prendas: Partial<Record<Slot, Garment>> }>(
  outfit: T,
): T & OriginalSlots {
  const slots: OriginalSlots = {};
  for (const slot of Object.keys(ORIGINAL_SLOT) as Slot[]) {
    const name = ORIGINAL_SLOT[slot];
    const g = outfit.prendas[slot];
    if (g) slots[name] = g;
  }
  return { ...outfit, ...slots };
}
