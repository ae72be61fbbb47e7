/** The editor's value: any of the editable fields, each possibly unset. */
import type { ReactNode } from 'react';
import type { Garment } from '@fashion/core';
import type { EditableField } from './field-kind.ts';

export type Draft = { [K in EditableField]?: Garment[K] };

/** A change: the fields it sets (a key present with `undefined` unsets that field). */
export type DraftPatch = Draft;

export interface FieldRenderProps {
  name: string;
  id: string;
  label: string;
  draft: Draft;
  set: (patch: DraftPatch) => void;
  disabled?: boolean;
}

/** A field's own UI; `null` hides the field (set by another one, e.g. the colour code). */
export type FieldRenderer = ((p: FieldRenderProps) => ReactNode) | null;

/** Keyed by field name as a string so fields not yet declared in core (categoria_id) can be given one. */
export type FieldRenderers = Partial<Record<string, FieldRenderer>>;
