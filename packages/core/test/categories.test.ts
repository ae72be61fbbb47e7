import { describe, expect, it } from 'vitest';
import {
  CategoryCreateSchema,
  CategoryPatchSchema,
  GarmentPatchSchema,
  categoryNameKey,
} from '../src/index.ts';

describe('category contract', () => {
  it('takes a name of 1–40 characters, a role and an icon or a colour', () => {
    const ok = CategoryCreateSchema.safeParse({ nombre: ' Kimono ', icono: '👘', rol: 'abrigo' });
    expect(ok.success && ok.data.nombre).toBe('Kimono');
    expect(
      CategoryCreateSchema.safeParse({ nombre: 'Bodys', color: '#AA00cc', rol: 'superior' }).data
        ?.color,
    ).toBe('#aa00cc');
    expect(CategoryCreateSchema.safeParse({ nombre: '', icono: 'x', rol: 'abrigo' }).success).toBe(
      false,
    );
    expect(
      CategoryCreateSchema.safeParse({ nombre: 'x'.repeat(41), icono: 'x', rol: 'abrigo' }).success,
    ).toBe(false);
    // Neither icon nor colour.
    expect(CategoryCreateSchema.safeParse({ nombre: 'Kimono', rol: 'abrigo' }).success).toBe(false);
    expect(
      CategoryCreateSchema.safeParse({ nombre: 'Kimono', icono: 'k', rol: 'capa' }).success,
    ).toBe(false);
    expect(
      CategoryCreateSchema.safeParse({ nombre: 'K', icono: '<b>', rol: 'abrigo' }).success,
    ).toBe(false);
  });

  it('refines only a known class', () => {
    const base = { nombre: 'Kimono', icono: '👘', rol: 'abrigo' };
    expect(CategoryCreateSchema.safeParse({ ...base, refina: 'Outwear' }).success).toBe(true);
    expect(CategoryCreateSchema.safeParse({ ...base, refina: 'Kimono' }).success).toBe(false);
  });

  it('patches any field, null clearing the optional ones, and refuses an empty patch', () => {
    expect(CategoryPatchSchema.safeParse({ color: null, refina: null }).success).toBe(true);
    expect(CategoryPatchSchema.safeParse({}).success).toBe(false);
    expect(CategoryPatchSchema.safeParse({ userId: 'x' }).success).toBe(false);
  });

  it('compares names without case or surrounding spaces', () => {
    expect(categoryNameKey(' KIMONO ')).toBe(categoryNameKey('kimono'));
  });

  it('lets a garment patch set or clear its category', () => {
    const id = 'a'.repeat(24);
    expect(GarmentPatchSchema.safeParse({ categoria_id: id }).success).toBe(true);
    expect(GarmentPatchSchema.safeParse({ categoria_id: null }).success).toBe(true);
    expect(GarmentPatchSchema.safeParse({ categoria_id: 'nope' }).success).toBe(false);
  });
});
