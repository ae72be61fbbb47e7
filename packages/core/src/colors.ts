/**
 * Colour names of docs/architecture.md §4 and a representative sRGB hex for each, used to fall back from a
 * name to a colour when a garment has no measured hex (older records, manual entry).
 */

export const COLOR_NAMES = [
  'negro',
  'blanco',
  'gris',
  'beige',
  'marrón',
  'rojo',
  'naranja',
  'amarillo',
  'verde',
  'azul',
  'rosa',
  'morado',
  'multicolor',
] as const;
export type ColorName = (typeof COLOR_NAMES)[number];

/** Neutrals combine with anything in an outfit. */
export const NEUTRAL_COLORS: readonly ColorName[] = ['negro', 'blanco', 'gris', 'beige', 'marrón'];

/** Representative hex per name (multicolor has none: it is a pattern, not a colour). */
export const COLOR_HEX: Readonly<Record<Exclude<ColorName, 'multicolor'>, string>> = {
  negro: '#1c1c1c',
  blanco: '#f4f4f2',
  gris: '#8a8a8a',
  beige: '#d9c7a7',
  marrón: '#6f4a2f',
  rojo: '#c62828',
  naranja: '#ef7d22',
  amarillo: '#f2c94c',
  verde: '#3a7d44',
  azul: '#2f5d9e',
  rosa: '#e88aa8',
  morado: '#6e3f8f',
};

export function isColorName(value: string): value is ColorName {
  return (COLOR_NAMES as readonly string[]).includes(value);
}

/** Hex strings as stored: `#rrggbb`, lower case. */
export const HEX_PATTERN = /^#[0-9a-f]{6}$/;
