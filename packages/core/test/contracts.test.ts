import { describe, expect, it } from 'vitest';
import {
  GarmentFieldsSchema,
  OutfitSaveSchema,
  PreferencesUpdateSchema,
  RecommendQuerySchema,
} from '../src/index.ts';

const id = (n: number) => n.toString(16).padStart(24, '0');

describe('contracts', () => {
  it('rejects unknown fields and operator keys', () => {
    expect(GarmentFieldsSchema.safeParse({ colour: 'rojo' }).success).toBe(false);
    expect(GarmentFieldsSchema.safeParse({ color: { $ne: null } }).success).toBe(false);
    expect(GarmentFieldsSchema.safeParse({ $where: '1' }).success).toBe(false);
    expect(GarmentFieldsSchema.safeParse({ color: 'rojo', ocasion: ['casual'] }).success).toBe(
      true,
    );
  });

  it('accepts a top + bottom outfit or a dress outfit, not a mix', () => {
    expect(
      OutfitSaveSchema.safeParse({ superior_id: id(1), inferior_id: id(2), zapatos_id: id(3) })
        .success,
    ).toBe(true);
    expect(OutfitSaveSchema.safeParse({ vestido_id: id(1), zapatos_id: id(3) }).success).toBe(true);
    expect(
      OutfitSaveSchema.safeParse({ vestido_id: id(1), inferior_id: id(2), zapatos_id: id(3) })
        .success,
    ).toBe(false);
    expect(OutfitSaveSchema.safeParse({ superior_id: id(1), zapatos_id: id(3) }).success).toBe(
      false,
    );
  });

  it('validates profile ranges like the system it replaces', () => {
    expect(PreferencesUpdateSchema.safeParse({ edad: 30, altura: 170, peso: 70 }).success).toBe(
      true,
    );
    expect(PreferencesUpdateSchema.safeParse({ edad: 121 }).success).toBe(false);
    expect(PreferencesUpdateSchema.safeParse({ altura: 49 }).success).toBe(false);
    expect(PreferencesUpdateSchema.safeParse({ peso: 401 }).success).toBe(false);
    expect(PreferencesUpdateSchema.safeParse({}).success).toBe(false);
  });

  it('parses the recommend query of the system it replaces', () => {
    const q = RecommendQuerySchema.parse({
      colores: '["azul","negro"]',
      incluirAbrigo: 'true',
      limit: '5',
    });
    expect(q).toMatchObject({ colores: ['azul', 'negro'], incluirAbrigo: true, limit: 5 });
    expect(RecommendQuerySchema.safeParse({ colores: '[not json' }).success).toBe(false);
    expect(RecommendQuerySchema.safeParse({ limit: '21' }).success).toBe(false);
  });
});
