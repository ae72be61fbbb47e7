/**
 * Properties of recommendOutfits over random wardrobes, preferences and weather (fast-check):
 * legal slots of the user's own garments, every hard rule and exclusion respected, scores in
 * 0..100 that add up, answers that differ from each other, determinism, and — on wardrobes
 * small enough to enumerate — that the first answer is the true optimum.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CALIDECES,
  CLASS_NAMES,
  DEFAULT_CALIDEZ,
  COLOR_NAMES,
  ESTILOS,
  OCASIONES,
  OutfitSaveSchema,
  SLOTS,
  SLOT_ID_FIELD,
  TEMPORADAS,
  WardrobeIncompleteError,
  canLayer,
  outfitKey,
  recommendOutfits,
  tipoOf,
  toOutfitSave,
  type Garment,
  type Preferences,
  type RecommendContext,
  type RecommendedOutfit,
} from '../src/index.ts';
import { componentValues } from '../src/recommend/explain.ts';
import { garmentFeatures } from '../src/recommend/features.ts';
import { makeShape, shapeModel, type ScoreContext } from '../src/recommend/model.ts';
import { paletteOf } from '../src/recommend/palette.ts';
import { seasonAsked } from '../src/recommend/season.ts';
import { SLOT_CLASSES } from '../src/recommend/slots.ts';

const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);

const garmentSpec = fc.record({
  clase: fc.constantFrom(...CLASS_NAMES),
  color: fc.constantFrom(...COLOR_NAMES),
  hex: fc.option(hex, { nil: undefined }),
  ocasion: fc.subarray([...OCASIONES]),
  confianza: fc.double({ min: 0, max: 1, noNaN: true }),
  confirmado: fc.option(fc.boolean(), { nil: undefined }),
  calidez: fc.option(fc.constantFrom(...CALIDECES), { nil: undefined }),
  // The richer record (#15): favourites, the person's seasons, a material in free text.
  favorito: fc.option(fc.boolean(), { nil: undefined }),
  temporadas: fc.option(fc.subarray([...TEMPORADAS], { minLength: 1 }), { nil: undefined }),
  material: fc.option(fc.constantFrom('lana', '100% Linen', 'seda', 'algodón', 'plumas', 'raro'), {
    nil: undefined,
  }),
});

const specOf = (...classes: (typeof CLASS_NAMES)[number][]) =>
  garmentSpec.chain((g) => fc.constantFrom(...classes).map((clase) => ({ ...g, clase })));
/** A top, a bottom and shoes, then anything that composes outfits. */
const coreSpecs = fc
  .tuple(
    specOf('T-shirt', 'Shirt', 'Longsleeve'),
    specOf('Pants', 'Skirt', 'Shorts'),
    specOf('Shoes'),
    fc.array(
      specOf(
        'T-shirt',
        'Shirt',
        'Longsleeve',
        'Pants',
        'Skirt',
        'Shorts',
        'Shoes',
        'Dress',
        'Outwear',
      ),
      { maxLength: 5 },
    ),
  )
  .map(([t, b, s, rest]) => [t, b, s, ...rest]);

type GarmentSpec = typeof garmentSpec extends fc.Arbitrary<infer T> ? T : never;

function toGarment(s: GarmentSpec, i: number): Garment {
  return {
    _id: (0xabc000 + i).toString(16).padStart(24, '0'),
    userId: 'u',
    imagen_url: `/i/${i}.jpg`,
    tipo: tipoOf(s.clase),
    clase_nombre: s.clase,
    color: s.color,
    ...(s.hex ? { color_hex: s.hex } : {}),
    confianza: s.confianza,
    ...(s.confirmado === undefined ? {} : { confirmado: s.confirmado }),
    ocasion: s.ocasion,
    fecha_agregada: '2024-01-01T00:00:00.000Z',
    ...(s.calidez ? { calidez: s.calidez } : {}),
    ...(s.favorito === undefined ? {} : { favorito: s.favorito }),
    ...(s.temporadas ? { temporadas: s.temporadas } : {}),
    ...(s.material ? { material: s.material } : {}),
  } as Garment;
}

