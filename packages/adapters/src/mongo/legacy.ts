/**
 * Values written by the system this replaces that the new contracts do not accept (its mongoose
 * schema defaulted clase_nombre and color to 'desconocido', ocasion/estilo to ''). Reads map them
 * onto the nearest valid value so that old wardrobes keep loading; writes never produce them.
 */
import {
  CLASS_NAMES,
  TIPOS,
  isClassName,
  isColorName,
  tipoOf,
  type ClassName,
  type ColorName,
  type Tipo,
} from '@fashion/core';

/** The most common class of each type, for a garment stored with an unknown class. */
const CLASS_FOR_TIPO: Readonly<Record<Tipo, ClassName>> = {
  superior: 'T-shirt',
  inferior: 'Pants',
  zapatos: 'Shoes',
  abrigo: 'Outwear',
  vestido: 'Dress',
  accesorio: 'Hat',
};

export function legacyTipo(value: unknown, clase: unknown): Tipo {
  if (typeof value === 'string' && (TIPOS as readonly string[]).includes(value)) {
    return value as Tipo;
  }
  if (typeof clase === 'string' && isClassName(clase)) return tipoOf(clase);
  return 'superior';
}

export function legacyClass(value: unknown, tipo: Tipo): ClassName {
  if (typeof value === 'string') {
    if (isClassName(value)) return value;
    const ci = CLASS_NAMES.find((c) => c.toLowerCase() === value.toLowerCase());
    if (ci) return ci;
  }
  return CLASS_FOR_TIPO[tipo];
}

export function legacyColor(value: unknown): ColorName {
  if (typeof value !== 'string') return 'multicolor';
  const v = value.trim().toLowerCase();
  if (isColorName(v)) return v;
  // Accent-less spelling of the one accented name.
  if (v === 'marron') return 'marrón';
  return 'multicolor';
}

export function stringArray(value: unknown): string[] {
  if (typeof value === 'string') return value ? [value] : [];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function isoDate(value: unknown): string {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return value;
  return new Date(0).toISOString();
}
