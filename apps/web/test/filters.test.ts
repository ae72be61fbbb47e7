import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en.ts';
import { es } from '../src/i18n/es.ts';
import { SEARCH_NAMES } from '@fashion/core';
import { applyFilter, countBy, NO_FILTER, serverQuery } from '../src/features/wardrobe/filters.ts';
import { garment } from './fake-api.ts';

const list = [
  garment('T-shirt', { color: 'blanco', ocasion: ['casual'] }),
  garment('Shirt', { color: 'azul', ocasion: ['trabajo', 'formal'] }),
  garment('Pants', { color: 'azul', ocasion: ['trabajo'] }),
  garment('Shoes', { color: 'marrón', ocasion: [] }),
];

describe('wardrobe filters', () => {
  it('filters by type, class, colour and occasion together', () => {
    expect(applyFilter(list, { ...NO_FILTER, tipo: 'superior' }, en)).toHaveLength(2);
    expect(
      applyFilter(list, { ...NO_FILTER, color: 'azul', tipo: 'inferior' }, en).map(
        (g) => g.clase_nombre,
      ),
    ).toEqual(['Pants']);
    expect(applyFilter(list, { ...NO_FILTER, ocasion: 'trabajo' }, en)).toHaveLength(2);
    expect(applyFilter(list, { ...NO_FILTER, clase: 'Shoes' }, en)).toHaveLength(1);
  });

  it('searches translated names and wire values, accents folded, all words required', () => {
    expect(
      applyFilter(list, { ...NO_FILTER, search: 'trousers blue' }, en).map((g) => g.clase_nombre),
    ).toEqual(['Pants']);
    expect(applyFilter(list, { ...NO_FILTER, search: 'marron' }, en)).toHaveLength(1);
    expect(
      applyFilter(list, { ...NO_FILTER, search: 'Pantalón azul' }, es).map((g) => g.clase_nombre),
    ).toEqual(['Pants']);
    expect(applyFilter(list, { ...NO_FILTER, search: 'party' }, en)).toHaveLength(0);
  });

  it('counts each option under the other filters', () => {
    const f = { ...NO_FILTER, color: 'azul' as const };
    const byType = countBy(list, f, en, 'tipo');
    expect(byType.get('superior')).toBe(1);
    expect(byType.get('inferior')).toBe(1);
    expect(byType.get('zapatos')).toBeUndefined();
    // The colour counts ignore the colour filter itself, so other colours stay choosable.
    expect(countBy(list, f, en, 'color').get('blanco')).toBe(1);
  });

  it("filters by one of the person's categories, and counts each category given the rest", () => {
    const kimono = 'a'.repeat(24);
    const tagged = [
      { ...list[0]!, categoria_id: kimono },
      { ...list[1]!, categoria_id: kimono },
      ...list.slice(2),
    ];
    expect(
      applyFilter(tagged, { ...NO_FILTER, categoria: kimono }, en).map((g) => g.clase_nombre),
    ).toEqual(['T-shirt', 'Shirt']);
    const counts = countBy(tagged, { ...NO_FILTER, color: 'azul' }, en, 'categoria');
    expect(counts.get(kimono)).toBe(1);
    expect([...counts.keys()]).toEqual([kimono]);
  });

  // Its speed is not asserted here (wall-clock bounds fail on a loaded machine): the e2e
  // performance spec prints the search time for 200 garments in a real browser.
  it('filters a large wardrobe', () => {
    const many = Array.from({ length: 2000 }, (_, i) => list[i % list.length]!);
    expect(applyFilter(many, { ...NO_FILTER, search: 'azul' }, en)).toHaveLength(1000);
    expect(applyFilter(many, { ...NO_FILTER, search: 'azul 7' }, en)).toHaveLength(0);
  });

  it('maps every filter to the server’s GET /api/prendas parameters', () => {
    expect(serverQuery(NO_FILTER)).toEqual({});
    expect(
      serverQuery({
        tipo: 'superior',
        clase: 'Shirt',
        color: 'azul',
        ocasion: 'trabajo',
        categoria: 'c'.repeat(24),
        search: '  camisa   azul ',
        temporadas: ['verano', 'invierno'],
        paraLavar: true,
        favoritos: true,
        archivadas: true,
      }),
    ).toEqual({
      tipo: 'superior',
      clase_nombre: 'Shirt',
      color: 'azul',
      ocasion: 'trabajo',
      categoria: 'c'.repeat(24),
      q: 'camisa azul',
      temporada: 'invierno,verano',
      lavado: 'para_lavar',
      favorito: 'true',
      estado: 'archivada',
    });
  });

  it('the server knows every name the screen shows, in both languages', () => {
    for (const t of [en, es]) {
      const groups = [
        [t.classes, SEARCH_NAMES.clase_nombre],
        [t.tipos, SEARCH_NAMES.tipo],
        [t.colors, SEARCH_NAMES.color],
        [t.ocasiones, SEARCH_NAMES.ocasion],
      ] as const;
      for (const [shown, known] of groups) {
        for (const [value, label] of Object.entries(shown)) {
          expect([value, ...(known as Record<string, readonly string[]>)[value]!]).toContain(label);
        }
      }
    }
  });
});
