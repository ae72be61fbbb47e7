/**
 * The original clients read an outfit's garments as top-level objects in camelCase slots
 * (`superior`, `superiorSecundario`, `inferior`, `zapatos`, `abrigo`, …), next to our `prendas`.
 * Their cards take `outfit.superior_id || outfit.superior`, so the `*_id` slots hold the garment
 * objects too (as Mongoose `populate` gave them; a bare id there left every picture grey).
 * Clients read a slot's id as `typeof v === 'string' ? v : v._id`.
 */
import {
  SLOTS,
  SLOT_SPECS,
  type Garment,
  type OriginalSlotName,
  type SlotName as Slot,
} from '@fashion/core';

export type OriginalSlots = Partial<Record<OriginalSlotName, Garment>>;

/** T with each `*_id` slot widened to the garment (optional slots stay optional). */
type Populated<T> = { [K in keyof T]: K extends `${Slot}_id` ? Garment | string : T[K] };

export function withOriginalSlots<T extends { prendas: Partial<Record<Slot, Garment>> }>(
  outfit: T,
): Populated<T> & OriginalSlots {
  const slots: Record<string, Garment> = {};
  for (const slot of SLOTS) {
    const g = outfit.prendas[slot];
    if (!g) continue;
    slots[SLOT_SPECS[slot].original] = g;
    slots[`${slot}_id`] = g;
  }
  return { ...outfit, ...slots } as Populated<T> & OriginalSlots;
}
