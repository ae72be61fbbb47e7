/**
 * Where a garment goes in an outfit: by its class's slots, unless one of the person's categories
 * gives it another role (a "kimono" category with role abrigo puts a Shirt-classified garment in
 * the coat slot). A role is a tipo; an accessory fills the hat slot, the outfit's one accessory
 * slot, light in the look (SLOT_WEIGHT) and always optional.
 */
import type { CategoryRole } from '../categories.ts';
import { CLASS_NAMES, tipoOf, type ClassName } from '../taxonomy.ts';
import { SLOTS, type SlotName } from '../outfit-slots.ts';
import { SLOT_CLASSES } from './slots.ts';

/** What the recommender needs of a category. */
export interface CategoryPlacement {
  _id: string;
  nombre: string;
  rol: CategoryRole;
}

const SLOTS_OF_CLASS = Object.fromEntries(
  CLASS_NAMES.map((c) => [c, SLOTS.filter((slot) => SLOT_CLASSES[slot].includes(c))]),
) as unknown as Readonly<Record<ClassName, readonly SlotName[]>>;

/** A role other than the class's: the main slot of that role (no layering by role). */
const ROLE_SLOTS: Readonly<Record<CategoryRole, readonly SlotName[]>> = {
  superior: ['superior'],
  inferior: ['inferior'],
  zapatos: ['zapatos'],
  abrigo: ['abrigo'],
  vestido: ['vestido'],
  accesorio: ['sombrero'],
};

/**
 * The slots a garment fills, and the category that placed it when that category's role differs
 * from the class's tipo (then the explanation names it).
 */
export function placement(
  cls: ClassName,
  category: CategoryPlacement | undefined,
): { slots: readonly SlotName[]; byCategory?: CategoryPlacement } {
  if (!category || category.rol === tipoOf(cls)) return { slots: SLOTS_OF_CLASS[cls] };
  return { slots: ROLE_SLOTS[category.rol], byCategory: category };
}
