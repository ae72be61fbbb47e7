/**
 * A garment's warmth (`calidez`): what the photo model cannot see (open sandals or boots, a
 * linen shirt or a knit jumper). The person sets it; until then the class suggests one, and the
 * web prefills its editor from the same table.
 */
import type { ClassName } from '../taxonomy.ts';
import { CALIDECES, type Calidez } from '../garment-fields.ts';
import type { Material } from '../wardrobe-vocabulary.ts';

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
 * Levels a known material moves the class's warmth by when the person gave no `calidez`: wool,
 * knit and down keep warm (down always fully), linen and silk are for the heat; cotton, denim,
 * leather and synthetics stay at the class's level.
 */
const MATERIAL_WARMTH: Readonly<Record<Exclude<Material, 'otro'>, number>> = {
  lana: 1,
  punto: 1,
  plumas: 2,
  lino: -1,
  seda: -1,
  algodon: 0,
  denim: 0,
  cuero: 0,
  poliester: 0,
};

/**
 * The garment's warmth as 0 (ligera), 1 (media) or 2 (abrigada): its own when set (read
 * defensively: older records and stores may lack the field), else the class's suggestion moved
 * by the known material its `material` names (`kind`, from materialKind; the person's `calidez`
 * is their last word, the material is evidence).
 */
export function warmthLevel(
  g: { clase_nombre: ClassName; calidez?: unknown },
  kind: Exclude<Material, 'otro'> | undefined,
): number {
  const own = CALIDECES.indexOf(g.calidez as Calidez);
  if (own >= 0) return own;
  const byClass = CALIDECES.indexOf(DEFAULT_CALIDEZ[g.clase_nombre]);
  const shift = kind ? MATERIAL_WARMTH[kind] : 0;
  return Math.min(2, Math.max(0, byClass + shift));
}
