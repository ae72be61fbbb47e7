/** Every reason code the recommender can send has an English and a Spanish sentence. */
import { describe, expect, it } from 'vitest';
import {
  REASON_CODES,
  TIPO_BY_CLASS,
  reasonKind,
  recommendOutfits,
  type ClassName,
  type Garment,
  type ReasonCode,
  type ReasonParams,
} from '@fashion/core';
import { en } from '../src/i18n/en.ts';
import { es } from '../src/i18n/es.ts';
import { reasonsEn } from '../src/i18n/reasons.en.ts';
import { reasonsEs } from '../src/i18n/reasons.es.ts';

/** Parameters of the kinds the recommender sends: pieces, colours, weather, preferences. */
const PARAMS: ReasonParams = {
  prenda: 'Shirt',
  color: 'blanco',
  prenda2: 'Pants',
  color2: 'negro',
  a: 'azul',
  b: 'naranja',
  colores: 'negro,blanco',
  ocasion: 'trabajo',
  marcadas: 2,
  temperatura: 8,
  lluvia: 1,
  motivo: 'frio',
  estilo: 'elegante',
  preferencia: 'Shirt',
  prendas: 1,
  otras: 1,
  categoria: 'Kimono',
  rol: 'abrigo',
  temporada: 'primavera,otoño',
  propia: 1,
  favoritas: 2,
  material: 'lana',
};

describe('reason wording', () => {
  it.each([
    ['en', reasonsEn, en],
    ['es', reasonsEs, es],
  ] as const)('%s: a full sentence for every code, with no placeholder left', (_, words, t) => {
    expect(Object.keys(words).sort()).toEqual([...REASON_CODES].sort());
    for (const code of REASON_CODES) {
      const text = words[code as ReasonCode](PARAMS, t);
      expect(text, code).toMatch(/^[A-ZÁÉÍÓÚÑ¿¡].*\.$/);
      expect(text, code).not.toMatch(/undefined|NaN|\$\{|\[object/);
    }
  });

  it('words what the recommender really sends, in both languages', () => {
    const g = (clase: ClassName, color: Garment['color'], extra: Partial<Garment> = {}) =>
      ({
        _id: (next++).toString(16).padStart(24, '0'),
        userId: 'u',
        imagen_url: '/i.jpg',
        tipo: TIPO_BY_CLASS[clase],
        clase_nombre: clase,
        color,
        confianza: 0.95,
        confirmado: true,
        ocasion: [],
        fecha_agregada: '2024-01-01T00:00:00.000Z',
        ...extra,
      }) satisfies Garment;
    let next = 1;
    const w = [
      g('Shirt', 'blanco', { confirmado: false, confianza: 0.4, temporadas: ['verano'] }),
      g('T-shirt', 'rojo', { favorito: true }),
      g('Longsleeve', 'verde', { material: 'lana' }),
      g('Pants', 'negro', { material: 'lino' }),
      g('Shorts', 'azul'),
      g('Skirt', 'multicolor'),
      g('Dress', 'rosa'),
      g('Shoes', 'marrón'),
      g('Outwear', 'gris'),
      g('Hat', 'beige'),
    ];
    const seen = new Set<string>();
    for (const temperature of [2, 18, 33]) {
      for (const layeredTop of [false, true]) {
        const outfits = recommendOutfits(
          w,
          {
            layeredTop,
            incluirVestido: !layeredTop,
            colores: ['morado'],
            topPreference: 'T-shirt',
          },
          {
            temperature,
            rain: temperature < 10,
            limit: 5,
            recentlyWorn: [w[3]!._id],
            // A day in the season of the temperature: the season part speaks too.
            fecha: temperature < 10 ? '2026-01-10' : '2026-07-10',
          },
        );
        for (const d of outfits.flatMap((o) => o.detalles)) {
          seen.add(d.code);
          expect(reasonsEs[d.code](d.params ?? {}, es)).toBe(d.text);
          expect(reasonsEn[d.code](d.params ?? {}, en)).not.toMatch(/undefined|NaN|\[object/);
        }
      }
    }
    expect(seen.size).toBeGreaterThan(10);
    // The rules of the richer record (#15) are among them.
    for (const code of ['favorito.incluye', 'temporada.fuera']) expect(seen, code).toContain(code);
    expect([...seen].some((c) => c.startsWith('material.'))).toBe(true);
  });

  it('English never shows model internals, and caveats read as caveats', () => {
    const doubt = reasonsEn['confianza.dudosa'](PARAMS, en);
    expect(doubt).toBe(
      'Confirm what the white shirt is in your wardrobe: until then it counts for less.',
    );
    expect(doubt).not.toMatch(/%|model/);
    expect(reasonKind('confianza.dudosa')).toBe('caveat');
    expect(reasonKind('rotacion.nuevas')).toBe('reason');
  });
});
