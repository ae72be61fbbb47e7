/**
 * The garment editor derives from core's field table: each editable field and each of its enum
 * values is named in English and Spanish (a field added to core fails here until translated), and
 * each schema kind maps to the input it needs.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EDITABLE_GARMENT_FIELDS } from '@fashion/core';
import { en } from '../src/i18n/en.ts';
import { es } from '../src/i18n/es.ts';
import { kindOf, kindOfSchema } from '../src/features/garment-fields/field-kind.ts';
import { fieldLabel, valueLabel } from '../src/features/garment-fields/labels.ts';
import { applyPatch, patchBetween } from '../src/features/garment-fields/draft.ts';

describe('garment field names', () => {
  it.each([
    ['en', en],
    ['es', es],
  ])('every editable field and enum value has a %s name', (_lang, t) => {
    const missing: string[] = [];
    for (const f of EDITABLE_GARMENT_FIELDS) {
      if (!fieldLabel(t, f)) missing.push(f);
      const k = kindOf(f);
      if (k.kind === 'enum' || k.kind === 'enum-set')
        for (const v of k.values) if (!valueLabel(t, f, v)) missing.push(`${f}=${v}`);
    }
    expect(missing).toEqual([]);
  });

  it('the Spanish names are not the English ones left in place', () => {
    expect(fieldLabel(es, 'favorito')).not.toBe(fieldLabel(en, 'favorito'));
    expect(valueLabel(es, 'temporadas', 'invierno')).toBe('Invierno');
  });
});

describe('field kinds from schemas', () => {
  it('maps each zod kind to its input', () => {
    expect(kindOf('ocasion').kind).toBe('enum-set');
    // Tags are cleaned by a transform (a zod pipe): still edited as a list of tags.
    expect(kindOf('etiquetas').kind).toBe('tags');
    expect(kindOf('calidez')).toEqual({ kind: 'enum', values: ['ligera', 'media', 'abrigada'] });
    expect(kindOfSchema(z.enum(['limpia', 'para_lavar']).optional())).toEqual({
      kind: 'enum',
      values: ['limpia', 'para_lavar'],
    });
    expect(kindOfSchema(z.array(z.enum(['verano', 'invierno'])).default([])).kind).toBe('enum-set');
    expect(kindOfSchema(z.array(z.string()).optional()).kind).toBe('tags');
    expect(kindOfSchema(z.boolean().optional()).kind).toBe('boolean');
    expect(kindOfSchema(z.number().min(0).optional()).kind).toBe('number');
    expect(kindOfSchema(z.iso.date().optional()).kind).toBe('date');
    expect(kindOfSchema(z.string().optional(), 'fecha_compra').kind).toBe('date');
    expect(kindOfSchema(z.string().max(2000).optional())).toEqual({ kind: 'text', long: true });
    expect(kindOfSchema(z.string().max(80).optional())).toEqual({ kind: 'text', long: false });
  });
});

describe('draft to PATCH', () => {
  it('sends only what changed, restating the class when the type changes', () => {
    const base = { clase_nombre: 'Shirt', tipo: 'superior', color: 'azul' } as const;
    expect(patchBetween(base, applyPatch(base, { color: 'rojo' }))).toEqual({ color: 'rojo' });
    expect(patchBetween(base, applyPatch(base, { tipo: 'abrigo' }))).toEqual({
      tipo: 'abrigo',
      clase_nombre: 'Shirt',
    });
    expect(patchBetween(base, base)).toEqual({});
    expect(applyPatch({ ...base, color_hex: '#112233' }, { color_hex: undefined })).toEqual(base);
  });
});
