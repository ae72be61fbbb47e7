/**
 * What input a garment field needs, read from its zod schema in core's GARMENT_FIELDS: a new field
 * declared there gets an editor without any change here (only its translations).
 */
import { EDITABLE_GARMENT_FIELDS, GARMENT_FIELDS } from '@fashion/core';

export type EditableField = (typeof EDITABLE_GARMENT_FIELDS)[number];

export type FieldKind =
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'enum-set'; values: readonly string[] }
  | { kind: 'tags' }
  | { kind: 'boolean' }
  | { kind: 'number' }
  | { kind: 'date' }
  | { kind: 'text'; long: boolean };

/** The parts of zod's definition this reads (zod 4 keeps it on `_zod.def`). */
interface Def {
  type: string;
  innerType?: Schema;
  /** A pipe's input side (a transform is a pipe too): what the person types. */
  in?: Schema;
  element?: Schema;
  entries?: Record<string, string>;
  format?: string;
  checks?: { _zod: { def: { check?: string; maximum?: number; format?: string } } }[];
}
/** Any zod schema (read structurally, so this module needs no zod of its own). */
type Schema = object;
const defOf = (s: Schema): Def => (s as { _zod: { def: Def } })._zod.def;

/**
 * Optional, nullable, default and readonly wrappers say nothing about the input; a pipe (e.g. tags
 * cleaned by a transform) is edited as its input.
 */
function unwrap(s: Schema): Def {
  let d = defOf(s);
  for (;;) {
    if (d.innerType && ['optional', 'nullable', 'default', 'readonly', 'catch'].includes(d.type))
      d = defOf(d.innerType);
    else if (d.type === 'pipe' && d.in) d = defOf(d.in);
    else return d;
  }
}

/** Free text longer than this is edited in a text area (notes), shorter in one line. */
const LONG_TEXT = 200;

function maxLength(d: Def): number | undefined {
  for (const c of d.checks ?? []) {
    if (c._zod.def.check === 'max_length') return c._zod.def.maximum;
  }
  return undefined;
}

function isDate(d: Def, name: string): boolean {
  const formats = [d.format, ...(d.checks ?? []).map((c) => c._zod.def.format)];
  // An ISO date schema (z.iso.date()) or, failing that, the seed's naming: fecha_*.
  return formats.includes('date') || formats.includes('datetime') || name.startsWith('fecha_');
}

export function kindOfSchema(schema: Schema, name = ''): FieldKind {
  const d = unwrap(schema);
  switch (d.type) {
    case 'enum':
      return { kind: 'enum', values: Object.values(d.entries ?? {}) };
    case 'array': {
      const e = d.element ? unwrap(d.element) : undefined;
      if (e?.type === 'enum') return { kind: 'enum-set', values: Object.values(e.entries ?? {}) };
      return { kind: 'tags' };
    }
    case 'boolean':
      return { kind: 'boolean' };
    case 'number':
    case 'int':
      return { kind: 'number' };
    case 'date':
      return { kind: 'date' };
    default: {
      if (isDate(d, name)) return { kind: 'date' };
      const max = maxLength(d);
      return { kind: 'text', long: max === undefined ? name === 'notas' : max > LONG_TEXT };
    }
  }
}

export function kindOf(name: EditableField): FieldKind {
  return kindOfSchema(GARMENT_FIELDS[name].schema, name);
}

export { EDITABLE_GARMENT_FIELDS };
