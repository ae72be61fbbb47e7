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
import { canLayer, type SlotName } from './slots.ts';

function shortlist(
  pool: readonly GarmentFeatures[],
  score: (f: GarmentFeatures) => number,
  slot: SlotName,
  k: number,
  seed: number,
): SlotSpace {
  // Equal scores are ordered by a seeded hash of the id: the seed decides exact ties, and the
  // order never depends on the wardrobe's order.
  const scored = pool.map((f) => ({ f, u: score(f), tie: fnv1a(`${seed}:${f.id}`) }));
  type Scored = (typeof scored)[number];
  const byScore = (a: Scored, b: Scored) =>
    b.u - a.u || a.tie - b.tie || (a.f.id < b.f.id ? -1 : a.f.id > b.f.id ? 1 : 0);
  scored.sort(byScore);
  let kept = scored;
  if (scored.length > k) {
    // Keep the K best, plus the best few of each class, so that a class that only shines in
    // combination (the shirt to layer over a T-shirt, a skirt for variety) stays reachable.
    const quota = Math.ceil(k / 4);
    const taken = new Set(scored.slice(0, k));
    const perClass = new Map<string, number>();
    for (const s of taken) perClass.set(s.f.cls, (perClass.get(s.f.cls) ?? 0) + 1);
    for (const s of scored) {
      const n = perClass.get(s.f.cls) ?? 0;
      if (n < quota && !taken.has(s)) {
        taken.add(s);
        perClass.set(s.f.cls, n + 1);
      }
    }
    kept = [...taken].sort(byScore);
  }
  return {
    slot,
    cands: kept.map((s) => s.f),
    unary: Float64Array.from(kept, (s) => s.u),
    truncated: kept.length < scored.length,
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

export function buildSpace(
  shape: Shape,
  plan: Plan,
  ctx: ScoreContext,
  k: number,
  seed: number,
): SearchSpace {
  const model = shapeModel(shape, ctx);
  const slots = shape.slots.map((slot) =>
    shortlist(
      plan.poolFor(shape, slot),
      (f) => unaryPoints(model, slot, f, ctx),
      slot,
      shortlistSize(slot, k),
      seed,
    ),
  );
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
      const mat = new Float64Array(a.cands.length * b.cands.length);
      const rowA = rowMax[i]![j]!;
      const rowB = rowMax[j]![i]!;
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
          if (v > rowA[x]!) rowA[x] = v;
          if (v > rowB[y]!) rowB[y] = v;
        }
      }
      pair[i]!.push(mat);
    }
  }
  return { model, slots, pair, rowMax };
}
