/**
 * The vocabularies of the richer garment record (issue #15): pattern, seasons, laundry, archive
 * state and reason, and the materials the recommender recognises in the free-text `material`.
 * Wire values are Spanish like the rest of the taxonomy; the web translates them.
 */
import type { ClassName } from './taxonomy.ts';

export const ESTAMPADOS = [
  'liso',
  'rayas',
  'cuadros',
  'lunares',
  'floral',
  'estampado',
  'otro',
] as const;
export type Estampado = (typeof ESTAMPADOS)[number];

export const TEMPORADAS = ['primavera', 'verano', 'otoño', 'invierno'] as const;
export type Temporada = (typeof TEMPORADAS)[number];

export const LAVADOS = ['limpia', 'para_lavar'] as const;
export type Lavado = (typeof LAVADOS)[number];

export const ESTADOS_PRENDA = ['activa', 'archivada'] as const;
export type EstadoPrenda = (typeof ESTADOS_PRENDA)[number];

export const MOTIVOS_ARCHIVO = ['vendida', 'donada', 'regalada', 'rota', 'otro'] as const;
export type MotivoArchivo = (typeof MOTIVOS_ARCHIVO)[number];

/** Materials the weather fit knows; anything else the person types is kept as written. */
export const MATERIALES = [
  'algodon',
  'lana',
  'lino',
  'seda',
  'poliester',
  'cuero',
  'denim',
  'punto',
  'plumas',
  'otro',
] as const;
export type Material = (typeof MATERIALES)[number];

/** Words (Spanish and English, accents folded) that name a known material. */
const MATERIAL_WORDS: Readonly<Record<Exclude<Material, 'otro'>, readonly string[]>> = {
  algodon: ['algodon', 'cotton'],
  lana: ['lana', 'wool', 'merino', 'cashmere', 'cachemir', 'alpaca', 'mohair'],
  lino: ['lino', 'linen'],
  seda: ['seda', 'silk'],
  poliester: ['poliester', 'polyester', 'nylon', 'acrilico', 'acrylic'],
  cuero: ['cuero', 'leather', 'piel', 'ante', 'suede'],
  denim: ['denim', 'vaquero', 'jean', 'jeans', 'mezclilla'],
  punto: ['punto', 'knit', 'fleece', 'forro polar'],
  plumas: ['plumas', 'plumon', 'down'],
};

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * The known material a free-text `material` names ("100% Wool", "lino lavado"), the first that
 * appears; undefined when none does. The weather fit only uses what it recognises.
 */
export function materialKind(text: string | undefined): Exclude<Material, 'otro'> | undefined {
  if (!text) return undefined;
  // Wardrobes repeat a handful of texts: remember the answers (bounded, so memory stays small).
  if (KIND_OF.has(text)) return KIND_OF.get(text);
  const kind = recognise(text);
  if (KIND_OF.size >= 2000) KIND_OF.clear();
  KIND_OF.set(text, kind);
  return kind;
}

const KIND_OF = new Map<string, Exclude<Material, 'otro'> | undefined>();

function recognise(text: string): Exclude<Material, 'otro'> | undefined {
  const words = fold(text).split(/[^a-z]+/);
  const joined = ` ${words.join(' ')} `;
  for (const [kind, names] of Object.entries(MATERIAL_WORDS)) {
    if (names.some((n) => joined.includes(` ${n} `))) return kind as Exclude<Material, 'otro'>;
  }
  return undefined;
}

/** The seasons a class is usually worn in: the suggestion when the person gave none. */
const SEASONS_BY_CLASS: Readonly<Record<ClassName, readonly Temporada[]>> = {
  Dress: ['primavera', 'verano'],
  Hat: TEMPORADAS,
  Longsleeve: ['primavera', 'otoño', 'invierno'],
  Outwear: ['otoño', 'invierno'],
  Pants: TEMPORADAS,
  Shirt: TEMPORADAS,
  Shoes: TEMPORADAS,
  Shorts: ['primavera', 'verano'],
  Skirt: ['primavera', 'verano', 'otoño'],
  'T-shirt': ['primavera', 'verano'],
};

/** Suggested `temporadas` for a class (the web pre-fills the editor with it). */
export function suggestTemporadas(clase: ClassName): Temporada[] {
  return [...SEASONS_BY_CLASS[clase]];
}
