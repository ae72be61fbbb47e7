/**
 * The garment vocabulary of docs/architecture.md §4. Wire values keep the original Spanish names;
 * the UI translates them. The class order is the models' output index order.
 */

export const CLASS_NAMES = [
  'Dress',
  'Hat',
  'Longsleeve',
  'Outwear',
  'Pants',
  'Shirt',
  'Shoes',
  'Shorts',
  'Skirt',
  'T-shirt',
] as const;
export type ClassName = (typeof CLASS_NAMES)[number];

export const TIPOS = ['superior', 'inferior', 'zapatos', 'abrigo', 'vestido', 'accesorio'] as const;
export type Tipo = (typeof TIPOS)[number];

/** clase_nombre → tipo (docs/architecture.md §4). */
export const TIPO_BY_CLASS: Readonly<Record<ClassName, Tipo>> = {
  Dress: 'vestido',
  Hat: 'accesorio',
  Longsleeve: 'superior',
  Outwear: 'abrigo',
  Pants: 'inferior',
  Shirt: 'superior',
  Shoes: 'zapatos',
  Shorts: 'inferior',
  Skirt: 'inferior',
  'T-shirt': 'superior',
};

export function tipoOf(clase: ClassName): Tipo {
  return TIPO_BY_CLASS[clase];
}

export function classIndex(clase: ClassName): number {
  return CLASS_NAMES.indexOf(clase);
}

export function isClassName(value: string): value is ClassName {
  return (CLASS_NAMES as readonly string[]).includes(value);
}

export const OCASIONES = ['casual', 'formal', 'deportivo', 'fiesta', 'trabajo'] as const;
export type Ocasion = (typeof OCASIONES)[number];

export const ESTILOS = ['minimalista', 'colorido', 'elegante', 'moderno'] as const;
export type Estilo = (typeof ESTILOS)[number];
