/**
 * Issue #15 in the score: favourites weigh a little more (a bounded bonus), the season asked for
 * leaves out pieces the person marked for other seasons and weighs the class's usual seasons,
 * and a known material moves a piece's warmth in the weather fit. Unit cases and properties.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CLASS_NAMES,
  COLOR_NAMES,
  recommendOutfits,
  type ClassName,
  type Garment,
  type Preferences,
  type RecommendedOutfit,
} from '../src/index.ts';
import { componentValues } from '../src/recommend/explain.ts';
import { garmentFeatures } from '../src/recommend/features.ts';
import { makeShape, shapeModel, type ScoreContext } from '../src/recommend/model.ts';
import { paletteOf } from '../src/recommend/palette.ts';
import { resolvePreferences } from '../src/recommend/recommend.ts';
import { seasonAsked, seasonOfDay } from '../src/recommend/season.ts';
import { weatherFit } from '../src/recommend/weather.ts';
import { FAVORITE_POINTS } from '../src/recommend/weights.ts';
import { garment } from './recommend-fixtures.ts';

const ids = (o: RecommendedOutfit) => Object.values(o.prendas).map((g) => (g as Garment)._id);
const codes = (o: RecommendedOutfit) => o.detalles.map((d) => d.code);

describe('favourites', () => {
  it('a favourite wins a tie with its twin, whatever the seed', () => {
    for (const seed of [0, 1, 2, 3, 7, 99]) {
      const plain = garment('Shirt', { color: 'blanco' });
      const fav: Garment = { ...garment('Shirt', { color: 'blanco' }), favorito: true };
      const [best] = recommendOutfits(
        [plain, fav, garment('Pants'), garment('Shoes')],
        {},
        {
          seed,
          limit: 1,
        },
      );
      expect(best!.superior_id).toBe(fav._id);
      expect(codes(best!)).toContain('favorito.incluye');
      const reason = best!.detalles.find((d) => d.code === 'favorito.incluye')!;
      expect(reason.kind).toBe('reason');
      expect(reason.params).toMatchObject({ prenda: 'Shirt', color: 'blanco', favoritas: 1 });
      expect(reason.text).toBe('Incluye la camisa blanca, de tus favoritas.');
    }
  });

  it('never beats a clearly better outfit: a favourite that clashes loses', () => {
    // Work: the tagged, dressy shirt fits far better than a favourite T-shirt.
    const shirt = garment('Shirt', { color: 'blanco', ocasion: ['trabajo'] });
    const fav: Garment = { ...garment('T-shirt', { color: 'naranja' }), favorito: true };
    const w = [shirt, fav, garment('Pants', { ocasion: ['trabajo'] }), garment('Shoes')];
    const [best] = recommendOutfits(w, { ocasion: 'trabajo', estilo: 'elegante' }, { limit: 1 });
    expect(best!.superior_id).toBe(shirt._id);
    expect(best!.breakdown.favorito).toMatchObject({ puntos: 0 });
  });

  const wardrobeArb = fc
    .array(
      fc.record({
        clase: fc.constantFrom(...CLASS_NAMES),
        color: fc.constantFrom(...COLOR_NAMES),
        fav: fc.boolean(),
      }),
      { minLength: 3, maxLength: 12 },
    )
    .map((specs) => [
      garment('Shirt'),
      garment('Pants'),
      garment('Shoes'),
      ...specs.map((s) => ({ ...garment(s.clase, { color: s.color }), favorito: s.fav })),
    ]);
  const prefsArb = fc.record({
    ocasion: fc.constantFrom('casual', 'formal', 'trabajo', 'fiesta', 'deportivo'),
    incluirVestido: fc.boolean(),
  }) as fc.Arbitrary<Partial<Preferences>>;
  const tempArb = fc.option(fc.integer({ min: -5, max: 35 }), { nil: undefined });

  /** The score of one outfit's pieces against a wardrobe (which says whether favourites exist). */
  function scoreOf(
    o: RecommendedOutfit,
    wardrobe: readonly Garment[],
    prefs: Partial<Preferences>,
    temperature: number | undefined,
  ): number {
    const byId = new Map(wardrobe.map((g) => [g._id, g]));
    const p = o.prendas;
    const shape = makeShape(
      p.vestido ? 'dress' : 'topbottom',
      p.superior_secundario !== undefined,
      p.abrigo !== undefined,
      p.sombrero !== undefined,
    );
    const picks = shape.slots.map((s) => garmentFeatures(byId.get(p[s]!._id)!)!);
    const weather = { temperature, rain: false };
    const ctx: ScoreContext = {
      prefs: resolvePreferences(prefs),
      weather,
      palette: paletteOf([]),
      recent: null,
      season: seasonAsked(weather, {}),
      favorites: wardrobe.some((g) => g.favorito === true),
    };
    return componentValues(shapeModel(shape, ctx), picks, ctx).total;
  }

  it('property: marking garments favourite never lowers an outfit’s score, and adds at most FAVORITE_POINTS', () => {
    fc.assert(
      fc.property(wardrobeArb, prefsArb, tempArb, fc.nat(), (w, prefs, t, pick) => {
        const plain = w.map((g) => ({ ...g, favorito: false }));
        let outfits: RecommendedOutfit[];
        try {
          outfits = recommendOutfits(plain, prefs, { temperature: t, limit: 3 });
        } catch {
          return; // a wardrobe that cannot dress this request
        }
        // Mark some garments favourite (a seeded subset, often one of the outfit's).
        const marked = w.map((g, i) => ({ ...g, favorito: g.favorito || i === pick % w.length }));
        for (const o of outfits) {
          const before = scoreOf(o, plain, prefs, t);
          const after = scoreOf(o, marked, prefs, t);
          expect(after).toBeGreaterThanOrEqual(before - 1e-9);
          expect(after - before).toBeLessThanOrEqual(FAVORITE_POINTS + 1e-9);
        }
      }),
      { numRuns: 120 },
    );
  }, 120_000);

  it('property: the best outfit with favourites is, without its bonus, within FAVORITE_POINTS of the best without', () => {
    fc.assert(
      fc.property(wardrobeArb, prefsArb, tempArb, (w, prefs, t) => {
        const plain = w.map((g) => ({ ...g, favorito: false }));
        let base: RecommendedOutfit | undefined;
        try {
          [base] = recommendOutfits(plain, prefs, { temperature: t, limit: 1 });
        } catch {
          return;
        }
        const [fav] = recommendOutfits(w, prefs, { temperature: t, limit: 1 });
        const bonus = fav!.breakdown.favorito?.puntos ?? 0;
        expect(bonus).toBeLessThanOrEqual(FAVORITE_POINTS);
        // Scores are rounded to 0.1 each.
        expect(fav!.puntuacion - bonus).toBeGreaterThanOrEqual(
          base!.puntuacion - FAVORITE_POINTS - 0.2,
        );
      }),
      { numRuns: 120 },
    );
  }, 120_000);
});

