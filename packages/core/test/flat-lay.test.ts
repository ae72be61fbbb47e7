import { describe, expect, it } from 'vitest';
import { SLOTS, flatLayout, type FlatLayBox } from '../src/index.ts';

const bottom = (b: FlatLayBox) => b.y + b.height;
const right = (b: FlatLayBox) => b.x + b.width;

describe('flatLayout', () => {
  const all = flatLayout(SLOTS);
  const box = (slot: string) => all.find((b) => b.slot === slot)!;

  it('gives each filled slot one box inside the canvas, and nothing for empty slots', () => {
    expect(all.map((b) => b.slot).sort()).toEqual([...SLOTS].sort());
    for (const b of all) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(right(b)).toBeLessThanOrEqual(1);
      expect(bottom(b)).toBeLessThanOrEqual(1);
    }
    expect(flatLayout(['superior', 'inferior', 'zapatos']).map((b) => b.slot)).toEqual([
      'inferior',
      'superior',
      'zapatos',
    ]);
  });

  it('draws outerwear behind the top, shoes lowest, the hat at the side', () => {
    const order = all.map((b) => b.slot);
    expect(order.indexOf('abrigo')).toBeLessThan(order.indexOf('superior'));
    expect(order.indexOf('superior_secundario')).toBeLessThan(order.indexOf('superior'));
    for (const b of all) if (b.slot !== 'zapatos') expect(box('zapatos').y).toBeGreaterThan(b.y);
    expect(box('zapatos').y).toBeGreaterThanOrEqual(bottom(box('inferior')));
    for (const b of all)
      if (b.slot !== 'sombrero') expect(box('sombrero').x).toBeGreaterThanOrEqual(right(b));
  });
});
