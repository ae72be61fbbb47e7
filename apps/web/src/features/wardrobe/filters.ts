/** Wardrobe filtering, pure so it is cheap to test and to run on every keystroke with 200+ garments. */
import type { ClassName, ColorName, Garment, Ocasion, Tipo } from '@fashion/core';
import type { Dict } from '../../i18n/en.ts';

export interface WardrobeFilter {
  tipo: Tipo | '';
  clase: ClassName | '';
  color: ColorName | '';
  ocasion: Ocasion | '';
  search: string;
}

export const NO_FILTER: WardrobeFilter = {
  tipo: '',
  clase: '',
  color: '',
  ocasion: '',
  search: '',
};

export function isFiltering(f: WardrobeFilter): boolean {
  return Boolean(f.tipo || f.clase || f.color || f.ocasion || f.search.trim());
}

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Words a garment can be found by: wire values and their translations. */
export function searchText(g: Garment, t: Dict): string {
  return fold(
    [
      g.clase_nombre,
      t.classes[g.clase_nombre],
      g.tipo,
      t.tipos[g.tipo],
      g.color,
      t.colors[g.color],
      ...g.ocasion.flatMap((o) => [o, t.ocasiones[o]]),
    ].join(' '),
  );
}

export function matches(
  g: Garment,
  f: WardrobeFilter,
  t: Dict,
  skip?: keyof WardrobeFilter,
): boolean {
  if (skip !== 'tipo' && f.tipo && g.tipo !== f.tipo) return false;
  if (skip !== 'clase' && f.clase && g.clase_nombre !== f.clase) return false;
  if (skip !== 'color' && f.color && g.color !== f.color) return false;
  if (skip !== 'ocasion' && f.ocasion && !g.ocasion.includes(f.ocasion)) return false;
  const words = fold(f.search).split(/\s+/).filter(Boolean);
  if (skip !== 'search' && words.length) {
    const text = searchText(g, t);
    if (!words.every((w) => text.includes(w))) return false;
  }
  return true;
}

export function applyFilter(list: readonly Garment[], f: WardrobeFilter, t: Dict): Garment[] {
  if (!isFiltering(f)) return [...list];
  return list.filter((g) => matches(g, f, t));
}

/**
 * How many garments each option of one filter would show, given the other filters: the numbers
 * beside the options stay honest as filters combine.
 */
export function countBy<K extends 'tipo' | 'clase' | 'color' | 'ocasion'>(
  list: readonly Garment[],
  f: WardrobeFilter,
  t: Dict,
  key: K,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const g of list) {
    if (!matches(g, f, t, key)) continue;
    const values: string[] =
      key === 'tipo'
        ? [g.tipo]
        : key === 'clase'
          ? [g.clase_nombre]
          : key === 'color'
            ? [g.color]
            : g.ocasion;
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}
