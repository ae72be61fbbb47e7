/**
 * The original system's vocabulary (its Express backend and Hugging Face Space) → ours. Its
 * clients and stored data keep sending these values; they are mapped on input, in this one
 * table, so the rest of the code sees only the names of docs/architecture.md §4. `undefined` means "not known":
 * the field is treated as not sent (the model decides, or the default applies).
 * The README's "Original clients" section lists the same mapping for people.
 */
import { isColorName, type ColorName } from './colors.ts';
import { isClassName, type ClassName } from './taxonomy.ts';

/** The original Space's Fashion-MNIST-style classes that are not ours. */
export const LEGACY_CLASSES: Readonly<Record<string, ClassName | undefined>> = {
  Ankle_boot: 'Shoes',
  Sandal: 'Shoes',
  Sneaker: 'Shoes',
  Coat: 'Outwear',
  Pullover: 'Longsleeve',
  Trouser: 'Pants',
  // No bag class here: the closest is "unknown", so the model classifies the photo again.
  Bag: undefined,
  desconocido: undefined,
};

/** Colour names the original produced that are not ours (shades fold into the base colour). */
export const LEGACY_COLORS: Readonly<Record<string, ColorName | undefined>> = {
  magenta: 'morado',
  marron: 'marrón',
  'rojo oscuro': 'rojo',
  'azul oscuro': 'azul',
  'verde oscuro': 'verde',
  'amarillo oscuro': 'amarillo',
  desconocido: undefined,
};

/** The original's `topPreference` values (its Generate page and preferences). */
export const LEGACY_TOP_PREFERENCES: Readonly<Record<string, 'T-shirt' | 'Longsleeve'>> = {
  tshirt: 'T-shirt',
  pullover: 'Longsleeve',
};

const has = (table: object, key: string) => Object.prototype.hasOwnProperty.call(table, key);

/** A class name, ours or legacy, → ours; anything else is returned unchanged (zod rejects it). */
export function mapLegacyClass(value: string): string | undefined {
  if (isClassName(value)) return value;
  return has(LEGACY_CLASSES, value) ? LEGACY_CLASSES[value] : value;
}

export function mapLegacyColor(value: string): string | undefined {
  const v = value.trim().toLowerCase();
  if (isColorName(v)) return v;
  return has(LEGACY_COLORS, v) ? LEGACY_COLORS[v] : value;
}

export function mapLegacyTopPreference(value: string): string {
  return has(LEGACY_TOP_PREFERENCES, value) ? LEGACY_TOP_PREFERENCES[value]! : value;
}

/**
 * A `PUT /api/me/preferences` body as the original clients send it → ours: `tshirt`/`pullover`
 * are classes, legacy colours are mapped, and the read-only `userId`/`updatedAt` of
 * an echoed GET answer are dropped. Every other field passes through for the strict schema.
 */
export function normalizeLegacyPreferences(body: unknown): unknown {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return body;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === 'userId' || key === 'updatedAt') continue;
    if (key === 'topPreference' && typeof value === 'string') {
      out[key] = mapLegacyTopPreference(value);
    } else if (key === 'colores' && Array.isArray(value)) {
      out[key] = value.map((c) => (typeof c === 'string' ? mapLegacyColor(c) : c));
    } else out[key] = value;
  }
  return out;
}

const COMBO_KEY = /^[0-9a-f]{24}(-[0-9a-f]{24}){0,7}$/;

/**
 * `exclude=k1,k2` as the original Generate page sends it: each key is garment ids joined by `-`
 * (its slot order; ours are sorted), so each becomes an id list. Null when an item is not such
 * a key (the caller answers 400).
 */
export function commaExcludeList(text: string): string[][] | null {
  const keys = text
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  if (keys.length > 200 || !keys.every((k) => COMBO_KEY.test(k))) return null;
  return keys.map((k) => k.split('-'));
}
