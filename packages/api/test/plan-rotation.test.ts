/** What a planned day's suggestions rotate away from, and the laundry rule (read optionally). */
import { describe, expect, it } from 'vitest';
import type { Plan, Wear } from '@fashion/core';
import type { StoredGarment } from '../src/ports/store.ts';
import { addDays, inLaundry, rotationFor } from '../src/features/plans/rotation.ts';

const A = 'a'.repeat(24);
const B = 'b'.repeat(24);
const C = 'c'.repeat(24);

describe('plan rotation', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('counts wears and plans of other days, never the planned day itself', () => {
    const wear = (fecha: string, ids: string[]) => ({ fecha, prenda_ids: ids }) as Wear;
    const plan = (fecha: string, superior_id: string) => ({ fecha, superior_id }) as Plan;
    const ids = rotationFor(
      '2026-05-10',
      [wear('2026-05-08', [A])],
      [plan('2026-05-11', B), plan('2026-05-10', C)],
    );
    expect(ids.sort()).toEqual([A, B]);
  });

  it('leaves out garments waiting for the laundry, and reads records without the field', () => {
    const g = (id: string, lavado?: string) =>
      ({ _id: id, ...(lavado ? { lavado } : {}) }) as unknown as StoredGarment;
    expect([...inLaundry([g(A, 'para_lavar'), g(B, 'limpia'), g(C)])]).toEqual([A]);
  });
});
