/** Swapping a piece of one day's outfit: the rest of the trip stays, the list follows. */
import { describe, expect, it } from 'vitest';
import { OCASIONES, planTrip, swapPiece, type Garment } from '../src/index.ts';
import { garment } from './recommend-fixtures.ts';

function wardrobe(): Garment[] {
  const all = [...OCASIONES];
  return [
    ...['blanco', 'azul', 'gris', 'negro'].map((c) =>
      garment('Shirt', { color: c as never, ocasion: all }),
    ),
    ...['negro', 'azul', 'gris'].map((c) => garment('Pants', { color: c as never, ocasion: all })),
    ...['negro', 'blanco'].map((c) => garment('Shoes', { color: c as never, ocasion: all })),
  ];
}

const days = [1, 2, 3].map((d) => ({
  date: `2027-05-0${d}`,
  temperature: 20,
  rain: false,
  source: 'forecast' as const,
  activities: ['work' as const],
}));

describe('swapPiece', () => {
  const w = wardrobe();
  const plan = planTrip({ wardrobe: w, days, laundry: false });
  const target = plan.days[1]!.outfits[0]!;
  const piece = target.garmentIds[0]!;
  const input = {
    wardrobe: w,
    laundry: false,
    plan,
    date: '2027-05-02',
    activity: 'work' as const,
  };

  it('replaces the piece on that day only, says so, and rebuilds the packing list', () => {
    const swapped = swapPiece({ ...input, garmentId: piece })!;
    const day = swapped.days[1]!.outfits[0]!;
    expect(day.garmentIds).not.toContain(piece);
    expect(day.reasons[0]).toEqual({ code: 'trip_swap' });
    expect(swapped.days[0]).toEqual(plan.days[0]);
    expect(swapped.days[2]).toEqual(plan.days[2]);
    const union = [...new Set(swapped.days.flatMap((d) => d.outfits[0]!.garmentIds))].sort();
    expect(Object.values(swapped.packingList).flat().sort()).toEqual(union);
    expect(swapped.suitcaseSize).toBe(union.length);
  });

  it('is deterministic: the same input gives the same plan, whatever the wardrobe order', () => {
    const a = swapPiece({ ...input, garmentId: piece });
    const b = swapPiece({ ...input, wardrobe: [...w].reverse(), garmentId: piece });
    expect(b).toEqual(a);
  });

  it('answers null for a piece not in that outfit, or when nothing else can dress the day', () => {
    const notThere = w.find((g) => !target.garmentIds.includes(g._id))!._id;
    expect(swapPiece({ ...input, garmentId: notThere })).toBeNull();
    expect(swapPiece({ ...input, activity: 'evening', garmentId: piece })).toBeNull();
    const shoes = target.garmentIds.find((id) => w.find((g) => g._id === id)!.tipo === 'zapatos')!;
    const oneShoe = w.filter((g) => g.tipo !== 'zapatos' || g._id === shoes);
    const tight = planTrip({ wardrobe: oneShoe, days, laundry: false });
    expect(swapPiece({ ...input, wardrobe: oneShoe, plan: tight, garmentId: shoes })).toBeNull();
  });
});