/** Mostly wardrobes that can dress someone (a core of tops, bottoms and shoes), some that cannot. */
const wardrobeArb = (max: number) =>
  fc
    .oneof(
      {
        weight: 3,
        arbitrary: fc
          .tuple(coreSpecs, fc.array(garmentSpec, { maxLength: max - 8 }))
          .map(([a, b]) => [...a, ...b]),
      },
      { weight: 1, arbitrary: fc.array(garmentSpec, { maxLength: max }) },
    )
    .map((specs) => specs.map(toGarment));

const prefsArb: fc.Arbitrary<Preferences> = fc.record({
  colores: fc.subarray([...COLOR_NAMES], { maxLength: 3 }),
  ocasion: fc.constantFrom(...OCASIONES),
  estilo: fc.constantFrom(...ESTILOS),
  incluirVestido: fc.boolean(),
  incluirAbrigo: fc.constantFrom(false, false, true),
  layeredTop: fc.constantFrom(false, false, true),
  topPreference: fc.constantFrom('any', 'T-shirt', 'Shirt', 'Longsleeve') as fc.Arbitrary<
    Preferences['topPreference']
  >,
});

const contextArb: fc.Arbitrary<RecommendContext> = fc.record({
  temperature: fc.option(fc.integer({ min: -10, max: 40 }), { nil: undefined }),
  rain: fc.boolean(),
  limit: fc.integer({ min: 1, max: 5 }),
  seed: fc.nat(),
  fecha: fc.option(fc.constantFrom('2026-01-15', '2026-04-10', '2026-07-20', '2026-10-05'), {
    nil: undefined,
  }),
});

const has = (w: readonly Garment[], ...classes: string[]) =>
  w.some((g) => classes.includes(g.clase_nombre));

/** The hard rules, judged independently of the implementation. */
/** CI's counterexample: a media T-shirt, pants, shoes, and a warm skirt and shirt. */
const g = (i: number, clase_nombre: string, tipo: string, extra: Partial<Garment> = {}): Garment =>
  ({
    _id: `000000000000000000abc00${i}`,
    userId: 'u',
    imagen_url: `/i/${i}.jpg`,
    tipo,
    clase_nombre,
    color: 'negro',
    confianza: 0,
    ocasion: [],
    fecha_agregada: '2024-01-01T00:00:00.000Z',
    ...extra,
  }) as Garment;
const SEASONAL_LAYER_WARDROBE: Garment[] = [
  g(0, 'T-shirt', 'superior', {
    color: 'multicolor',
    color_hex: '#fffffc',
    ocasion: ['deportivo'],
    calidez: 'media',
  } as Partial<Garment>),
  g(1, 'Pants', 'inferior'),
  g(2, 'Shoes', 'zapatos'),
  g(3, 'Skirt', 'inferior', { calidez: 'abrigada' } as Partial<Garment>),
  g(4, 'Shirt', 'superior', { calidez: 'abrigada' } as Partial<Garment>),
];
const SEASONAL_LAYER_PREFS: Preferences = {
  colores: [],
  ocasion: 'casual',
  estilo: 'minimalista',
  incluirVestido: false,
  incluirAbrigo: false,
  layeredTop: true,
  topPreference: 'any',
} as Preferences;

