/**
 * Outfit slots: which classes may fill each one, how much each weighs in the look, and the
 * layering order of tops. Slot names are the keys of `prendas` in a recommendation; the id
 * fields are those of OutfitSave.
 */
import type { ClassName } from '../taxonomy.ts';
import type { OutfitSlot } from '../contracts.ts';

export const SLOTS = [
  'superior',
  'superior_secundario',
  'inferior',
  'vestido',
  'zapatos',
  'abrigo',
  'sombrero',
] as const;
export type SlotName = (typeof SLOTS)[number];

export const SLOT_ID_FIELD: Readonly<Record<SlotName, OutfitSlot>> = {
  superior: 'superior_id',
  superior_secundario: 'superior_secundario_id',
  inferior: 'inferior_id',
  vestido: 'vestido_id',
  zapatos: 'zapatos_id',
  abrigo: 'abrigo_id',
  sombrero: 'sombrero_id',
};

export const TOP_CLASSES: readonly ClassName[] = ['T-shirt', 'Shirt', 'Longsleeve'];
export const BOTTOM_CLASSES: readonly ClassName[] = ['Pants', 'Shorts', 'Skirt'];

/**
 * Tops layer from the body outwards: a T-shirt is always underneath, a shirt can go over it,
 * and a longsleeve (jumper, sweatshirt) over either. The outer top must rank strictly higher.
 */
export const LAYER_RANK: Readonly<Partial<Record<ClassName, number>>> = {
  'T-shirt': 0,
  Shirt: 1,
  Longsleeve: 2,
};

export function canLayer(base: ClassName, outer: ClassName): boolean {
  const b = LAYER_RANK[base];
  const o = LAYER_RANK[outer];
  return b !== undefined && o !== undefined && o > b;
}

/**
 * Visual weight of each slot in the averages: the pieces that cover most of the body dominate
 * colour and formality; a hat is a small accent. A dress counts for a top and a bottom.
 */
export const SLOT_WEIGHT: Readonly<Record<SlotName, number>> = {
  superior: 1,
  superior_secundario: 0.8,
  inferior: 1,
  vestido: 1.8,
  zapatos: 0.6,
  abrigo: 0.9,
  sombrero: 0.2,
};

/** Which classes fill a slot (the layered shape narrows the top further, see canLayer). */
export const SLOT_CLASSES: Readonly<Record<SlotName, readonly ClassName[]>> = {
  superior: TOP_CLASSES,
  superior_secundario: ['Shirt', 'Longsleeve'],
  inferior: BOTTOM_CLASSES,
  vestido: ['Dress'],
  zapatos: ['Shoes'],
  abrigo: ['Outwear'],
  sombrero: ['Hat'],
};
