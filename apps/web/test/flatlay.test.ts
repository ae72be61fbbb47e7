import { describe, expect, it } from 'vitest';
import { BODY_ORDER, flatLayRows } from '../src/features/outfits/flatlay-layout.ts';

describe('flat-lay layout', () => {
  it('lays out every piece head to feet with no hole: only the last row may be short', () => {
    // Every outfit shape: each subset of the slots.
    for (let mask = 1; mask < 1 << BODY_ORDER.length; mask++) {
      const present = BODY_ORDER.filter((_, i) => mask & (1 << i));
      const rows = flatLayRows((s) => present.includes(s));
      expect(rows.flat()).toEqual(present);
      const cols = rows[0]!.length;
      rows.slice(0, -1).forEach((r) => expect(r).toHaveLength(cols));
      expect(rows.at(-1)!.length).toBeGreaterThan(0);
    }
  });

  it('top, bottom and shoes: two side by side, the shoes across the width below', () => {
    const rows = flatLayRows((s) => ['superior', 'inferior', 'zapatos'].includes(s));
    expect(rows).toEqual([['superior', 'inferior'], ['zapatos']]);
  });
});
