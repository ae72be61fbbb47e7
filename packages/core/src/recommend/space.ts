/**
 * Builds the search space of one outfit shape: every piece of a slot scored alone (O(n) for n
 * garments), a shortlist of the K best per slot (ties by id, so the input order never matters),
 * and the pair-score matrices of the shortlist (O(K²) per slot pair).
 */
import type { GarmentFeatures } from './features.ts';
import { fnv1a } from './math.ts';
import {
  pairPointsRaw,
  shapeModel,
  slotPairFactor,
  unaryPoints,
  type ScoreContext,
  type Shape,
} from './model.ts';
import type { Plan } from './plan.ts';
import type { SearchSpace, SlotSpace } from './search.ts';
import { CLASS_NAMES } from '../taxonomy.ts';
import type { SlotName } from '../outfit-slots.ts';
import { canLayer } from './slots.ts';

/** The k-th largest value (1 ≤ k ≤ length) of scores, by quickselect: O(n) on average. */
function kthLargest(scores: Float64Array, k: number): number {
  const a = Float64Array.from(scores);
  let lo = 0;
  let hi = a.length - 1;
  const target = a.length - k; // index in ascending order
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return a[target]!;
}

/**
 * The K best pieces of a pool by unary points, plus the best few of each class and of each
 * colour family, so that pieces that only shine in combination (the shirt to layer over a
 * T-shirt, the one coloured accent among neutrals) stay reachable. O(n log n) on typed arrays.
 */
function shortlist(
  pool: readonly GarmentFeatures[],
  coefs: Float64Array,
  table: Float64Array,
  slot: SlotName,
  k: number,
  seed: number,
): SlotSpace {
  const n = pool.length;
  const u = new Float64Array(n);
  for (let i = 0; i < n; i++) u[i] = unaryPoints(coefs, table, pool[i]!.index);
  // Equal scores are ordered by a seeded hash of the id: the seed decides exact ties, and the
  // order never depends on the wardrobe's order.
  const tie = new Map<number, number>();
  const tieOf = (i: number) => {
    let t = tie.get(i);
    if (t === undefined) tie.set(i, (t = fnv1a(`${seed}:${pool[i]!.id}`)));
    return t;
  };
  const byScore = (a: number, b: number) =>
    u[b]! - u[a]! || tieOf(a) - tieOf(b) || (pool[a]!.id < pool[b]!.id ? -1 : 1);
  /** The `count` best of the given indices (all of them when undefined). */
  const best = (count: number, indices?: number[]) => {
    const scores = indices ? Float64Array.from(indices, (i) => u[i]!) : u;
    const size = scores.length;
    const floor = size > count ? kthLargest(scores, count) : -Infinity;
    const kept: number[] = [];
    for (let j = 0; j < size; j++) if (scores[j]! >= floor) kept.push(indices ? indices[j]! : j);
    return kept.sort(byScore).slice(0, count);
  };
  let kept = best(k);
  if (n > k) {
    // Groups that must be represented: each class of the slot, and each colour family
    // (neutral, coloured, patterned), whose pieces may rank lower alone but pair better.
    const taken = new Set(kept);
    const groups = new Map<number, number[]>();
    const join = (key: number, i: number) => {
      const list = groups.get(key);
      if (list) list.push(i);
      else groups.set(key, [i]);
    };
    for (let i = 0; i < n; i++) {
      const f = pool[i]!;
      join(CLASS_NAMES.indexOf(f.cls), i);
      join(f.multicolor ? -3 : f.neutral ? -2 : -1, i);
    }
    for (const [key, members] of groups) {
      const quota = Math.ceil(k / (key >= 0 ? 4 : 6));
      let have = 0;
      for (const i of members) if (taken.has(i)) have++;
      if (have >= quota) continue;
      for (const i of best(quota, members)) taken.add(i);
    }
    kept = [...taken].sort(byScore);
  }
  return {
    slot,
    cands: kept.map((i) => pool[i]!),
    unary: Float64Array.from(kept, (i) => u[i]!),
    truncated: kept.length < n,
  };
}

