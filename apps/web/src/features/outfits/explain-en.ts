/**
 * English wording of the recommender's reasons. The API words them in Spanish (`text`) and gives
 * a `code` with `params` so that other languages can word them too; an unknown code keeps `text`.
 */
import { isColorName } from '@fashion/core';
import type { Dict } from '../../i18n/en.ts';
import type { Lang } from '../../i18n/i18n.tsx';
import type { Detail } from '../../api/types.ts';

type Params = Record<string, string | number>;
type Words = (p: Params, t: Dict) => string;

const color = (t: Dict, c: unknown) =>
  typeof c === 'string' && isColorName(c) ? t.colors[c].toLowerCase() : String(c ?? '');
const colors = (t: Dict, list: unknown) =>
  listText(
    String(list ?? '')
      .split(',')
      .filter(Boolean)
      .map((c) => color(t, c)),
  );
const occasion = (t: Dict, o: unknown) =>
  typeof o === 'string' && o in OCCASION_PHRASE
    ? OCCASION_PHRASE[o]!
    : (t.ocasiones[o as keyof Dict['ocasiones']] ?? String(o)).toLowerCase();
const pair = (t: Dict, p: Params) =>
  p.a === p.b ? color(t, p.a) : `${color(t, p.a)} and ${color(t, p.b)}`;

function listText(items: string[]): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function when(p: Params): string {
  const t = p.temperatura;
  const rain = p.lluvia === 'true';
  if (t !== undefined) return `${t} °C${rain ? ' and rain' : ''}`;
  return rain ? 'the rain' : 'the weather';
}

const OCCASION_PHRASE: Record<string, string> = {
  casual: 'every day',
  formal: 'a formal event',
  deportivo: 'sport',
  fiesta: 'a party',
  trabajo: 'work',
};

const STYLE_FIT: Record<string, string> = {
  minimalista: 'Neutral colours and few statement pieces: fits your minimal style.',
  colorido: 'Colour with intent: fits your colourful style.',
  elegante: 'Polished pieces in sober tones: fits your elegant style.',
  moderno: 'Graphic contrast and one clear accent: fits your modern style.',
};

const EN: Record<string, Words> = {
  'color.choque': (p, t) => `The ${color(t, p.a)} and ${color(t, p.b)} pieces clash.`,
  'color.estampado': () => 'A multicolour print among neutral pieces.',
  'color.estampado_arriesgado': () => 'A multicolour print next to other colours: a bold choice.',
  'color.neutros': (p, t) =>
    `All neutral tones (${colors(t, p.colores)}): they go together safely.`,
  'color.acento': (p, t) => `A touch of ${color(t, p.color)} over neutrals.`,
  'color.monocromo': (p, t) => `A monochrome look: ${pair(t, p)}.`,
  'color.analogos': (p, t) => `Neighbouring colours in harmony: ${pair(t, p)}.`,
  'color.complementarios': (p, t) => `Complementary colours that balance: ${pair(t, p)}.`,
  'color.contraste': (p, t) => `A strong contrast between ${pair(t, p)}.`,
  'formalidad.coherente': () => 'Every piece is about as formal as the others.',
  'formalidad.mezcla': () => 'Mixes a more formal piece with a more casual one.',
  'ocasion.marcadas': (p, t) => `You tagged all these pieces for ${occasion(t, p.ocasion)}.`,
  'ocasion.desajuste': (p, t) => `One piece suits ${occasion(t, p.ocasion)} poorly.`,
  'ocasion.adecuada': (p, t) => `Pieces suited to ${occasion(t, p.ocasion)}.`,
  'clima.abrigo': (p) =>
    p.temperatura !== undefined
      ? `It is ${p.temperatura} °C${p.lluvia === 'true' ? ' and raining' : ''}: wear a coat.`
      : 'It is raining: wear a coat.',
  'clima.sin_abrigo': (p) =>
    `${p.temperatura !== undefined ? `It is ${p.temperatura} °C` : 'It is raining'} and there is no outerwear in your wardrobe: add some.`,
  'clima.desajuste': (p) => `One piece is not ideal for ${when(p)}.`,
  'clima.calor': (p) => `Light pieces for ${p.temperatura} °C.`,
  'clima.adecuado': (p) => `Pieces suited to ${when(p)}.`,
  'estilo.encaja': (p) => STYLE_FIT[String(p.estilo)] ?? 'Fits your style.',
  'estilo.se_aleja': (p, t) =>
    `Strays from your ${(t.estilos[p.estilo as keyof Dict['estilos']] ?? p.estilo).toString().toLowerCase()} style.`,
  'preferidos.incluye': (p, t) => `Includes your favourite colours: ${colors(t, p.colores)}.`,
  'preferidos.ninguno': (p, t) => `None of your favourite colours (${colors(t, p.colores)}).`,
  'confianza.ok': () => 'Every piece is confirmed or confidently recognised.',
  'confianza.dudosa': (p) =>
    `An unconfirmed piece (the model is ${p.confianza} % sure) counts for less.`,
  'superior.preferida': (p, t) =>
    `Wears your preferred top (${(t.classes[p.preferencia as keyof Dict['classes']] ?? p.preferencia).toString().toLowerCase()}).`,
  'superior.otra': (p, t) =>
    `Not your preferred top (${(t.classes[p.preferencia as keyof Dict['classes']] ?? p.preferencia).toString().toLowerCase()}): another fitted better.`,
  'rotacion.repite': () => 'Repeats a piece you wore recently.',
  'rotacion.nuevas': () => 'Nothing repeated from the last few days.',
  'nota.capas': () => 'Layered: one top under another.',
  'nota.vestido': () => 'A dress instead of a top and a bottom.',
  'nota.abrigo': () => 'With outerwear, as you asked.',
  'nota.sombrero_sol': () => 'The hat keeps the sun off.',
  'nota.sombrero_frio': () => 'The hat keeps you warm.',
  'nota.sombrero': () => 'The hat completes the look.',
};

/** Reasons that speak against the outfit whatever their points. */
const NEGATIVE = new Set([
  'color.choque',
  'color.estampado_arriesgado',
  'formalidad.mezcla',
  'ocasion.desajuste',
  'clima.sin_abrigo',
  'clima.desajuste',
  'estilo.se_aleja',
  'preferidos.ninguno',
  'confianza.dudosa',
  'superior.otra',
  'rotacion.repite',
]);

export interface Line {
  text: string;
  /** +1 a reason for, −1 a reason against, 0 a note. */
  sign: -1 | 0 | 1;
}

/** The reasons of an outfit in the UI language, empty ones dropped. */
export function explanationLines(
  detalles: Detail[] | undefined,
  explicaciones: string[],
  lang: Lang,
  t: Dict,
): Line[] {
  if (!detalles?.length) return explicaciones.filter(Boolean).map((text) => ({ text, sign: 0 }));
  return detalles
    .map((d): Line => {
      const words = lang === 'en' ? EN[d.code] : undefined;
      let text = d.text;
      if (words) {
        try {
          text = words(d.params ?? {}, t);
        } catch {
          text = d.text;
        }
      }
      const against = NEGATIVE.has(d.code) || d.delta <= -1;
      return { text, sign: against ? -1 : d.delta >= 1 ? 1 : 0 };
    })
    .filter((l) => l.text.trim() !== '');
}