function feasibility(w: readonly Garment[], p: Preferences, ctx: RecommendContext) {
  const cold = ctx.temperature !== undefined && ctx.temperature <= 12;
  const bottoms = cold ? has(w, 'Pants', 'Skirt') : has(w, 'Pants', 'Skirt', 'Shorts');
  const tops = w.filter((g) => ['T-shirt', 'Shirt', 'Longsleeve'].includes(g.clase_nombre));
  const layerable = tops.some((a) => tops.some((b) => canLayer(a.clase_nombre, b.clase_nombre)));
  const topBottom = tops.length > 0 && bottoms && (!p.layeredTop || layerable);
  const dress = p.incluirVestido && has(w, 'Dress');
  const shoes = has(w, 'Shoes');
  const coatOk = !p.incluirAbrigo || has(w, 'Outwear');
  return { ok: shoes && coatOk && (topBottom || dress), shoes, coatOk, dress, cold };
}

function shared(a: RecommendedOutfit, b: RecommendedOutfit): number {
  const ids = new Set(a.key.split('-'));
  return b.key.split('-').filter((id) => ids.has(id)).length;
}

function checkOutfit(
  o: RecommendedOutfit,
  w: readonly Garment[],
  p: Preferences,
  ctx: RecommendContext,
): void {
  const byId = new Map(w.map((g) => [g._id, g]));
  const ids: string[] = [];
  for (const slot of SLOTS) {
    const g = o.prendas[slot];
    const id = o[SLOT_ID_FIELD[slot]];
    expect(id).toBe(g?._id);
    if (!g) continue;
    expect(byId.get(g._id)).toBe(g); // the user's own garment object
    expect(SLOT_CLASSES[slot]).toContain(g.clase_nombre);
    ids.push(g._id);
  }
  expect(new Set(ids).size).toBe(ids.length);
  expect(o.key).toBe(outfitKey(ids));
  expect(o.zapatos_id).toBeTruthy();
  // What the client posts to /api/outfits/save passes its schema.
  const parsed = OutfitSaveSchema.safeParse(toOutfitSave(o));
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);

  const { prendas } = o;
  if (!p.incluirVestido) expect(prendas.vestido).toBeUndefined();
  if (prendas.vestido) {
    expect(prendas.superior ?? prendas.inferior ?? prendas.superior_secundario).toBeUndefined();
  } else {
    expect(prendas.superior && prendas.inferior).toBeTruthy();
    if (p.layeredTop) {
      expect(prendas.superior_secundario).toBeDefined();
      expect(
        canLayer(prendas.superior!.clase_nombre, prendas.superior_secundario!.clase_nombre),
      ).toBe(true);
    } else {
      expect(prendas.superior_secundario).toBeUndefined();
    }
  }
  const cold = ctx.temperature !== undefined && ctx.temperature <= 12;
  const forced = p.incluirAbrigo || cold || ctx.rain === true;
  if (forced && has(w, 'Outwear')) expect(prendas.abrigo).toBeDefined();
  if (!forced) expect(prendas.abrigo).toBeUndefined();
  if (cold) expect(prendas.inferior?.clase_nombre).not.toBe('Shorts');

  expect(o.puntuacion).toBeGreaterThanOrEqual(0);
  expect(o.puntuacion).toBeLessThanOrEqual(100);
  const parts = Object.values(o.breakdown);
  const sumPoints = parts.reduce((s, b) => s + b.puntos, 0);
  expect(Math.abs(sumPoints - o.puntuacion)).toBeLessThan(0.6);
  // The shared parts weigh 100; the favourites' bonus sits on top, at most its own points.
  const sharedParts = Object.entries(o.breakdown).filter(([k]) => k !== 'favorito');
  expect(Math.abs(sharedParts.reduce((s, [, b]) => s + b.peso, 0) - 100)).toBeLessThan(0.6);
  expect(o.breakdown.favorito?.puntos ?? 0).toBeLessThanOrEqual(3);
  expect(o.explicaciones).toEqual(o.detalles.map((d) => d.text));
  for (const d of o.detalles) expect(d.text.length).toBeGreaterThan(0);
  // Reasons first, caveats apart after them.
  const kinds = o.detalles.map((d) => d.kind);
  expect(kinds).toEqual([...kinds].sort((a, b) => (a === b ? 0 : a === 'reason' ? -1 : 1)));
}

