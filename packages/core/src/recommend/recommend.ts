/**
 * recommendOutfits: the best few outfits of a wardrobe for the person's preferences and the
 * weather, each explained. Pure and deterministic: no clock, no randomness, no I/O; the result
 * depends only on the arguments (the wardrobe's order included out), with `seed` breaking exact
 * score ties.
 *
 * Cost for n garments, K-piece shortlists, m ≤ 6 slots, L outfits asked for:
 *   features and unary scores O(n), shortlists O(n log n), pair matrices O(m²K²),
 *   then L branch-and-bound searches over the shortlists (see search.ts): independent of n.
 * So the time grows at most like n log n in the wardrobe; K grows with L and the exclusions, and
 * doubles only when the shortlists run out before L distinct outfits are found.
 */
import { DEFAULT_PREFERENCES, type Garment, type Preferences } from '../contracts.ts';
import { explainOutfit } from './explain.ts';
import { garmentFeatures, type GarmentFeatures } from './features.ts';
import { exclusionCombos } from './keys.ts';
import type { ScoreContext } from './model.ts';
import { paletteOf } from './palette.ts';
import { buildPools, planOutfits, type Plan } from './plan.ts';
import { topOutfits, type Blocker, type Leaf, type SearchSpace } from './search.ts';
import { buildSpace } from './space.ts';
import { SLOT_ID_FIELD } from './slots.ts';
import type { OutfitPieces, RecommendContext, RecommendedOutfit } from './types.ts';
import type { Weather } from './weather.ts';

export const DEFAULT_LIMIT = 3;
export const MAX_LIMIT = 50;
/** Pool size per outfit asked for: enough that the picks rarely need a second search. */
const POOL_PER_OUTFIT = Number(process.env.PPO ?? 8);

/** Preferences with every unset field taken from DEFAULT_PREFERENCES. */
export function resolvePreferences(partial: Partial<Preferences> = {}): Preferences {
  const out: Preferences = { ...DEFAULT_PREFERENCES };
  for (const [k, v] of Object.entries(partial)) {
    if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

function initialShortlist(limit: number, exclusions: number): number {
  return (
    Number(process.env.KB ?? 8) +
    Math.ceil(limit * Number(process.env.KL ?? 1)) +
    Math.ceil(Math.sqrt(exclusions))
  );
}

/**
 * @throws WardrobeIncompleteError when the wardrobe cannot make a single outfit under the
 * preferences (no shoes, no top and bottom nor dress, no outerwear when asked for, …).
 */
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
  const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(context.limit ?? DEFAULT_LIMIT)));
  const seed = Math.floor(Math.abs(context.seed ?? 0)) >>> 0;

  // One feature record per distinct id, in id order: the input order must not matter.
  const byId = new Map<string, GarmentFeatures>();
  for (const g of [...wardrobe].sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0))) {
    if (byId.has(g._id)) continue;
    const f = garmentFeatures(g);
    if (f) byId.set(g._id, f);
  }
  const features = [...byId.values()];
  const pools = buildPools(features, weather);
  const plan = planOutfits(features, pools, prefs, weather);
  const recent = context.recentlyWorn?.length ? new Set(context.recentlyWorn) : null;
  const ctx: ScoreContext = { prefs, weather, palette: paletteOf(prefs.colores), recent };
  const excluded = exclusionCombos(context.exclude ?? []);

  let k = initialShortlist(limit, excluded.length);
  for (;;) {
    const { leaves, truncated } = pick(plan, ctx, k, limit, excluded, seed);
    console.log(
      'k',
      k,
      'leaves',
      leaves.length,
      'truncated',
      truncated,
      'nodes',
      (globalThis as any).__nodes,
      'calls',
      (globalThis as any).__calls,
    );
    if (leaves.length >= limit || !truncated) {
      return leaves.map((leaf) => toOutfit(leaf, ctx) as RecommendedOutfit<G>);
    }
    k *= 2;
  }
}

/**
 * Greedy diverse selection: each pick is the best outfit that is neither excluded nor a
 * near-copy of one already picked. Tiers go in order (dresses first when asked for); within a
 * tier, near-copies of excluded outfits ("show me more") come last. One search fills a pool of
 * the best few dozen outfits and the picks are scanned from it; only when the pool runs dry
 * does a fresh search (with the picks as blockers) find the next one.
 */
function pick(
  plan: Plan,
  ctx: ScoreContext,
  k: number,
  limit: number,
  excluded: readonly string[][],
  seed: number,
): { leaves: Leaf[]; truncated: boolean } {
  const levels: { spaces: SearchSpace[]; strict: boolean }[] = [];
  let truncated = false;
  for (const shapes of plan.tiers) {
    const spaces = shapes.map((shape) => buildSpace(shape, plan, ctx, k, seed));
    truncated ||= spaces.some((s) => s.slots.some((slot) => slot.truncated));
    levels.push({ spaces, strict: true });
    if (excluded.length > 0) levels.push({ spaces, strict: false });
  }
  const leaves: Leaf[] = [];
  const capacity = POOL_PER_OUTFIT * limit;
  for (const { spaces, strict } of levels) {
    const exclusions: Blocker[] = excluded.map((ids) => ({ ids, near: strict }));
    // The search already kept excluded outfits (and, when strict, their near-copies) out.
    const allowed = (leaf: Leaf) => !leaves.some((l) => l.key === leaf.key || nearCopy(l, leaf));
    const pool = topOutfits(spaces, exclusions, capacity);
    for (const leaf of pool) {
      if (leaves.length >= limit) break;
      if (allowed(leaf)) leaves.push(leaf);
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
    key: leaf.key,
    puntuacion,
    ocasion: ctx.prefs.ocasion,
    explicaciones: detalles.map((d) => d.text),
    detalles,
    breakdown,
    prendas,
    ...(ids as { zapatos_id: string }),
  };
}
