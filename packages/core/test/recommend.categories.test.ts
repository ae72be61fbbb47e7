/** A person's category with a role other than the class's places the garment by the role. */
import { describe, expect, it } from 'vitest';
import { recommendOutfits, resolvePreferences } from '../src/index.ts';
import { garment } from './recommend-fixtures.ts';

const KIMONO = { _id: 'c'.repeat(24), nombre: 'Kimono', rol: 'abrigo' as const };

describe('recommender and categories', () => {
  const top = garment('T-shirt', { color: 'blanco' });
  const bottom = garment('Pants', { color: 'negro' });
  const shoes = garment('Shoes', { color: 'blanco' });
  const kimono = { ...garment('Shirt', { color: 'rojo' }), categoria_id: KIMONO._id };
  const prefs = resolvePreferences({ incluirAbrigo: true });

  it('puts a Shirt in a kimono category (role abrigo) in the coat slot, and says why', () => {
    const outfits = recommendOutfits([top, bottom, shoes, kimono], prefs, {
      categories: [KIMONO],
    });
    expect(outfits.length).toBeGreaterThan(0);
    for (const o of outfits) {
      expect(o.abrigo_id).toBe(kimono._id);
      expect(o.superior_id).toBe(top._id);
      const note = o.detalles.find((d) => d.code === 'nota.categoria');
      expect(note?.params).toMatchObject({ categoria: 'Kimono', rol: 'abrigo', prenda: 'Shirt' });
      expect(note?.text).toMatch(/Kimono/);
    }
  });

  it('without the category the same wardrobe has no outerwear', () => {
    expect(() => recommendOutfits([top, bottom, shoes, kimono], prefs, {})).toThrow();
    const plain = recommendOutfits([top, bottom, shoes, kimono], resolvePreferences({}), {});
    expect(plain.every((o) => o.abrigo_id === undefined)).toBe(true);
  });

  it('a category whose role is the class’s own changes nothing and says nothing', () => {
    const tops = { _id: 'd'.repeat(24), nombre: 'Blusas', rol: 'superior' as const };
    const blouse = { ...garment('Shirt', { color: 'azul' }), categoria_id: tops._id };
    const outfits = recommendOutfits([blouse, bottom, shoes], resolvePreferences({}), {
      categories: [tops],
    });
    expect(outfits[0]?.superior_id).toBe(blouse._id);
    expect(outfits.flatMap((o) => o.detalles).some((d) => d.code === 'nota.categoria')).toBe(false);
  });
});