describe('seasons', () => {
  it('reads the season of a day, by hemisphere', () => {
    expect(seasonOfDay('2026-01-15')).toBe('invierno');
    expect(seasonOfDay('2026-04-01')).toBe('primavera');
    expect(seasonOfDay('2026-07-20')).toBe('verano');
    expect(seasonOfDay('2026-11-30')).toBe('otoño');
    expect(seasonOfDay('2026-01-15', 'sur')).toBe('verano');
    expect(seasonOfDay('2026-13-01')).toBeUndefined();
    expect(seasonAsked({ temperature: 2 }, {})).toMatchObject({ fromDay: false });
    expect([...seasonAsked({ temperature: 30 }, {})!.seasons]).toEqual(['verano']);
    expect(seasonAsked({}, {})).toBeNull();
    expect([...seasonAsked({ temperature: 30 }, { fecha: '2026-12-01' })!.seasons]).toEqual([
      'invierno',
    ]);
  });

  it('leaves out a piece the person marked for other seasons when the slot has others', () => {
    const summer: Garment = { ...garment('Shirt', { color: 'blanco' }), temporadas: ['verano'] };
    const other = garment('Shirt', { color: 'azul' });
    const w = [summer, other, garment('Pants'), garment('Shoes')];
    // Without a day or a temperature the seasons play no part: both shirts come.
    const free = recommendOutfits(w, {}, { limit: 5 });
    expect(free.some((o) => o.superior_id === summer._id)).toBe(true);
    for (const ctx of [
      { fecha: '2026-01-10' },
      { temperature: 3 },
      { temporada: 'invierno' as const },
    ]) {
      const outfits = recommendOutfits(w, {}, { ...ctx, limit: 5 });
      expect(outfits.length).toBeGreaterThan(0);
      for (const o of outfits) expect(ids(o)).not.toContain(summer._id);
    }
    // In July (or in January down south) it is in season again.
    const july = recommendOutfits(w, {}, { fecha: '2026-07-10', limit: 5 });
    expect(july.some((o) => o.superior_id === summer._id)).toBe(true);
    const south = recommendOutfits(w, {}, { fecha: '2026-01-10', hemisferio: 'sur', limit: 5 });
    expect(south.some((o) => o.superior_id === summer._id)).toBe(true);
  });

  it('uses it when nothing else can be made, with a caveat that says so', () => {
    const summer: Garment = { ...garment('Shirt', { color: 'blanco' }), temporadas: ['verano'] };
    const [o] = recommendOutfits(
      [summer, garment('Pants'), garment('Shoes')],
      {},
      {
        fecha: '2026-01-10',
        limit: 1,
      },
    );
    expect(o!.superior_id).toBe(summer._id);
    const caveat = o!.detalles.find((d) => d.code === 'temporada.fuera')!;
    expect(caveat).toMatchObject({ kind: 'caveat', params: { propia: 1, temporada: 'invierno' } });
    expect(caveat.text).toBe('Marcaste la camisa blanca para otras temporadas, no para invierno.');
    expect(o!.breakdown.temporada!.valor).toBeLessThan(1);
    // From the temperature alone the part does not score, but the caveat is still said.
    const [cold] = recommendOutfits(
      [summer, garment('Pants'), garment('Shoes')],
      {},
      {
        temperature: 14,
        limit: 1,
      },
    );
    expect(cold!.breakdown.temporada).toBeUndefined();
    expect(codes(cold!)).toContain('temporada.fuera');
  });

  it('penalises, without leaving out, a piece outside its class’s usual seasons on a day asked for', () => {
    const tee = garment('T-shirt', { color: 'blanco' });
    const shirt = garment('Shirt', { color: 'blanco' });
    // Two of each other piece, so that the second outfit need not repeat the first's.
    const w = [tee, shirt, garment('Pants'), garment('Pants'), garment('Shoes'), garment('Shoes')];
    const outfits = recommendOutfits(w, {}, { fecha: '2026-01-10', limit: 2 });
    expect(outfits[0]!.superior_id).toBe(shirt._id); // the shirt is worn all year
    const withTee = outfits.find((o) => o.superior_id === tee._id)!;
    expect(withTee).toBeDefined();
    expect(withTee.breakdown.temporada!.valor).toBeLessThan(1);
    expect(withTee.detalles.find((d) => d.code === 'temporada.fuera')!.params).toMatchObject({
      propia: 0,
      prenda: 'T-shirt',
    });
    expect(outfits[0]!.detalles.find((d) => d.code === 'temporada.adecuada')!.text).toBe(
      'Todo es de temporada (invierno).',
    );
  });
});

