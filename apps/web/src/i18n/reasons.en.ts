/**
 * English wording of the recommender's reasons (codes and parameters from @fashion/core). Pieces
 * come as class + colour and are named with the app's own class and colour words.
 */
import { isColorName, type ClassName, type ReasonCode, type ReasonParams } from '@fashion/core';
import type { Dict } from './en.ts';

export type ReasonWords = Readonly<Record<ReasonCode, (p: ReasonParams, t: Dict) => string>>;

const colour = (t: Dict, c: unknown) =>
  typeof c === 'string' && isColorName(c) ? t.colors[c].toLowerCase() : '';
const className = (t: Dict, cls: unknown) => (t.classes[cls as ClassName] ?? 'piece').toLowerCase();
/** "the white shirt", "the black trousers". */
const piece = (t: Dict, cls: unknown, c: unknown) =>
  `the ${[colour(t, c), className(t, cls)].filter(Boolean).join(' ')}`;
/** A category's role (a tipo) in words. */
const ROLE_EN: Readonly<Record<string, string>> = {
  superior: 'a top',
  inferior: 'a bottom',
  zapatos: 'shoes',
  abrigo: 'outerwear',
  vestido: 'a one-piece',
  accesorio: 'an accessory',
};
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Known materials (core's materialKind) in words. */
const MATERIAL_EN: Readonly<Record<string, string>> = {
  algodon: 'cotton',
  lana: 'wool',
  lino: 'linen',
  seda: 'silk',
  poliester: 'polyester',
  cuero: 'leather',
  denim: 'denim',
  punto: 'knit',
  plumas: 'down',
};
const material = (p: ReasonParams) => MATERIAL_EN[String(p.material)] ?? String(p.material);
/** "winter", "spring or autumn" (the season names of the garment editor). */
const seasons = (t: Dict, list: unknown) => {
  const names = t.fields.values.temporadas as Record<string, string>;
  const items = String(list ?? '')
    .split(',')
    .filter(Boolean)
    .map((s) => (names[s] ?? s).toLowerCase());
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
};

function listText(items: string[]): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
const colours = (t: Dict, list: unknown) =>
  listText(
    String(list ?? '')
      .split(',')
      .filter(Boolean)
      .map((c) => colour(t, c)),
  );
const pair = (t: Dict, p: ReasonParams) =>
  p.a === p.b ? colour(t, p.a) : `${colour(t, p.a)} and ${colour(t, p.b)}`;

const OCCASION: Record<string, string> = {
  casual: 'every day',
  formal: 'a formal event',
  deportivo: 'sport',
  fiesta: 'a party',
  trabajo: 'work',
};
const occasion = (p: ReasonParams) => OCCASION[String(p.ocasion)] ?? String(p.ocasion ?? '');

function when(p: ReasonParams): string {
  if (p.temperatura !== undefined) return `${p.temperatura} °C${p.lluvia ? ' and rain' : ''}`;
  return p.lluvia ? 'the rain' : 'the weather';
}

const STYLE_FIT: Record<string, string> = {
  minimalista: 'Neutral colours and few statement pieces: fits your minimal style.',
  colorido: 'Colour with intent: fits your colourful style.',
  elegante: 'Polished pieces in sober tones: fits your elegant style.',
  moderno: 'Graphic contrast and one clear accent: fits your modern style.',
};

export const reasonsEn: ReasonWords = {
  'rotacion.nuevas': () => 'Nothing you wore in the last few days.',
  'rotacion.repite': (p, t) =>
    `Repeats ${piece(t, p.prenda, p.color)}${Number(p.otras) > 0 ? ` and ${p.otras} more` : ''}, worn lately.`,
  'color.choque': (p, t) =>
    `${capital(piece(t, p.prenda, p.color))} clashes with ${piece(t, p.prenda2, p.color2)}.`,
  'color.estampado': () => 'A multicolour print among neutral pieces.',
  'color.estampado_arriesgado': () => 'A multicolour print next to other colours: a bold choice.',
  'color.neutros': (p, t) =>
    `All neutral tones (${colours(t, p.colores)}): they go together safely.`,
  'color.acento': (p, t) => `A touch of colour over neutrals: ${piece(t, p.prenda, p.color)}.`,
  'color.monocromo': (p, t) => `A monochrome look: ${pair(t, p)}.`,
  'color.analogos': (p, t) => `Neighbouring colours in harmony: ${pair(t, p)}.`,
  'color.complementarios': (p, t) => `Complementary colours that balance: ${pair(t, p)}.`,
  'color.contraste': (p, t) => `A strong contrast between ${pair(t, p)}.`,
  'formalidad.coherente': () => 'Every piece is about as dressy as the others.',
  'formalidad.mezcla': (p, t) =>
    `Mixes ${piece(t, p.prenda, p.color)}, dressier, with ${piece(t, p.prenda2, p.color2)}, more casual.`,
  'ocasion.marcadas': (p) => `You tagged all these pieces for ${occasion(p)}.`,
  'ocasion.adecuada': (p) => `Pieces suited to ${occasion(p)}.`,
  'ocasion.desajuste': (p, t) =>
    `${capital(piece(t, p.prenda, p.color))} is a weak fit for ${occasion(p)}.`,
  'clima.abrigo': (p) =>
    p.temperatura !== undefined
      ? `It is ${p.temperatura} °C${p.lluvia ? ' and raining' : ''}: wear a coat.`
      : 'It is raining: wear a coat.',
  'clima.sin_abrigo': (p) =>
    `${p.motivo === 'frio' ? `It is ${p.temperatura} °C` : 'It is raining'} and there is no outerwear in your wardrobe: add some.`,
  'clima.desajuste': (p, t) =>
    `${capital(piece(t, p.prenda, p.color))} is not ideal for ${when(p)}.`,
  'clima.calor': (p) => `Light pieces for ${p.temperatura} °C.`,
  'clima.adecuado': (p) => `Pieces suited to ${when(p)}.`,
  'estilo.encaja': (p) => STYLE_FIT[String(p.estilo)] ?? 'Fits your style.',
  'estilo.se_aleja': (p, t) =>
    `Strays from your ${(t.estilos[p.estilo as keyof Dict['estilos']] ?? String(p.estilo)).toLowerCase()} style.`,
  'preferidos.incluye': (p, t) => `Includes your favourite colours: ${colours(t, p.colores)}.`,
  'preferidos.ninguno': (p, t) => `None of your favourite colours (${colours(t, p.colores)}).`,
  'confianza.dudosa': (p, t) =>
    `Confirm what ${piece(t, p.prenda, p.color)} is in your wardrobe: until then it counts for less.`,
  'superior.preferida': (p, t) => `Wears your preferred top (${className(t, p.preferencia)}).`,
  'superior.otra': (p, t) =>
    `Not your preferred top (${className(t, p.preferencia)}): another fitted better.`,
  'nota.capas': (p, t) =>
    `Layered: ${piece(t, p.prenda, p.color)} under ${piece(t, p.prenda2, p.color2)}.`,
  'nota.vestido': () => 'A dress instead of a top and a bottom.',
  'nota.abrigo': () => 'With outerwear, as you asked.',
  'nota.sombrero_sol': () => 'The light hat keeps the sun off.',
  'nota.sombrero_frio': () => 'The hat keeps you warm.',
  'nota.sombrero': () => 'The hat completes the look.',
  'nota.categoria': (p) =>
    `Your “${String(p.categoria)}” is worn as ${ROLE_EN[String(p.rol)] ?? String(p.rol)}, its category’s role.`,
  'temporada.adecuada': (p, t) => `Every piece suits the season (${seasons(t, p.temporada)}).`,
  'temporada.fuera': (p, t) =>
    Number(p.propia) === 1
      ? `You marked ${piece(t, p.prenda, p.color)} for other seasons, not ${seasons(t, p.temporada)}.`
      : `${capital(piece(t, p.prenda, p.color))} is not usually worn in ${seasons(t, p.temporada)}.`,
  'favorito.incluye': (p, t) =>
    `Includes ${piece(t, p.prenda, p.color)}, one of your favourites${Number(p.favoritas) > 1 ? ` (and ${Number(p.favoritas) - 1} more)` : ''}.`,
  'material.abriga': (p, t) =>
    `${capital(piece(t, p.prenda, p.color))}, in ${material(p)}, keeps you warm at ${p.temperatura} °C.`,
  'material.fresco': (p, t) =>
    `${capital(piece(t, p.prenda, p.color))}, in ${material(p)}, breathes at ${p.temperatura} °C.`,
  'material.calor': (p, t) =>
    `${capital(piece(t, p.prenda, p.color))}, in ${material(p)}, is warm for ${p.temperatura} °C.`,
  'material.frio': (p, t) =>
    `${capital(piece(t, p.prenda, p.color))}, in ${material(p)}, gives little warmth at ${p.temperatura} °C.`,
};