/**
 * Shortlist length per slot: the full K for the pieces that make the look, fewer for the
 * outerwear and the hat, which vary less and weigh less (the search is exponential in slots).
 */
export function shortlistSize(slot: SlotName, k: number): number {
  if (slot === 'abrigo') return Math.ceil(k / 2) + 2;
  if (slot === 'sombrero') return Math.ceil(k / 3) + 2;
  return k;
}

/**
 * Shortlists and pair matrices shared between the shapes of one request: the shapes of a tier
 * (with and without a hat) weigh the other slots identically, so they are built once.
 */
export interface SpaceCache {
  shortlists: Map<string, SlotSpace>;
  pairs: Map<string, Float64Array>;
}

export function newSpaceCache(): SpaceCache {
  return { shortlists: new Map(), pairs: new Map() };
}

export function buildSpace(
  shape: Shape,
  plan: Plan,
  ctx: ScoreContext,
  table: Float64Array,
  k: number,
  seed: number,
  cache: SpaceCache = newSpaceCache(),
): SearchSpace {
  const model = shapeModel(shape, ctx);
  const keys = shape.slots.map((slot) => {
    const coefs = model.unaryCoefs.get(slot)!;
    return `${slot}:${shape.layer}:${coefs.join(',')}`;
  });
  const slots = shape.slots.map((slot, i) => {
    let space = cache.shortlists.get(keys[i]!);
    if (!space) {
      space = shortlist(
        plan.poolFor(shape, slot),
        model.unaryCoefs.get(slot)!,
        table,
        slot,
        shortlistSize(slot, k),
        seed,
      );
      cache.shortlists.set(keys[i]!, space);
    }
    return space;
  });
  const pairKey = model.pairParts.map((p) => `${p.k}=${p.points}`).join(',');
  const m = slots.length;
  const pair: Float64Array[][] = [];
  const rowMax: Float64Array[][] = slots.map((a) =>
    slots.map(() => new Float64Array(a.cands.length).fill(-Infinity)),
  );
  for (let i = 0; i < m; i++) {
    pair.push([]);
    for (let j = 0; j < m; j++) {
      if (j <= i) {
        pair[i]!.push(new Float64Array(0));
        continue;
      }
      const a = slots[i]!;
      const b = slots[j]!;
      const factor = slotPairFactor(model, a.slot, b.slot);
      const layering =
        (a.slot === 'superior' && b.slot === 'superior_secundario') ||
        (a.slot === 'superior_secundario' && b.slot === 'superior');
      const matKey = `${keys[i]}|${keys[j]}|${factor}|${pairKey}`;
      let mat = cache.pairs.get(matKey);
      if (!mat) {
        mat = new Float64Array(a.cands.length * b.cands.length);
        for (let x = 0; x < a.cands.length; x++) {
          const fa = a.cands[x]!;
          for (let y = 0; y < b.cands.length; y++) {
            const fb = b.cands[y]!;
            let v: number;
            if (fa.id === fb.id) v = -Infinity;
            else if (
              layering &&
              !(a.slot === 'superior' ? canLayer(fa.cls, fb.cls) : canLayer(fb.cls, fa.cls))
            )
              v = -Infinity;
            else v = factor * pairPointsRaw(model, fa, fb, ctx);
            mat[x * b.cands.length + y] = v;
          }
        }
        cache.pairs.set(matKey, mat);
      }
      const rowA = rowMax[i]![j]!;
      const rowB = rowMax[j]![i]!;
      for (let x = 0; x < a.cands.length; x++) {
        for (let y = 0; y < b.cands.length; y++) {
          const v = mat[x * b.cands.length + y]!;
          if (v > rowA[x]!) rowA[x] = v;
          if (v > rowB[y]!) rowB[y] = v;
        }
      }
      pair[i]!.push(mat);
    }
  }
  return { model, slots, pair, rowMax };
}
