/**
 * The slot table drives every slot list: each slot's garment types are real types, every order of
 * the slots is complete (the compiler refuses one that leaves a slot out; `tsc` checks the
 * expected errors below), and the id fields follow the names.
 */
import { describe, expect, it } from 'vitest';
import { OUTFIT_SLOTS, SLOTS, SLOT_SPECS, TIPOS, everySlot, slotOfIdField } from '../src/index.ts';

describe('outfit slots', () => {
  it('each slot takes at least one garment type, and only real ones', () => {
    for (const slot of SLOTS) {
      expect(SLOT_SPECS[slot].tipos.length, slot).toBeGreaterThan(0);
      for (const tipo of SLOT_SPECS[slot].tipos) expect(TIPOS).toContain(tipo);
    }
  });

  it('id fields map back to their slots', () => {
    expect(OUTFIT_SLOTS.map(slotOfIdField)).toEqual(SLOTS);
  });

  it('an order of the slots must name every one', () => {
    const all = everySlot([...SLOTS].reverse() as typeof SLOTS);
    expect([...all].sort()).toEqual([...SLOTS].sort());
    // @ts-expect-error: 'sombrero' is left out
    everySlot(['superior', 'superior_secundario', 'inferior', 'vestido', 'zapatos', 'abrigo']);
  });
});
