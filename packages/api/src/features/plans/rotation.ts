/**
 * What a suggestion for a planned day should rotate away from: garments worn in the days
 * around it and garments already planned that week (other days), and what it cannot use:
 * garments waiting for the laundry (`lavado: 'para_lavar'`, where the field exists).
 */
import { OUTFIT_SLOTS, type Plan, type Wear } from '@fashion/core';
import type { StoredGarment } from '../../ports/store.ts';

/** Days either side of the planned day whose wears and plans count. */
export const ROTATION_DAYS = 3;

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function rotationFor(day: string, wears: readonly Wear[], plans: readonly Plan[]): string[] {
  const ids = new Set<string>();
  for (const w of wears) if (w.fecha !== day) w.prenda_ids.forEach((id) => ids.add(id));
  for (const p of plans) {
    if (p.fecha === day) continue;
    for (const slot of OUTFIT_SLOTS) if (p[slot]) ids.add(p[slot]);
  }
  return [...ids];
}

/** Garments in the laundry basket (read optionally: older records have no `lavado`). */
export function inLaundry(garments: readonly StoredGarment[]): Set<string> {
  return new Set(
    garments.filter((g) => (g as { lavado?: unknown }).lavado === 'para_lavar').map((g) => g._id),
  );
}
