/** Spanish wording for explanations: piece names with article and agreeing colour adjective. */
import type { ColorName } from '../colors.ts';
import type { Estilo, Ocasion } from '../taxonomy.ts';
import type { GarmentFeatures } from './features.ts';
import { PIECE_NAME } from './slots.ts';

const FEMININE: Partial<Record<ColorName, string>> = {
  negro: 'negra',
  blanco: 'blanca',
  rojo: 'roja',
  amarillo: 'amarilla',
  morado: 'morada',
};
const PLURAL: Readonly<Record<ColorName, string>> = {
  negro: 'negros',
  blanco: 'blancos',
  gris: 'grises',
  beige: 'beige',
  marrón: 'marrones',
  rojo: 'rojos',
  naranja: 'naranja',
  amarillo: 'amarillos',
  verde: 'verdes',
  azul: 'azules',
  rosa: 'rosa',
  morado: 'morados',
  multicolor: 'multicolores',
};

/** "la camisa blanca", "los zapatos negros", "el pantalón azul". */
export function pieceLabel(f: GarmentFeatures): string {
  const { name, article } = PIECE_NAME[f.cls];
  const color =
    article === 'la'
      ? (FEMININE[f.colorName] ?? f.colorName)
      : article === 'los'
        ? PLURAL[f.colorName]
        : f.colorName;
  return `${article} ${name} ${color}`;
}

/** "La camisa blanca" at the start of a sentence. */
export function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const OCASION_TEXT: Readonly<Record<Ocasion, string>> = {
  casual: 'el día a día',
  formal: 'un evento formal',
  deportivo: 'hacer deporte',
  fiesta: 'una fiesta',
  trabajo: 'el trabajo',
};

export const ESTILO_FIT_TEXT: Readonly<Record<Estilo, string>> = {
  minimalista: 'Colores neutros y pocas piezas llamativas: encaja con tu estilo minimalista.',
  colorido: 'Color con intención: encaja con tu estilo colorido.',
  elegante: 'Piezas arregladas en tonos sobrios: encaja con tu estilo elegante.',
  moderno: 'Contraste gráfico y un acento claro: encaja con tu estilo moderno.',
};

/** "a, b y c". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} y ${items[items.length - 1]}`;
}
