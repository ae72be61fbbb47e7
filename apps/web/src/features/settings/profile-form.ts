/** Profile numbers as typed text → a validated PreferencesUpdate (ranges of ProfileFieldsSchema). */
import type { PreferencesUpdate, Profile } from '@fashion/core';

export const RANGES = {
  edad: { min: 0, max: 120, integer: true },
  altura: { min: 50, max: 260, integer: false },
  peso: { min: 20, max: 400, integer: false },
} as const;

export type NumberField = keyof typeof RANGES;

export interface ProfileDraft {
  nombre: string;
  edad: string;
  altura: string;
  peso: string;
}

export function draftOf(p: Partial<Profile>): ProfileDraft {
  const s = (n: number | undefined) => (n === undefined ? '' : String(n));
  return { nombre: p.nombre ?? '', edad: s(p.edad), altura: s(p.altura), peso: s(p.peso) };
}

/** Error per field (empty = not given, which is allowed), or the update to send. */
export function validateDraft(d: ProfileDraft): {
  errors: Partial<Record<NumberField, true>>;
  update: PreferencesUpdate;
} {
  const errors: Partial<Record<NumberField, true>> = {};
  const update: Record<string, unknown> = {};
  const name = d.nombre.trim();
  if (name) update.nombre = name.slice(0, 100);
  for (const key of Object.keys(RANGES) as NumberField[]) {
    const raw = d[key].trim().replace(',', '.');
    if (!raw) continue;
    const n = Number(raw);
    const r = RANGES[key];
    if (!Number.isFinite(n) || n < r.min || n > r.max || (r.integer && !Number.isInteger(n))) {
      errors[key] = true;
    } else update[key] = n;
  }
  return { errors, update: update as PreferencesUpdate };
}
