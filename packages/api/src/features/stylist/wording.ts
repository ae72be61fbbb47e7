/** How the built-in stylist names garments and colours in English and Spanish replies. */
import type { ClassName, ColorName, Garment, Ocasion } from '@fashion/core';
import type { Lang } from './intent.ts';

const COLOR_EN: Readonly<Record<ColorName, string>> = {
  negro: 'black',
  blanco: 'white',
  gris: 'grey',
  beige: 'beige',
  marrón: 'brown',
  rojo: 'red',
  naranja: 'orange',
  amarillo: 'yellow',
  verde: 'green',
  azul: 'blue',
  rosa: 'pink',
  morado: 'purple',
  multicolor: 'multicoloured',
};

const CLASS_EN: Readonly<Record<ClassName, string>> = {
  'T-shirt': 'T-shirt',
  Shirt: 'shirt',
  Longsleeve: 'long-sleeve top',
  Pants: 'trousers',
  Shorts: 'shorts',
  Skirt: 'skirt',
  Dress: 'dress',
  Shoes: 'shoes',
  Outwear: 'coat',
  Hat: 'hat',
};

const CLASS_ES: Readonly<Record<ClassName, string>> = {
  'T-shirt': 'camiseta',
  Shirt: 'camisa',
  Longsleeve: 'prenda de manga larga',
  Pants: 'pantalón',
  Shorts: 'pantalón corto',
  Skirt: 'falda',
  Dress: 'vestido',
  Shoes: 'zapatos',
  Outwear: 'abrigo',
  Hat: 'sombrero',
};

const OCASION_NAME: Readonly<Record<Lang, Record<Ocasion, string>>> = {
  en: {
    casual: 'every day',
    formal: 'a formal event',
    deportivo: 'sport',
    fiesta: 'a party',
    trabajo: 'work',
  },
  es: {
    casual: 'el día a día',
    formal: 'un evento formal',
    deportivo: 'hacer deporte',
    fiesta: 'una fiesta',
    trabajo: 'el trabajo',
  },
};

export function ocasionName(o: Ocasion, lang: Lang): string {
  return OCASION_NAME[lang][o];
}

export function colorName(c: ColorName, lang: Lang): string {
  return lang === 'en' ? COLOR_EN[c] : c;
}

/** "your blue shirt" / "tu camisa azul". */
export function garmentName(g: Pick<Garment, 'clase_nombre' | 'color'>, lang: Lang): string {
  if (lang === 'en') return `your ${COLOR_EN[g.color]} ${CLASS_EN[g.clase_nombre]}`;
  return `${g.clase_nombre === 'Shoes' ? 'tus' : 'tu'} ${CLASS_ES[g.clase_nombre]} ${g.color}`;
}

export function classNameIn(c: ClassName, lang: Lang): string {
  return lang === 'en' ? CLASS_EN[c] : CLASS_ES[c];
}

export function list(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'en' ? 'and' : 'y'} ${items[items.length - 1]}`;
}