// Generous timeouts: the machine running the suite is shared.
describe('recommendOutfits properties', { timeout: 30_000 }, () => {
  it('returns legal outfits of the user’s garments that respect every rule, or says what is missing', () => {
    fc.assert(
      fc.property(wardrobeArb(24), prefsArb, contextArb, (w, p, ctx) => {
        const f = feasibility(w, p, ctx);
        let outfits: RecommendedOutfit[];
        try {
          outfits = recommendOutfits(w, p, ctx);
        } catch (err) {
          expect(err).toBeInstanceOf(WardrobeIncompleteError);
          const e = err as WardrobeIncompleteError;
          expect(f.ok).toBe(false);
          expect(e.codes.includes('shoes')).toBe(!f.shoes);
          expect(e.codes.includes('outerwear')).toBe(!f.coatOk);
          expect(e.missing.length).toBeGreaterThan(0);
          return;
        }
        expect(f.ok).toBe(true);
        expect(outfits.length).toBeGreaterThan(0);
        expect(outfits.length).toBeLessThanOrEqual(ctx.limit!);
        for (const o of outfits) checkOutfit(o, w, p, ctx);
        expect(new Set(outfits.map((o) => o.key)).size).toBe(outfits.length);
        for (let i = 0; i < outfits.length; i++) {
          for (let j = i + 1; j < outfits.length; j++) {
            const a = outfits[i]!;
            const b = outfits[j]!;
            const min = Math.min(a.key.split('-').length, b.key.split('-').length);
            expect(shared(a, b) * 2).toBeLessThanOrEqual(min); // never sharing most pieces
          }
        }
        if (f.dress && (!p.incluirAbrigo || has(w, 'Outwear'))) {
          // Dresses first when asked for (shown sorted by score, so: among the answers).
          expect(outfits.some((o) => o.prendas.vestido)).toBe(true);
        }
        const scores = outfits.map((o) => o.puntuacion);
        expect(scores).toEqual([...scores].sort((a, b) => b - a)); // best first
      }),
      { numRuns: 300 },
    );
  });

  it('never returns an excluded combo, given as ids in any order or as a key', () => {
    fc.assert(
      fc.property(wardrobeArb(20), prefsArb, contextArb, fc.nat(), (w, p, ctx, pickSeed) => {
        if (!feasibility(w, p, ctx).ok) return;
        const first = recommendOutfits(w, p, ctx);
        const exclude = first.map((o, i) =>
          (i + pickSeed) % 2 === 0 ? o.key : [...o.key.split('-')].reverse(),
        );
        const next = recommendOutfits(w, p, { ...ctx, exclude });
        const seen = new Set(first.map((o) => o.key));
        for (const o of next) {
          expect(seen.has(o.key)).toBe(false);
          checkOutfit(o, w, p, ctx);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic: same input and seed, any wardrobe order → same answer', () => {
    fc.assert(
      fc.property(wardrobeArb(24), prefsArb, contextArb, fc.nat(), (w, p, ctx, rot) => {
        if (!feasibility(w, p, ctx).ok) return;
        const a = recommendOutfits(w, p, ctx);
        const b = recommendOutfits(w, p, ctx);
        const k = w.length ? rot % w.length : 0;
        const c = recommendOutfits([...w.slice(k), ...w.slice(0, k)].reverse(), p, ctx);
        expect(b).toEqual(a);
        expect(c).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });

  it('puts the optimum first, to 0.01 points (exhaustive check on small wardrobes)', () => {
    fc.assert(
      fc.property(wardrobeArb(14), prefsArb, contextArb, (w, p, ctx) => {
        if (!feasibility(w, p, ctx).ok) return;
        const [best] = recommendOutfits(w, p, { ...ctx, limit: 1 });
        const feats = w.map((g) => garmentFeatures(g)!);
        const weather = { temperature: ctx.temperature, rain: ctx.rain === true };
        const season = seasonAsked(weather, ctx);
        const sc: ScoreContext = {
          prefs: p,
          weather,
          palette: paletteOf(p.colores),
          recent: null,
          season,
          favorites: w.some((g) => g.favorito === true),
        };
        const cold = ctx.temperature !== undefined && ctx.temperature <= 12;
        const coat =
          (p.incluirAbrigo || cold || ctx.rain === true) && feats.some((f) => f.cls === 'Outwear');
        const dress = p.incluirVestido && feats.some((f) => f.cls === 'Dress');
        // Out of season when the slot has others: open shoes in cold or rain, warm pieces but
        // outerwear from 26 °C, any hat but a light one in the sun (then no hat at all).
        const t = ctx.temperature;
        // The person's warmth, else the class's moved by the material (warmth.ts, tested apart).
        const calidez = (f: (typeof feats)[number]) =>
          (f.garment as { calidez?: string }).calidez ??
          (f.material ? CALIDECES[f.warmth] : DEFAULT_CALIDEZ[f.cls]);
        // Marked by the person for other seasons than the one asked for.
        const ownOut = (f: (typeof feats)[number]) =>
          season !== null &&
          (f.garment.temporadas?.length ?? 0) > 0 &&
          !f.garment.temporadas!.some((s) => season.seasons.has(s));
        const sunny = t !== undefined && t >= 24 && !ctx.rain;
        const out = (f: (typeof feats)[number]) =>
          ownOut(f) ||
          (f.cls === 'Shoes' && calidez(f) === 'ligera' && (cold || ctx.rain === true)) ||
          (f.cls === 'Hat'
            ? sunny && calidez(f) !== 'ligera'
            : t !== undefined && t >= 26 && f.cls !== 'Outwear' && calidez(f) === 'abrigada');
        // When that leaves no outfit (a layered top without a base), nothing is out of season.
        let top = -Infinity;
        for (const seasonal of [true, false]) {
          if (top > -Infinity) break;
          const pool = (slot: (typeof SLOTS)[number]) => {
            const all = feats.filter(
              (f) => SLOT_CLASSES[slot].includes(f.cls) && !(cold && f.cls === 'Shorts'),
            );
            const fit = all.filter((f) => !seasonal || !out(f));
            return fit.length > 0 || slot === 'sombrero' ? fit : all;
          };
          for (const hat of [false, true]) {
            const shape = makeShape(dress ? 'dress' : 'topbottom', p.layeredTop, coat, hat);
            const model = shapeModel(shape, sc);
            const pools = shape.slots.map(pool);
            const walk = (i: number, picks: typeof feats) => {
              if (i === pools.length) {
                const ids = new Set(picks.map((f) => f.id));
                if (ids.size !== picks.length) return;
                const s = shape.slots;
                const t = picks[s.indexOf('superior')];
                const l = picks[s.indexOf('superior_secundario')];
                if (t && l && !canLayer(t.cls, l.cls)) return;
                top = Math.max(top, componentValues(model, picks, sc).total);
                return;
              }
              for (const f of pools[i]!) walk(i + 1, [...picks, f]);
            };
            walk(0, []);
          }
        }
        expect(best).toBeDefined();
        // Optimal to 0.01 points (the search's tolerance), shown rounded to 0.1.
        expect(Math.abs(best!.puntuacion - Math.min(100, top))).toBeLessThanOrEqual(0.07);
      }),
      {
        numRuns: 150,
        // Found by CI: at 26 °C the warm shirt is the only outer top, so the seasonal pools
        // still layer (the base top comes from one pool, the outer from the other).
        examples: [
          [
            SEASONAL_LAYER_WARDROBE,
            SEASONAL_LAYER_PREFS,
            { temperature: 26, rain: false, limit: 1, seed: 0 },
          ],
        ],
      },
    );
  });
});
