/**
 * What the recommender knows of each outfit slot (declared in outfit-slots.ts): which classes
 * may fill it, how much it weighs in the look, and the layering order of tops.
 */
import type { ClassName } from '../taxonomy.ts';
import type { SlotName } from '../outfit-slots.ts';

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
