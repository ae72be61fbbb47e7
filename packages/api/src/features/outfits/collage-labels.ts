/**
 * The words on the outfit PNG: each garment named as the web app names it ("T-shirt · Black",
 * from core's English/Spanish names, the same as the web dictionaries) where core's
 * flatLayLabels puts it, as the web collage does, and the outfit's name at the foot of that
 * column. Pure layout in canvas pixels; the compositor only draws the text.
 */
import {
  LABEL_COLUMN_X,
  LABEL_HEIGHT,
  SEARCH_NAMES,
  flatLayLabels,
  type ClassName,
  type ColorName,
  type FlatLayBox,
} from '@fashion/core';
import type { CollageText } from '../../ports/compositor.ts';

export const COLLAGE_LANGS = ['en', 'es'] as const;
export type CollageLang = (typeof COLLAGE_LANGS)[number];

/** The first of `en`/`es` the Accept-Language header prefers (by q), else English. */
export function langFromAcceptLanguage(header: string | undefined): CollageLang {
  const ranked = (header ?? '')
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { primary: tag.split('-')[0]!, q: q === undefined ? 1 : Number(q), i };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return (
    ranked.map((r) => r.primary).find((p): p is CollageLang => p === 'en' || p === 'es') ?? 'en'
  );
}

/** Index into SEARCH_NAMES' lists: English first, then Spanish where it differs. */
function nameIn(names: readonly string[], lang: CollageLang): string {
  return (lang === 'es' ? names[1] : undefined) ?? names[0]!;
}

export function garmentLabel(
  g: { clase_nombre: ClassName; color: ColorName },
  lang: CollageLang,
): { name: string; colour: string } {
  return {
    name: nameIn(SEARCH_NAMES.clase_nombre[g.clase_nombre], lang),
    colour: nameIn(SEARCH_NAMES.color[g.color], lang),
  };
}

const INK = {
  light: { text: '#292524', muted: '#57534e' },
  dark: { text: '#f5f5f4', muted: '#d6d3d1' },
} as const;

const NAME_SIZE = 26;
const COLOUR_SIZE = 22;
const TITLE_SIZE = 22;
/** DejaVu Sans averages about 0.6 em a character (bold a little more): room to spare. */
const EM_PER_CHAR = 0.64;

/** `text` cut with an ellipsis to about `width` pixels at `size`. */
export function fitText(text: string, size: number, width: number): string {
  const room = Math.floor(width / (size * EM_PER_CHAR));
  const chars = [...text.trim()];
  return chars.length <= room ? chars.join('') : `${chars.slice(0, room - 1).join('')}…`;
}

export interface LabelledBox {
  box: FlatLayBox;
  label: { name: string; colour: string };
}

/** The texts on a `width` × `height` canvas: a two-line label per garment, and the title. */
export function collageTexts(
  placed: readonly LabelledBox[],
  title: string | undefined,
  theme: 'light' | 'dark',
  width: number,
  height: number,
): CollageText[] {
  const ink = INK[theme];
  const left = Math.round(LABEL_COLUMN_X * width);
  const room = width - left - Math.round(0.02 * width);
  const titleLines = title ? 2 : 0;
  const bottom = height - Math.round(0.02 * height) - titleLines * (TITLE_SIZE + 6) - 8;
  const label = new Map(placed.map((p) => [p.box.slot, p.label]));
  const spots = flatLayLabels(
    placed.map((p) => p.box),
    LABEL_HEIGHT,
    bottom / height,
  );
  const texts = spots.flatMap((spot): CollageText[] => {
    const top = Math.round(spot.y * height);
    const { name, colour } = label.get(spot.slot)!;
    return [
      {
        text: fitText(name, NAME_SIZE, room),
        left,
        top,
        size: NAME_SIZE,
        colour: ink.text,
        bold: true,
      },
      {
        text: fitText(colour, COLOUR_SIZE, room),
        left,
        top: top + NAME_SIZE + 8,
        size: COLOUR_SIZE,
        colour: ink.muted,
        bold: false,
      },
    ];
  });
  if (title) texts.push(...titleTexts(title, left, room, bottom + 14, ink.muted));
  return texts;
}

/** The outfit's name in up to two lines, broken at a space where one fits. */
function titleTexts(title: string, left: number, room: number, top: number, colour: string) {
  const perLine = Math.floor(room / (TITLE_SIZE * EM_PER_CHAR));
  const words = title.trim().replace(/\s+/g, ' ');
  let first = words;
  let rest = '';
  if ([...words].length > perLine) {
    const cut = words.lastIndexOf(' ', perLine);
    const at = cut > 0 ? cut : perLine;
    first = words.slice(0, at);
    rest = words.slice(at).trim();
  }
  return [first, rest]
    .filter((line) => line.length > 0)
    .map((line, i) => ({
      text: fitText(line, TITLE_SIZE, room),
      left,
      top: top + i * (TITLE_SIZE + 6),
      size: TITLE_SIZE,
      colour,
      bold: false,
      // Set apart from the garments' colour lines above it.
      italic: true,
    }));
}
