/** The trip planner: every day covered, the packing list is the union, determinism, reuse. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTIVITIES,
  CLASS_NAMES,
  COLOR_NAMES,
  OCASIONES,
  maxWears,
  planTrip,
  type Activity,
  type Garment,
  type TripDayInput,
} from '../src/index.ts';
import { garment } from './recommend-fixtures.ts';

function days(n: number, activities: Activity[], temp = 18): TripDayInput[] {
  return Array.from({ length: n }, (_, i) => ({
    date: `2027-03-${String(i + 1).padStart(2, '0')}`,
    temperature: temp + (i % 3),
    rain: i % 4 === 0,
    source: i < 2 ? 'forecast' : 'climate',
    activities,
  }));
}

function wardrobe(): Garment[] {
  const all = [...OCASIONES];
  return [
    ...['blanco', 'azul', 'gris', 'negro', 'beige', 'verde'].map((c) =>
      garment('Shirt', { color: c as never, ocasion: ['trabajo', 'fiesta', 'casual'] }),
    ),
    ...['blanco', 'negro', 'gris', 'rojo'].map((c) =>
      garment('T-shirt', { color: c as never, ocasion: ['casual', 'deportivo'] }),
    ),
    ...['negro', 'azul', 'gris', 'beige'].map((c) =>
      garment('Pants', { color: c as never, ocasion: all }),
    ),
    garment('Shorts', { color: 'negro', ocasion: ['deportivo', 'casual'] }),
    ...['negro', 'blanco', 'marrón'].map((c) =>
      garment('Shoes', { color: c as never, ocasion: all }),
    ),
    garment('Outwear', { color: 'negro', ocasion: all }),
  ];
}

const union = (plan: ReturnType<typeof planTrip>) =>
  [...new Set(plan.days.flatMap((d) => d.outfits.flatMap((o) => o.garmentIds)))].sort();

describe('planTrip', () => {
  const input = { wardrobe: wardrobe(), days: days(5, ['work', 'evening']), laundry: false };

  it('covers every day and activity, and the packing list is the union grouped by tipo', () => {
    const plan = planTrip(input);
    expect(plan.days).toHaveLength(5);
    for (const d of plan.days) {
      expect(d.uncovered).toEqual([]);
      expect(d.outfits.map((o) => o.activity)).toEqual(['work', 'evening']);
    }
    const listed = Object.values(plan.packingList).flat().sort();
    expect(listed).toEqual(union(plan));
    expect(plan.suitcaseSize).toBe(listed.length);
    const byId = new Map(input.wardrobe.map((g) => [g._id, g]));
    for (const [tipo, ids] of Object.entries(plan.packingList)) {
      for (const id of ids) expect(byId.get(id)!.tipo).toBe(tipo);
    }
  });

  it('packs no more than the greedy best-per-day plan, and stays within the score tolerance', () => {
    const compact = planTrip(input);
    const greedy = planTrip(input, 'best');
    expect(compact.suitcaseSize).toBeLessThanOrEqual(greedy.suitcaseSize);
    for (const d of compact.days) {
      for (const o of d.outfits) expect(o.mejorPuntuacion - o.puntuacion).toBeLessThanOrEqual(8);
    }
  });

  it('without laundry a top is worn at most twice; with laundry the suitcase is no bigger', () => {
    const plan = planTrip(input);
    const wears = new Map<string, number>();
    for (const d of plan.days)
      for (const o of d.outfits)
        for (const id of o.garmentIds) wears.set(id, (wears.get(id) ?? 0) + 1);
    const byId = new Map(input.wardrobe.map((g) => [g._id, g]));
    for (const [id, n] of wears) expect(n).toBeLessThanOrEqual(maxWears(byId.get(id)!.tipo, false));
    expect(planTrip({ ...input, laundry: true }).suitcaseSize).toBeLessThanOrEqual(
      plan.suitcaseSize,
    );
  });

  it('explains each outfit with codes; climate days say so', () => {
    const plan = planTrip(input);
    const day3 = plan.days[2]!.outfits[0]!;
    expect(day3.reasons.map((r) => r.code)).toContain('trip_climate');
    expect(plan.days[0]!.outfits[0]!.reasons.map((r) => r.code)).not.toContain('trip_climate');
    expect(
      plan.days
        .flatMap((d) => d.outfits)
        .some((o) => o.reasons.some((r) => r.code === 'trip_reuse')),
    ).toBe(true);
  });

  it('dresses as many activities as the wear limits allow, past the first candidates', () => {
    // 30 shirts worn twice each dress 60 of 62 activities; the first 20 candidates of each
    // occasion share their shirts, and planning from them alone left 22 undressed.
    const colors = ['blanco', 'azul', 'gris', 'negro', 'beige', 'verde', 'rojo', 'rosa'] as const;
    const both = ['trabajo', 'casual'] as const;
    const closet = [
      ...Array.from({ length: 30 }, (_, i) =>
        garment('Shirt', { color: colors[i % colors.length], ocasion: [...both] }),
      ),
      ...Array.from({ length: 30 }, (_, i) =>
        garment('Pants', { color: colors[(i + 3) % colors.length], ocasion: [...both] }),
      ),
      garment('Shoes', { color: 'negro', ocasion: [...both] }),
    ];
    const month: TripDayInput[] = Array.from({ length: 31 }, (_, i) => ({
      date: `2027-03-${String(i + 1).padStart(2, '0')}`,
      temperature: 18,
      rain: false,
      source: 'climate',
      activities: ['work', 'casual'],
    }));
    const plan = planTrip({ wardrobe: closet, days: month, laundry: false });
    expect(plan.days.reduce((n, d) => n + d.uncovered.length, 0)).toBe(62 - 30 * 2);
    const wears = new Map<string, number>();
    for (const id of plan.days.flatMap((d) => d.outfits.flatMap((o) => o.garmentIds))) {
      wears.set(id, (wears.get(id) ?? 0) + 1);
    }
    for (const g of closet)
      expect(wears.get(g._id) ?? 0).toBeLessThanOrEqual(maxWears(g.tipo, false));
  });

  it('an activity the wardrobe cannot dress for is reported uncovered, not dropped silently', () => {
    const plan = planTrip({ wardrobe: [garment('Shoes')], days: days(2, ['work']), laundry: true });
    expect(plan.days.map((d) => d.uncovered)).toEqual([['work'], ['work']]);
    expect(plan.suitcaseSize).toBe(0);
  });

  it('property: same input → same plan; every day present; list = union', () => {
    const spec = fc.record({
      clase: fc.constantFrom(...CLASS_NAMES),
      color: fc.constantFrom(...COLOR_NAMES),
      ocasion: fc.subarray([...OCASIONES]),
    });
    fc.assert(
      fc.property(
        fc.array(spec, { minLength: 3, maxLength: 25 }),
        fc.integer({ min: 1, max: 6 }),
        fc.subarray([...ACTIVITIES], { minLength: 1 }),
        fc.boolean(),
        fc.integer({ min: -5, max: 35 }),
        (specs, n, acts, laundry, temp) => {
          const w = specs.map((s, i) =>
            garment(s.clase, {
              color: s.color,
              ocasion: s.ocasion,
              id: i.toString(16).padStart(24, '0'),
            }),
          );
          const tripInput = { wardrobe: w, days: days(n, acts, temp), laundry };
          const a = planTrip(tripInput);
          const b = planTrip({ ...tripInput, wardrobe: [...w].reverse() });
          expect(b).toEqual(a);
          expect(a.days.map((d) => d.date)).toEqual(tripInput.days.map((d) => d.date));
          for (const d of a.days) {
            expect([...d.outfits.map((o) => o.activity), ...d.uncovered].sort()).toEqual(
              [...new Set(acts)].sort(),
            );
          }
          expect(Object.values(a.packingList).flat().sort()).toEqual(union(a));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("a trip's seasons", () => {
  // Only summer shirts and only winter shirts; a July week at 18 °C leaves the choice to the season.
  const shirt = (color: string, temporadas: Garment['temporadas']): Garment => ({
    ...garment('Shirt', { color: color as never, ocasion: ['casual'] }),
    temporadas,
  });
  const closet = (): Garment[] => [
    ...['blanco', 'azul', 'gris'].map((c) => shirt(c, ['verano'])),
    ...['negro', 'beige', 'verde'].map((c) => shirt(c, ['invierno'])),
    ...['negro', 'azul'].map((c) => garment('Pants', { color: c as never, ocasion: ['casual'] })),
    garment('Shoes', { color: 'negro', ocasion: ['casual'] }),
  ];
  const july = Array.from({ length: 3 }, (_, i) => ({
    date: `2027-07-0${i + 1}`,
    temperature: 18,
    rain: false,
    source: 'climate' as const,
    activities: ['casual' as const],
  }));
  const shirtSeasons = (plan: ReturnType<typeof planTrip>, wardrobe: Garment[]) => {
    const byId = new Map(wardrobe.map((g) => [g._id, g]));
    return new Set(
      plan.days
        .flatMap((d) => d.outfits.flatMap((o) => o.garmentIds))
        .map((id) => byId.get(id)!)
        .filter((g) => g.clase_nombre === 'Shirt')
        .flatMap((g) => g.temporadas ?? []),
    );
  };

  it('dresses a July trip for winter south of the equator and for summer north of it', () => {
    const wardrobe = closet();
    const south = planTrip({ wardrobe, days: july, laundry: false, hemisferio: 'sur' });
    const north = planTrip({ wardrobe, days: july, laundry: false, hemisferio: 'norte' });
    expect(south.days.every((d) => d.outfits.length === 1)).toBe(true);
    expect(north.days.every((d) => d.outfits.length === 1)).toBe(true);
    expect(shirtSeasons(south, wardrobe)).toEqual(new Set(['invierno']));
    expect(shirtSeasons(north, wardrobe)).toEqual(new Set(['verano']));
  });
});
