/**
 * What a chat message asks for, read from plain English or Spanish: the occasion, the weather,
 * colours, and "something different". Keyword matching on accent-folded words is enough for
 * the built-in stylist; an LLM, when configured, reads the message itself.
 */
import type { ColorName, Ocasion } from '@fashion/core';

export type Lang = 'en' | 'es';

export interface StyleIntent {
  lang: Lang;
  ocasion?: Ocasion;
  /** A representative temperature in °C for "cold", "hot", … */
  temperature?: number;
  rain?: boolean;
  colores: ColorName[];
  /** Asked for another outfit than the last one. */
  different: boolean;
}

/** Lower case, accents removed, so `reunión` and `reunion` match alike. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

const OCCASION_WORDS: [Ocasion, string[]][] = [
  [
    'trabajo',
    [
      'work',
      'office',
      'meeting',
      'interview',
      'job',
      'trabajo',
      'oficina',
      'reunion',
      'entrevista',
    ],
  ],
  ['formal', ['formal', 'wedding', 'gala', 'ceremony', 'boda', 'ceremonia', 'elegant', 'elegante']],
  [
    'deportivo',
    [
      'sport',
      'sports',
      'gym',
      'run',
      'running',
      'hike',
      'deporte',
      'deportivo',
      'gimnasio',
      'correr',
    ],
  ],
  ['fiesta', ['party', 'club', 'birthday', 'date', 'fiesta', 'cumpleanos', 'cita', 'discoteca']],
  ['casual', ['casual', 'relaxed', 'everyday', 'weekend', 'relajado', 'diario', 'finde']],
];

const COLD = [
  'cold',
  'freezing',
  'winter',
  'snow',
  'chilly',
  'frio',
  'invierno',
  'nieve',
  'helando',
];
const HOT = ['hot', 'warm', 'summer', 'heat', 'sunny', 'calor', 'verano', 'caluroso', 'soleado'];
const MILD = ['mild', 'spring', 'autumn', 'fall', 'templado', 'primavera', 'otono', 'fresco'];
const RAIN = ['rain', 'rainy', 'raining', 'lluvia', 'llueve', 'lloviendo', 'lluvioso'];

const COLOR_WORDS: [ColorName, string[]][] = [
  ['negro', ['black', 'negro', 'negra']],
  ['blanco', ['white', 'blanco', 'blanca']],
  ['gris', ['grey', 'gray', 'gris']],
  ['beige', ['beige', 'cream', 'crema']],
  ['marrón', ['brown', 'marron', 'cafe']],
  ['rojo', ['red', 'rojo', 'roja']],
  ['naranja', ['orange', 'naranja']],
  ['amarillo', ['yellow', 'amarillo', 'amarilla']],
  ['verde', ['green', 'verde']],
  ['azul', ['blue', 'navy', 'azul']],
  ['rosa', ['pink', 'rosa', 'rosado', 'rosada']],
  ['morado', ['purple', 'violet', 'magenta', 'morado', 'morada', 'violeta']],
];

const DIFFERENT = [
  'different',
  'another',
  'else',
  'other',
  'new one',
  'something new',
  'diferente',
  'distinto',
  'distinta',
  'otro',
  'otra',
  'cambia',
  'nuevo',
];

const SPANISH_HINTS = [
  'que',
  'para',
  'una',
  'un',
  'algo',
  'tengo',
  'hace',
  'ponerme',
  'llevar',
  'quiero',
  'hoy',
  'manana',
  'por',
  'favor',
  'con',
  'mi',
  'de',
  'el',
  'la',
  'hola',
  'necesito',
  'conjunto',
];

function words(text: string): Set<string> {
  return new Set(
    fold(text)
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  );
}

function hasAny(ws: Set<string>, folded: string, list: readonly string[]): boolean {
  return list.some((w) => (w.includes(' ') ? folded.includes(w) : ws.has(w)));
}

export function detectLang(text: string): Lang {
  if (/[¿¡ñ]/i.test(text)) return 'es';
  const ws = words(text);
  const hits = SPANISH_HINTS.filter((w) => ws.has(w)).length;
  return hits >= 2 ? 'es' : 'en';
}

export function readIntent(text: string): StyleIntent {
  const folded = fold(text);
  const ws = words(text);
  const intent: StyleIntent = { lang: detectLang(text), colores: [], different: false };
  const occasion = OCCASION_WORDS.find(([, list]) => hasAny(ws, folded, list));
  if (occasion) intent.ocasion = occasion[0];
  if (hasAny(ws, folded, COLD)) intent.temperature = 4;
  else if (hasAny(ws, folded, HOT)) intent.temperature = 29;
  else if (hasAny(ws, folded, MILD)) intent.temperature = 16;
  // A measured temperature ("16°C", "16 ºC") beats the words.
  const degrees = /(-?\d{1,2}(?:[.,]\d)?)\s*[°º]\s*c?\b/i.exec(text);
  if (degrees) intent.temperature = Number(degrees[1]!.replace(',', '.'));
  if (hasAny(ws, folded, RAIN)) intent.rain = true;
  intent.colores = COLOR_WORDS.filter(([, list]) => hasAny(ws, folded, list)).map(([c]) => c);
  intent.different = hasAny(ws, folded, DIFFERENT);
  return intent;
}
