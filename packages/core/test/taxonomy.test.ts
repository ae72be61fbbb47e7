import { describe, expect, it } from 'vitest';
import { CLASS_NAMES, TIPO_BY_CLASS, classIndex, tipoOf, newId, IdSchema } from '../src/index.ts';

describe('taxonomy', () => {
  it('keeps the model output order of docs/architecture.md §4', () => {
    expect(CLASS_NAMES).toEqual([
      'Dress',
      'Hat',
      'Longsleeve',
      'Outwear',
      'Pants',
      'Shirt',
      'Shoes',
      'Shorts',
      'Skirt',
      'T-shirt',
    ]);
    expect(classIndex('Shoes')).toBe(6);
  });

  it('maps every class to its tipo', () => {
    expect(Object.keys(TIPO_BY_CLASS).sort()).toEqual([...CLASS_NAMES].sort());
    expect(tipoOf('Dress')).toBe('vestido');
    expect(tipoOf('Outwear')).toBe('abrigo');
    expect(tipoOf('Skirt')).toBe('inferior');
    expect(tipoOf('Hat')).toBe('accesorio');
  });

  it('makes unguessable ids of the accepted shape', () => {
    const ids = new Set(Array.from({ length: 100 }, newId));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(IdSchema.safeParse(id).success).toBe(true);
    expect(IdSchema.safeParse('../etc/passwd').success).toBe(false);
  });
});
