/** Insights on a known wardrobe: every number is worked out by hand in the comments. */
import { describe, expect, it } from 'vitest';
import { computeInsights, wearsFromLastWorn, type InsightGarment } from '../src/index.ts';

const garments: InsightGarment[] = [
  { _id: 'a', tipo: 'superior', color: 'azul', clase_nombre: 'Shirt', precio: 30 },
  { _id: 'b', tipo: 'inferior', color: 'negro', clase_nombre: 'Pants', precio: 50 },
  { _id: 'c', tipo: 'zapatos', color: 'negro', clase_nombre: 'Shoes', precio: 90 },
  { _id: 'd', tipo: 'superior', color: 'blanco', clase_nombre: 'T-shirt' },
];
const now = new Date('2026-12-06T12:00:00Z');
const wears = [
  { fecha: '2026-12-01T08:00:00Z', prenda_ids: ['a', 'b', 'c'] },
  { fecha: '2026-11-20T08:00:00Z', prenda_ids: ['a', 'b'] },
  { fecha: '2026-11-02T08:00:00Z', prenda_ids: ['a'] },
  // 'b' on 2026-06-01 only adds to its count: its last wear is still 2026-12-01.
  { fecha: '2026-06-01T08:00:00Z', prenda_ids: ['b'] },
  // A garment no longer in the wardrobe: ignored, also in the month count.
  { fecha: '2026-10-10T08:00:00Z', prenda_ids: ['gone'] },
];

describe('computeInsights', () => {
  const r = computeInsights(garments, wears, { now, top: 3 });

  it('counts wears per garment: most and least worn', () => {
    expect(r.garments).toBe(4);
    expect(r.total_wears).toBe(4);
    expect(r.most_worn).toEqual([
      { id: 'a', wears: 3, last: '2026-12-01T08:00:00Z' },
      { id: 'b', wears: 3, last: '2026-12-01T08:00:00Z' },
      { id: 'c', wears: 1, last: '2026-12-01T08:00:00Z' },
    ]);
    expect(r.least_worn.map((g) => [g.id, g.wears])).toEqual([
      ['d', 0],
      ['c', 1],
      ['a', 3],
    ]);
  });

  it('finds what was not worn in 90 days (since 2026-09-07)', () => {
    const old = computeInsights(garments, [{ fecha: '2026-09-01T00:00:00Z', prenda_ids: ['c'] }], {
      now,
    });
    expect(old.not_worn_recently).toEqual(['a', 'b', 'c', 'd']);
    expect(r.not_worn_recently).toEqual(['d']);
  });

  it('cost per wear and value from the prices that exist', () => {
    // a: 30/3 = 10, b: 50/3 = 16.67, c: 90/1 = 90; d has no price.
    expect(r.cost_per_wear).toEqual([
      { id: 'a', precio: 30, wears: 3, cost_per_wear: 10 },
      { id: 'b', precio: 50, wears: 3, cost_per_wear: 16.67 },
      { id: 'c', precio: 90, wears: 1, cost_per_wear: 90 },
    ]);
    expect(r.wardrobe_value).toEqual({ total: 170, priced: 3 });
  });

  it('wears per month for the last 12 months, and the colour and type distribution', () => {
    expect(r.wears_per_month).toHaveLength(12);
    expect(r.wears_per_month[0]).toEqual({ month: '2026-01', wears: 0 });
    const m = Object.fromEntries(r.wears_per_month.map((x) => [x.month, x.wears]));
    expect(m).toMatchObject({ '2026-12': 1, '2026-11': 2, '2026-10': 0, '2026-06': 1 });
    expect(r.by_color).toEqual({ azul: 1, negro: 2, blanco: 1 });
    expect(r.by_tipo).toEqual({ superior: 2, inferior: 1, zapatos: 1 });
  });

  it('without a wear log, each ultimo_uso is one wear', () => {
    const w = wearsFromLastWorn([{ _id: 'a', ultimo_uso: '2026-12-01T00:00:00Z' }, { _id: 'b' }]);
    expect(w).toEqual([{ fecha: '2026-12-01T00:00:00Z', prenda_ids: ['a'] }]);
    const r2 = computeInsights(garments, w, { now });
    expect(r2.most_worn).toEqual([{ id: 'a', wears: 1, last: '2026-12-01T00:00:00Z' }]);
    expect(r2.wardrobe_value).toEqual({ total: 170, priced: 3 });
  });

  it('lists what the recommender suggested and was not worn since the first suggestion', () => {
    const at = (day: string, veces: number, last = day) => ({
      veces,
      primera: `${day}T09:00:00.000Z`,
      ultima: `${last}T09:00:00.000Z`,
    });
    const r3 = computeInsights(garments, wears, {
      now,
      suggestions: [
        // 'a' was last worn 2026-12-01: suggested from 2026-12-02 on, not worn since.
        { prenda_id: 'a', ...at('2026-12-02', 4, '2026-12-05') },
        // 'b' was worn 2026-12-01, the day it was first suggested: it was worn.
        { prenda_id: 'b', ...at('2026-12-01', 9) },
        // 'd' was never worn.
        { prenda_id: 'd', ...at('2026-11-01', 4, '2026-12-06') },
        // Not in the wardrobe any more.
        { prenda_id: 'gone', ...at('2026-11-01', 20) },
      ],
    });
    // Most suggested first; 'a' and 'd' tie at 4, the later latest suggestion first ('d').
    expect(r3.suggested_not_worn).toEqual([
      { id: 'd', ...at('2026-11-01', 4, '2026-12-06') },
      { id: 'a', ...at('2026-12-02', 4, '2026-12-05'), last_worn: '2026-12-01T08:00:00Z' },
    ]);
    expect(r.suggested_not_worn).toEqual([]);
  });
});
