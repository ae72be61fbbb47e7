/** Wardrobe filtering, pure so it is cheap to test and to run on every keystroke with 200+ garments. */
import type { ClassName, ColorName, Garment, Ocasion, Tipo } from '@fashion/core';
import type { Dict } from '../../i18n/en.ts';

export interface WardrobeFilter {
  tipo: Tipo | '';
  clase: ClassName | '';
  color: ColorName | '';
  ocasion: Ocasion | '';
  /** One of the person's categories (its id). */
  categoria: string;
  search: string;
  /** Seasons (temporadas): a garment for any of them. */
  temporadas: string[];
  /** Only garments waiting for the wash. */
  paraLavar: boolean;
  favoritos: boolean;
  /** The archived garments instead of the wardrobe (they are hidden otherwise). */
  archivadas: boolean;
}

export const NO_FILTER: WardrobeFilter = {
  tipo: '',
  clase: '',
  color: '',
  ocasion: '',
  categoria: '',
  search: '',
  temporadas: [],
  paraLavar: false,
  favoritos: false,
  archivadas: false,
};

export function isFiltering(f: WardrobeFilter): boolean {
  return Boolean(
    f.tipo ||
    f.clase ||
    f.color ||
    f.ocasion ||
    f.categoria ||
    f.search.trim() ||
    f.temporadas.length ||
    f.paraLavar ||
    f.favoritos ||
    f.archivadas,
  );
}

/** A field core may declare later (temporadas, lavado, …): read without assuming it is there. */
function extra(g: Garment, name: string): unknown {
  return (g as unknown as Record<string, unknown>)[name];
}

/** The facts beyond class, colour and occasion: seasons, laundry, favourite, archived. */
function matchesFacts(g: Garment, f: WardrobeFilter): boolean {
  if ((extra(g, 'estado') === 'archivada') !== f.archivadas) return false;
  if (f.paraLavar && extra(g, 'lavado') !== 'para_lavar') return false;
  if (f.favoritos && extra(g, 'favorito') !== true) return false;
  if (f.temporadas.length) {
    const own = extra(g, 'temporadas');
    if (!Array.isArray(own) || !f.temporadas.some((s) => own.includes(s))) return false;
  }
  return true;
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
      // Free text the person gave, when the garment has it.
      ...['marca', 'material', 'talla', 'notas'].map((k) => extra(g, k)),
      ...((extra(g, 'etiquetas') as unknown[] | undefined) ?? []),
    ]
      .filter((w) => typeof w === 'string')
      .join(' '),
  );
}

export function matches(
  g: Garment,
  f: WardrobeFilter,
  t: Dict,
  skip?: keyof WardrobeFilter,
): boolean {
  if (!matchesFacts(g, f)) return false;
  if (skip !== 'tipo' && f.tipo && g.tipo !== f.tipo) return false;
  if (skip !== 'clase' && f.clase && g.clase_nombre !== f.clase) return false;
  if (skip !== 'color' && f.color && g.color !== f.color) return false;
  if (skip !== 'ocasion' && f.ocasion && !g.ocasion.includes(f.ocasion)) return false;
  if (skip !== 'categoria' && f.categoria && g.categoria_id !== f.categoria) return false;
  const words = fold(f.search).split(/\s+/).filter(Boolean);
  if (skip !== 'search' && words.length) {
    const text = searchText(g, t);
    if (!words.every((w) => text.includes(w))) return false;
  }
  return true;
}

export function applyFilter(list: readonly Garment[], f: WardrobeFilter, t: Dict): Garment[] {
  return list.filter((g) => matches(g, f, t));
}

/**
 * How many garments each option of one filter would show, given the other filters: the numbers
 * beside the options stay honest as filters combine.
 */
export function countBy<K extends 'tipo' | 'clase' | 'color' | 'ocasion' | 'categoria'>(
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
            : key === 'categoria'
              ? g.categoria_id
                ? [g.categoria_id]
                : []
              : g.ocasion;
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}

/**
 * The filter as GET /api/prendas parameters: every web filter has one, so the server answers it
 * and pages the result. The search goes as `q`; the server matches each word in the free text or
 * in the class, type, colour and occasion names in English and Spanish (core's searchWords), a
 * superset of what searchText matches here in the language on screen.
 */
export function serverQuery(f: WardrobeFilter): Record<string, string> {
  const q: Record<string, string> = {};
  if (f.tipo) q.tipo = f.tipo;
  if (f.clase) q.clase_nombre = f.clase;
  if (f.color) q.color = f.color;
  if (f.ocasion) q.ocasion = f.ocasion;
  if (f.categoria) q.categoria = f.categoria;
  const words = f.search.trim().replace(/\s+/g, ' ').slice(0, 100).trim();
  if (words) q.q = words;
  if (f.temporadas.length) q.temporada = [...f.temporadas].sort().join(',');
  if (f.paraLavar) q.lavado = 'para_lavar';
  if (f.favoritos) q.favorito = 'true';
  if (f.archivadas) q.estado = 'archivada';
  return q;
}
