/**
 * The wardrobe's free-text search (`GET /api/prendas?q=`), decided once for every store: the
 * words are split on spaces and each must match the garment, either inside its free text
 * (marca, notas, etiquetas, material, talla) or by naming its class, type, colour or an occasion
 * in the wire vocabulary, English or Spanish ("camisa", "shirt" and "Shirt" all find shirts).
 * The web shows these names in either language, so the server knows both; apps/web's tests keep
 * its dictionaries inside this list.
 */
import { COLOR_NAMES, type ColorName } from './colors.ts';
import {
  CLASS_NAMES,
  OCASIONES,
  TIPOS,
  type ClassName,
  type Ocasion,
  type Tipo,
} from './taxonomy.ts';

/** Lower case without accents: "Pantalón" and "pantalon" are the same word. */
export function foldSearchText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** The accented forms a plain letter stands for in a search ("algodon" finds "Algodón"). */
export const ACCENTED: Readonly<Record<string, string>> = {
  a: 'aáàâäã',
  e: 'eéèêë',
  i: 'iíìîï',
  o: 'oóòôöõ',
  u: 'uúùûü',
  n: 'nñ',
  c: 'cç',
};

/**
 * The person's text as one set of characters per character: every case and accent of a letter
 * ("ó" → "oóòôöõOÓÒÔÖÕ"), anything else itself. Stores turn it into a pattern of their own
 * (SQL GLOB classes, a MongoDB regex), so free text matches in any case, accents or not.
 */
export function searchCharacterSets(text: string): string[] {
  const sets: string[] = [];
  for (const ch of text) {
    const base = foldSearchText(ch);
    if (!base) continue; // a lone combining accent
    const lower = ACCENTED[base] ?? (base.toUpperCase() !== base ? base : ch);
    sets.push(lower === ch && lower.toUpperCase() === ch ? ch : lower + lower.toUpperCase());
  }
  return sets;
}

/** The names a person may type for each value, besides the value itself (English, Spanish). */
export const SEARCH_NAMES: {
  readonly clase_nombre: Readonly<Record<ClassName, readonly string[]>>;
  readonly tipo: Readonly<Record<Tipo, readonly string[]>>;
  readonly color: Readonly<Record<ColorName, readonly string[]>>;
  readonly ocasion: Readonly<Record<Ocasion, readonly string[]>>;
} = {
  clase_nombre: {
    Dress: ['Dress', 'Vestido'],
    Hat: ['Hat', 'Sombrero'],
    Longsleeve: ['Long-sleeve top', 'Manga larga'],
    Outwear: ['Outerwear', 'Abrigo'],
    Pants: ['Trousers', 'Pantalón'],
    Shirt: ['Shirt', 'Camisa'],
    Shoes: ['Shoes', 'Zapatos'],
    Shorts: ['Shorts', 'Pantalón corto'],
    Skirt: ['Skirt', 'Falda'],
    'T-shirt': ['T-shirt', 'Camiseta'],
  },
  tipo: {
    superior: ['Top', 'Parte de arriba'],
    inferior: ['Bottom', 'Parte de abajo'],
    zapatos: ['Shoes', 'Zapatos'],
    abrigo: ['Outer layer', 'Abrigo'],
    vestido: ['Dress', 'Vestido'],
    accesorio: ['Accessory', 'Accesorio'],
  },
  color: {
    negro: ['Black', 'Negro'],
    blanco: ['White', 'Blanco'],
    gris: ['Grey', 'Gris'],
    beige: ['Beige'],
    marrón: ['Brown', 'Marrón'],
    rojo: ['Red', 'Rojo'],
    naranja: ['Orange', 'Naranja'],
    amarillo: ['Yellow', 'Amarillo'],
    verde: ['Green', 'Verde'],
    azul: ['Blue', 'Azul'],
    rosa: ['Pink', 'Rosa'],
    morado: ['Purple', 'Morado'],
    multicolor: ['Multicolour', 'Multicolor'],
  },
  ocasion: {
    casual: ['Casual'],
    formal: ['Formal'],
    deportivo: ['Sport', 'Deportivo'],
    fiesta: ['Party', 'Fiesta'],
    trabajo: ['Work', 'Trabajo'],
  },
};

/** One word of the search: the text to find in the free-text fields, or the values it names. */
export interface SearchWord {
  /** The word as typed (trimmed), for the free-text fields. */
  text: string;
  clase_nombre: ClassName[];
  tipo: Tipo[];
  color: ColorName[];
  ocasion: Ocasion[];
}

function naming<V extends string>(
  values: readonly V[],
  names: Readonly<Record<V, readonly string[]>>,
  word: string,
): V[] {
  return values.filter((v) => [v, ...names[v]].some((n) => foldSearchText(n).includes(word)));
}

/** The words of `q` (at most 8; more add nothing a person types), each with what it names. */
export function searchWords(q: string): SearchWord[] {
  const words = q.split(/\s+/).filter(Boolean).slice(0, 8);
  return words.map((text) => {
    const w = foldSearchText(text);
    return {
      text,
      clase_nombre: naming(CLASS_NAMES, SEARCH_NAMES.clase_nombre, w),
      tipo: naming(TIPOS, SEARCH_NAMES.tipo, w),
      color: naming(COLOR_NAMES, SEARCH_NAMES.color, w),
      ocasion: naming(OCASIONES, SEARCH_NAMES.ocasion, w),
    };
  });
}
