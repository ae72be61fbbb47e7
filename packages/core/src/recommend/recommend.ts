/**
 * recommendOutfits: the best few outfits of a wardrobe for the person's preferences and the
 * weather, each explained. Pure and deterministic: no clock, no randomness, no I/O; the answer
 * depends only on the arguments (not on the wardrobe's order), and `seed` orders pieces of equal
 * score, so it decides between outfits that tie.
 *
 * Cost for n garments, shortlists of K pieces, m ≤ 6 slots, L outfits asked for:
 *   features and the unary table O(n), shortlists O(n log n) on typed arrays, pair matrices
 *   O(m²K²), then one branch-and-bound search for a pool of the 8·L best outfits and a greedy
 *   diverse pick from it (see search.ts) — the search does not depend on n at all.
 * So the time grows at most like n log n in the wardrobe (measured: ×2–3 from 1,000 to 5,000
 * garments, `npm run bench:recommend`). K = 8 + L + √(exclusions), widened (at most twice)
 * only when the shortlists run out before L distinct outfits are found. The answer is sorted by
 * score, best first. */
import { DEFAULT_PREFERENCES, type Garment, type Preferences } from '../contracts.ts';
import { WardrobeIncompleteError } from './errors.ts';
import { explainOutfit } from './explain.ts';
import { garmentFeatures, type GarmentFeatures } from './features.ts';
import { exclusionCombos, outfitKey } from './keys.ts';
import { unaryTable, type ScoreContext } from './model.ts';
import { paletteOf } from './palette.ts';
import { seasonAsked, type SeasonAsked } from './season.ts';
import { buildPools, planOutfits, type Plan } from './plan.ts';
import { topOutfits, type Blocker, type Leaf, type SearchSpace } from './search.ts';
import { buildSpace, newSpaceCache } from './space.ts';
import { SLOT_ID_FIELD } from '../outfit-slots.ts';
import type { OutfitPieces, RecommendContext, RecommendedOutfit } from './types.ts';
import type { Weather } from './weather.ts';

export const DEFAULT_LIMIT = 3;
export const MAX_LIMIT = 20;
/** Pool size per outfit asked for: enough that the picks rarely need a second search. */
const POOL_PER_OUTFIT = 8;
/**
 * Points a piece costs a later pick for each earlier pick that used it: enough to bring another
 * jacket, hat or top into the next suggestion when it is nearly as good, never enough to prefer
 * a poor outfit (the weather's hard rules and the near-copy rule still hold).
 */
const REUSE_POINTS = 3;

