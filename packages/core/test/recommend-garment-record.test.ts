/** Issue #15 in the recommender: archived garments and those waiting for the wash never appear. */
import { describe, expect, it } from 'vitest';
import { materialKind, recommendOutfits, suggestTemporadas, type Garment } from '../src/index.ts';
import { garment } from './recommend-fixtures.ts';

const ids = (outfits: ReturnType<typeof recommendOutfits>) =>
  new Set(outfits.flatMap((o) => Object.values(o.prendas).map((g) => (g as Garment)._id)));

describe('recommender and the garment record', () => {
  it('never suggests an archived garment or one waiting for the wash', () => {
    const dirty: Garment = { ...garment('T-shirt', { color: 'blanco' }), lavado: 'para_lavar' };
    const archived: Garment = {
      ...garment('Shirt', { color: 'azul' }),
      estado: 'archivada',
      motivo_archivo: 'donada',
    };
    const clean = garment('Longsleeve', { color: 'gris' });
    const wardrobe = [
      dirty,
      archived,
      clean,
      garment('Pants'),
      garment('Shoes', { color: 'blanco' }),
    ];
    const used = ids(recommendOutfits(wardrobe, {}, { limit: 10 }));
    expect(used.has(clean._id)).toBe(true);
    expect(used.has(dirty._id)).toBe(false);
    expect(used.has(archived._id)).toBe(false);
    // With only the dirty top there is no outfit at all.
    expect(() => recommendOutfits([dirty, garment('Pants'), garment('Shoes')])).toThrow();
  });

  it('recognises materials in free text and suggests seasons from the class', () => {
    expect(materialKind('100% Wool')).toBe('lana');
    expect(materialKind('Lino lavado')).toBe('lino');
    expect(materialKind('algodón orgánico')).toBe('algodon');
    expect(materialKind('mezcla rara')).toBeUndefined();
    expect(suggestTemporadas('Shorts')).toEqual(['primavera', 'verano']);
    expect(suggestTemporadas('Outwear')).toEqual(['otoño', 'invierno']);
  });
});