describe('materials', () => {
  const classes = CLASS_NAMES.filter((c) => c !== 'Hat') as ClassName[];
  const twin = (cls: ClassName, material?: string): Garment => ({
    ...garment(cls, { color: 'gris' }),
    ...(material ? { material } : {}),
  });
  const fit = (g: Garment, t: number, covered: boolean) =>
    weatherFit(garmentFeatures(g)!, { temperature: t }, covered);

  it('property: at 5 °C or colder a linen piece is never warmer than its twin, a wool one never colder', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CLASS_NAMES),
        fc.integer({ min: -15, max: 5 }),
        fc.boolean(),
        fc.constantFrom(undefined, 'algodón', 'poliéster'),
        (cls, t, covered, base) => {
          const plain = fit(twin(cls, base), t, covered);
          expect(fit(twin(cls, 'Lino'), t, covered)).toBeLessThanOrEqual(plain);
          expect(fit(twin(cls, '100% wool'), t, covered)).toBeGreaterThanOrEqual(plain);
        },
      ),
    );
  });

  it('property: a linen shirt is never the one chosen at 5 °C or colder when its cotton twin is there', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10, max: 5 }),
        fc.constantFrom(...COLOR_NAMES.filter((c) => c !== 'multicolor')),
        fc.constantFrom('casual', 'trabajo', 'formal') as fc.Arbitrary<Preferences['ocasion']>,
        fc.nat(),
        (t, color, ocasion, seed) => {
          const linen: Garment = { ...garment('Shirt', { color }), material: 'lino' };
          const cotton: Garment = { ...garment('Shirt', { color }), material: 'algodón' };
          const w = [linen, cotton, garment('Pants'), garment('Shoes'), garment('Outwear')];
          const [best] = recommendOutfits(w, { ocasion }, { temperature: t, seed, limit: 1 });
          expect(best!.superior_id).toBe(cotton._id);
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);

  it('wool keeps warm in the cold and linen cool in the heat, and the reasons say so', () => {
    const wool: Garment = { ...garment('Longsleeve', { color: 'gris' }), material: 'Lana merino' };
    const plainTop = garment('Longsleeve', { color: 'gris' });
    const [cold] = recommendOutfits(
      [wool, plainTop, garment('Pants'), garment('Shoes'), garment('Outwear')],
      {},
      { temperature: 2, limit: 1 },
    );
    expect(cold!.superior_id).toBe(wool._id);
    const abriga = cold!.detalles.find((d) => d.code === 'material.abriga')!;
    expect(abriga).toMatchObject({ kind: 'reason', params: { material: 'lana', temperatura: 2 } });
    expect(abriga.delta).toBeGreaterThan(0);

    const linen: Garment = { ...garment('Pants', { color: 'beige' }), material: 'linen' };
    const plainPants = garment('Pants', { color: 'beige' });
    const [hot] = recommendOutfits(
      [
        linen,
        plainPants,
        garment('T-shirt', { color: 'blanco' }),
        garment('Shoes', { color: 'blanco' }),
      ],
      {},
      { temperature: 31, limit: 1 },
    );
    expect(hot!.inferior_id).toBe(linen._id);
    expect(codes(hot!)).toContain('material.fresco');
    expect(hot!.detalles.find((d) => d.code === 'material.fresco')!.text).toBe(
      'El pantalón beige, de lino, deja respirar con 31 °C.',
    );
  });

  it('a warm material in the heat is a caveat, and the person’s own calidez wins over the material', () => {
    const woolTee: Garment = { ...garment('T-shirt', { color: 'blanco' }), material: 'wool' };
    const [hot] = recommendOutfits(
      [woolTee, garment('Shorts'), garment('Shoes')],
      {},
      {
        temperature: 30,
        limit: 1,
      },
    );
    const calor = hot!.detalles.find((d) => d.code === 'material.calor')!;
    expect(calor.kind).toBe('caveat');
    expect(calor.delta).toBeLessThan(0);
    const said: Garment = { ...woolTee, calidez: 'ligera' };
    expect(garmentFeatures(said)!.warmth).toBe(0);
    expect(garmentFeatures(woolTee)!.warmth).toBe(1);
    for (const cls of classes) expect(garmentFeatures(twin(cls, 'plumas'))!.warmth).toBe(2);
  });
});
