/**
 * The original clients read an outfit's garments as top-level objects in camelCase slots
 * (`superior`, `superiorSecundario`, `inferior`, `zapatos`, `abrigo`, …), next to our `prendas`.
 * Their cards take `outfit.superior_id || outfit.superior`, so the `*_id` slots hold the garment
 * objects too (as Mongoose `populate` gave them; a bare id there left every picture grey).
 * Clients read a slot's id as `typeof v === 'string' ? v : v._id`.
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

/** T with each `*_id` slot widened to the garment (optional slots stay optional). */
type Populated<T> = { [K in keyof T]: K extends `${Slot}_id` ? Garment | string : T[K] };

export function withOriginalSlots<T extends { prendas: Partial<Record<Slot, Garment>> }>(
  outfit: T,
): Populated<T> & OriginalSlots {
  const slots: Record<string, Garment> = {};
  for (const slot of Object.keys(ORIGINAL_SLOT) as Slot[]) {
    const g = outfit.prendas[slot];
    if (!g) continue;
    slots[ORIGINAL_SLOT[slot]] = g;
    slots[`${slot}_id`] = g;
  }
  return { ...outfit, ...slots } as Populated<T> & OriginalSlots;
}
