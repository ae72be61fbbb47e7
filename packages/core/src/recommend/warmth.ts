/**
 * A garment's warmth (`calidez`): what the photo model cannot see (open sandals or boots, a
 * linen shirt or a knit jumper). The person sets it; until then the class suggests one, and the
 * web prefills its editor from the same table.
 */
import type { ClassName } from '../taxonomy.ts';
import { CALIDECES, type Calidez } from '../garment-fields.ts';

/** The warmth a class suggests when the person has not said. */
export const DEFAULT_CALIDEZ: Readonly<Record<ClassName, Calidez>> = {
  'T-shirt': 'ligera',
  Shirt: 'media',
  Longsleeve: 'media',
  Shorts: 'ligera',
  Skirt: 'media',
  Dress: 'media',
  Pants: 'media',
  Outwear: 'abrigada',
  Shoes: 'media',
  Hat: 'media',
};

/**
 * The garment's warmth as 0 (ligera), 1 (media) or 2 (abrigada): its own when set (read
 * defensively: older records and stores may lack the field), else the class's suggestion.
 */
export function warmthLevel(g: { clase_nombre: ClassName; calidez?: unknown }): number {
  const own = CALIDECES.indexOf(g.calidez as Calidez);
  return own >= 0 ? own : CALIDECES.indexOf(DEFAULT_CALIDEZ[g.clase_nombre]);
}
