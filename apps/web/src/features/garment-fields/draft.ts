/** Turning a garment into the editor's draft, applying a change, and the PATCH that saves it. */
import type { Garment, GarmentPatch } from '@fashion/core';
import { EDITABLE_GARMENT_FIELDS } from './field-kind.ts';
import type { Draft, DraftPatch } from './types.ts';

export function draftOf(g: Partial<Garment>): Draft {
  const d: Record<string, unknown> = {};
  for (const f of EDITABLE_GARMENT_FIELDS) if (g[f] !== undefined) d[f] = g[f];
  return d as Draft;
}

/** Applies a change; a key given as undefined unsets that field. */
export function applyPatch(d: Draft, p: DraftPatch): Draft {
  const next: Record<string, unknown> = { ...d, ...p };
  for (const k of Object.keys(next)) if (next[k] === undefined) delete next[k];
  return next as Draft;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields that differ from `base`. A field cleared by the person is not sent (PATCH has no
 * "unset"); a change of class or type restates the class, which the API takes as confirmation.
 */
export function patchBetween(base: Draft, d: Draft): GarmentPatch {
  const out: Record<string, unknown> = {};
  for (const f of EDITABLE_GARMENT_FIELDS) {
    if (d[f] !== undefined && !same(base[f], d[f])) out[f] = d[f];
  }
  if ((out.clase_nombre !== undefined || out.tipo !== undefined) && d.clase_nombre)
    out.clase_nombre = d.clase_nombre;
  return out as GarmentPatch;
}
