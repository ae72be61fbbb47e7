/** Which garment fields this build of core declares: screens offer a fact only once it exists. */
import { EDITABLE_GARMENT_FIELDS, GARMENT_FIELDS } from '@fashion/core';
import type { EditableField } from './field-kind.ts';
import { kindOfSchema } from './field-kind.ts';
import type { FieldKind } from './field-kind.ts';

export function hasField(name: string): boolean {
  return name in GARMENT_FIELDS;
}

export function isEditable(name: string): name is EditableField {
  return (EDITABLE_GARMENT_FIELDS as readonly string[]).includes(name);
}

/** The kind of any declared field, editable or not (e.g. the archive reason). */
export function kindOfField(name: string): FieldKind | undefined {
  const f = (GARMENT_FIELDS as Record<string, { schema: object } | undefined>)[name];
  return f ? kindOfSchema(f.schema, name) : undefined;
}