/** Preferences with every unset field taken from DEFAULT_PREFERENCES. */
export function resolvePreferences(partial: Partial<Preferences> = {}): Preferences {
  const out: Preferences = { ...DEFAULT_PREFERENCES };
  for (const [k, v] of Object.entries(partial)) {
    if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

/**
 * Pieces kept per slot: enough for `limit` distinct outfits and to route around exclusions.
 * On generated wardrobes of 200, 1,000 and 5,000 pieces, shortlists of 170 instead found a
 * best outfit at most 0.2 points better (0.5 for the tenth).
 */
function initialShortlist(limit: number, exclusions: number): number {
  return 8 + limit + Math.ceil(Math.sqrt(exclusions));
}

/** The plan without out-of-season pieces, or with them when nothing can be made without. */
function seasonalPlan(
  features: readonly GarmentFeatures[],
  prefs: Preferences,
  weather: Weather,
  season: SeasonAsked | null,
): Plan {
  try {
    return planOutfits(features, buildPools(features, weather, true, season), prefs, weather);
  } catch (err) {
    if (!(err instanceof WardrobeIncompleteError)) throw err;
    return planOutfits(features, buildPools(features, weather, false), prefs, weather);
  }
}

/**
 * @throws WardrobeIncompleteError when the wardrobe cannot make a single outfit under the
 * preferences (no shoes, no top and bottom nor dress, no outerwear when asked for, …).
 */
/** Active and clean: what an outfit may use today. */
function isWearable(g: Pick<Garment, 'estado' | 'lavado'>): boolean {
  return g.estado !== 'archivada' && g.lavado !== 'para_lavar';
}

export function recommendOutfits<G extends Garment>(
  wardrobe: readonly G[],
  preferences: Partial<Preferences> = {},
  context: RecommendContext = {},
): RecommendedOutfit<G>[] {
  const prefs = resolvePreferences(preferences);
  const weather: Weather = {
    temperature: Number.isFinite(context.temperature) ? context.temperature : undefined,
    rain: context.rain === true,
  };
  const asked = Number.isFinite(context.limit) ? Math.floor(context.limit!) : DEFAULT_LIMIT;
  const limit = Math.min(MAX_LIMIT, Math.max(1, asked));
  const seed = Number.isFinite(context.seed) ? Math.floor(Math.abs(context.seed!)) >>> 0 : 0;

  // One feature record per distinct id. The order of the wardrobe never matters beyond this:
  // every ranking below breaks ties by score, seeded hash and id.
  const features: GarmentFeatures[] = [];
  const seen = new Set<string>();
  const categories = new Map((context.categories ?? []).map((c) => [c._id, c]));
  for (const g of wardrobe) {
    if (seen.has(g._id)) continue;
    seen.add(g._id);
    // Archived garments and those waiting for the wash are never suggested (issue #15), even
    // when a caller passes the whole wardrobe.
    if (!isWearable(g)) continue;
    const f = garmentFeatures(g, features.length, categories);
    if (f) features.push(f);
  }
  const season = seasonAsked(weather, context);
  const plan = seasonalPlan(features, prefs, weather, season);
  const recent = context.recentlyWorn?.length ? new Set(context.recentlyWorn) : null;
  const ctx: ScoreContext = {
    prefs,
    weather,
    palette: paletteOf(prefs.colores),
    recent,
    season,
    favorites: features.some((f) => f.favorite),
  };
  const excluded = exclusionCombos(context.exclude ?? []);
  const table = unaryTable(features, ctx);

  // Too few distinct outfits within the shortlists: widen them (at most twice, so the cost
  // stays bounded; a wardrobe that still falls short simply has fewer distinct outfits).
  let k = initialShortlist(limit, excluded.length);
  for (let widen = 0; ; widen++) {
    const { leaves, truncated } = pick(plan, ctx, table, k, limit, excluded, seed);
    if (leaves.length >= limit || !truncated || widen === 2) {
      // Best first, whatever the tier or pick order that found them (stable on ties).
      return leaves
        .map((leaf) => toOutfit(leaf, ctx) as RecommendedOutfit<G>)
        .sort((a, b) => b.puntuacion - a.puntuacion);
    }
    k *= 2;
  }
}

/**
 * Greedy diverse selection: each pick is the best outfit (less a cost for pieces already
 * picked) that is neither excluded nor a near-copy of one already picked. Tiers go in order
 * (dresses first when asked for); within a tier, near-copies of excluded outfits ("show me
 * more") come last. One search fills a pool of the best few dozen outfits and the picks are
 * scanned from it; only when the pool runs dry does a fresh search (with the picks as
 * blockers) find the next one.
 */
function pick(
  plan: Plan,
  ctx: ScoreContext,
  table: Float64Array,
  k: number,
  limit: number,
  excluded: readonly string[][],
  seed: number,
): { leaves: Leaf[]; truncated: boolean } {
  // Search spaces are built per tier on first use: a tier that is never reached costs nothing.
  let truncated = false;
  const cache = newSpaceCache();
  const built = new Map<number, SearchSpace[]>();
  const spacesOf = (tier: number) => {
    let spaces = built.get(tier);
    if (!spaces) {
      spaces = plan.tiers[tier]!.map((shape) =>
        buildSpace(shape, plan, ctx, table, k, seed, cache),
      );
      truncated ||= spaces.some((s) => s.slots.some((slot) => slot.truncated));
      built.set(tier, spaces);
    }
    return spaces;
  };
  const levels: { tier: number; strict: boolean }[] = [];
  plan.tiers.forEach((_, tier) => {
    levels.push({ tier, strict: true });
    if (excluded.length > 0) levels.push({ tier, strict: false });
  });
  const leaves: Leaf[] = [];
  const capacity = POOL_PER_OUTFIT * limit;
  for (const { tier, strict } of levels) {
    const spaces = spacesOf(tier);
    const exclusions: Blocker[] = excluded.map((ids) => ({ ids, near: strict }));
    // The search already kept excluded outfits (and, when strict, their near-copies) out.
    const allowed = (leaf: Leaf) => !leaves.some((l) => nearCopy(l, leaf));
    const pool = topOutfits(spaces, exclusions, capacity);
    // Each pick is the best of the pool once every piece already picked costs REUSE_POINTS
    // per earlier use: the same jacket or hat does not come back in every suggestion.
    const uses = new Map<string, number>();
    for (const l of leaves) for (const p of l.picks) uses.set(p.id, (uses.get(p.id) ?? 0) + 1);
    const open = pool.filter(allowed);
    while (leaves.length < limit) {
      let best = -1;
      let bestValue = -Infinity;
      open.forEach((leaf, i) => {
        let value = leaf.score;
        for (const p of leaf.picks) value -= REUSE_POINTS * (uses.get(p.id) ?? 0);
        if (value > bestValue && allowed(leaf)) [best, bestValue] = [i, value];
      });
      if (best < 0) break;
      const [leaf] = open.splice(best, 1);
      leaves.push(leaf!);
      for (const p of leaf!.picks) uses.set(p.id, (uses.get(p.id) ?? 0) + 1);
    }
    if (pool.length === capacity) {
      // The pool may have missed outfits below its last one: search on, one at a time.
      while (leaves.length < limit) {
        const blockers = [
          ...exclusions,
          ...leaves.map((l) => ({ ids: l.picks.map((p) => p.id), near: true })),
        ];
        const [leaf] = topOutfits(spaces, blockers, 1);
        if (!leaf) break;
        leaves.push(leaf);
      }
    }
    if (leaves.length >= limit) break;
  }
  return { leaves, truncated };
}

/** Two outfits share most pieces: more than half of the smaller one. */
function nearCopy(a: Leaf, b: Leaf): boolean {
  const ids = new Set(a.picks.map((p) => p.id));
  const common = b.picks.filter((p) => ids.has(p.id)).length;
  return common * 2 > Math.min(a.picks.length, b.picks.length);
}

function toOutfit(leaf: Leaf, ctx: ScoreContext): RecommendedOutfit {
  const { puntuacion, breakdown, detalles } = explainOutfit(leaf.space.model, leaf.picks, ctx);
  const prendas: OutfitPieces = {};
  const ids: Partial<Record<string, string>> = {};
  leaf.space.model.shape.slots.forEach((slot, i) => {
    const f = leaf.picks[i]!;
    prendas[slot] = f.garment;
    ids[SLOT_ID_FIELD[slot]] = f.id;
  });
  return {
    key: outfitKey(leaf.picks.map((p) => p.id)),
    puntuacion,
    ocasion: ctx.prefs.ocasion,
    explicaciones: detalles.map((d) => d.text),
    detalles,
    breakdown,
    prendas,
    ...(ids as { zapatos_id: string }),
  };
}
