/**
 * Exact branch-and-bound over the shortlisted pieces of one or more outfit shapes.
 *
 * Slots are filled in order (heaviest first). At a node with slots 0..d−1 chosen and partial
 * score S, the bound is
 *
 *   S + Σ_{t≥d} max_h [U_t(h) + Σ_{s<d} P_st(chosen_s, h)] + Σ_{d≤t<t'} max P_tt'
 *
 * which never underestimates any completion, so pruning against the best leaf so far is exact
 * within the shortlist. Children are tried best-gain first and cut as soon as even the loosest
 * completion cannot reach the incumbent. Cost per node: O(K·m²) for m slots of ≤ K candidates;
 * the number of nodes is bounded by K^m but in practice a few hundred, independent of the
 * wardrobe size (that only changes how the shortlist is drawn).
 *
 * Blockers make the answers differ: a blocker "near" rejects any outfit sharing most of its
 * pieces (more than half of the smaller outfit), checked incrementally so whole subtrees go at
 * once; every blocker rejects the identical combination.
 */
import type { GarmentFeatures } from './features.ts';
import { outfitKey } from './keys.ts';
import { fnv1a } from './math.ts';
import type { ShapeModel } from './model.ts';
import type { SlotName } from './slots.ts';

export interface SlotSpace {
  slot: SlotName;
  cands: readonly GarmentFeatures[];
  /** U per candidate (points). */
  unary: Float64Array;
  /** The pool had more pieces than the shortlist keeps. */
  truncated: boolean;
}

export interface SearchSpace {
  model: ShapeModel;
  slots: readonly SlotSpace[];
  /** pair[i][j] for i < j: P between candidate a of slot i and b of slot j at a·K_j + b; −∞ = illegal. */
  pair: readonly (readonly Float64Array[])[];
  /** Largest finite entry of pair[i][j]. */
  maxPair: readonly (readonly number[])[];
}

export interface Blocker {
  ids: readonly string[];
  /** Also reject near-copies, not only the identical combination. */
  near: boolean;
}

export interface Leaf {
  score: number;
  tieBreak: number;
  key: string;
  space: SearchSpace;
  picks: readonly GarmentFeatures[];
}

const EPS = 1e-9;

interface Incumbent {
  best: Leaf | null;
}

function better(score: number, tieBreak: number, key: string, best: Leaf | null): boolean {
  if (!best) return true;
  if (score !== best.score) return score > best.score;
  if (tieBreak !== best.tieBreak) return tieBreak < best.tieBreak;
  return key < best.key;
}

/** The best outfit over several shapes that no blocker rejects, or null when none is left. */
export function bestOutfit(
  spaces: readonly SearchSpace[],
  blockers: readonly Blocker[],
  seed: number,
): Leaf | null {
  const byGarment = new Map<string, number[]>();
  blockers.forEach((b, i) => {
    for (const id of new Set(b.ids)) {
      const list = byGarment.get(id);
      if (list) list.push(i);
      else byGarment.set(id, [i]);
    }
  });
  const sizes = blockers.map((b) => new Set(b.ids).size);
  const counts = new Int32Array(blockers.length);
  const inc: Incumbent = { best: null };
  for (const space of spaces) searchSpace(space, byGarment, sizes, blockers, counts, seed, inc);
  return inc.best;
}

function searchSpace(
  space: SearchSpace,
  byGarment: ReadonlyMap<string, number[]>,
  sizes: readonly number[],
  blockers: readonly Blocker[],
  counts: Int32Array,
  seed: number,
  inc: Incumbent,
): void {
  const m = space.slots.length;
  if (space.slots.some((s) => s.cands.length === 0)) return;
  const K = space.slots.map((s) => s.cands.length);
  const lists = space.slots.map((s) => s.cands.map((c) => byGarment.get(c.id) ?? []));
  // restPairs[d] = Σ_{d≤t<t'} maxPair[t][t']
  const restPairs = new Float64Array(m + 1);
  for (let d = m - 1; d >= 0; d--) {
    let sum = restPairs[d + 1]!;
    for (let t = d + 1; t < m; t++) sum += space.maxPair[d]![t]!;
    restPairs[d] = sum;
  }
  const chosen = new Int32Array(m);
  const opt = new Float64Array(m);
  const gains = K.map((k) => new Float64Array(k));
  const orders = K.map((k) => Array.from({ length: k }, (_, i) => i));

  const leaf = (score: number) => {
    // Identical to a blocker (an excluded or already returned combination)?
    for (let s = 0; s < m; s++) {
      for (const b of lists[s]![chosen[s]!]!) if (counts[b] === sizes[b] && sizes[b] === m) return;
    }
    const picks = space.slots.map((sl, s) => sl.cands[chosen[s]!]!);
    const key = outfitKey(picks.map((p) => p.id));
    const tieBreak = fnv1a(`${seed}:${key}`);
    if (better(score, tieBreak, key, inc.best)) inc.best = { score, tieBreak, key, space, picks };
  };

  const rec = (d: number, partial: number): void => {
    if (d === m) return leaf(partial);
    let bound = partial + restPairs[d]!;
    for (let t = d; t < m; t++) {
      const U = space.slots[t]!.unary;
      const g = gains[t]!;
      let best = -Infinity;
      for (let h = 0; h < K[t]!; h++) {
        let v = U[h]!;
        for (let s = 0; s < d; s++) v += space.pair[s]![t]![chosen[s]! * K[t]! + h]!;
        if (t === d) g[h] = v;
        if (v > best) best = v;
      }
      opt[t] = best;
      bound += best;
    }
    const threshold = inc.best ? inc.best.score - EPS : -Infinity;
    if (bound < threshold) return;
    // The loosest bound of any child: its own gain plus, for the later slots, today's optimum
    // plus the best pair with slot d.
    let after = restPairs[d + 1]!;
    for (let t = d + 1; t < m; t++) after += opt[t]! + space.maxPair[d]![t]!;
    const g = gains[d]!;
    const order = orders[d]!;
    order.sort((a, b) => g[b]! - g[a]! || a - b);
    for (const ci of order) {
      const gain = g[ci]!;
      if (gain === -Infinity) break;
      const limit = inc.best ? inc.best.score - EPS : -Infinity;
      if (partial + gain + after < limit) break;
      const bl = lists[d]![ci]!;
      let blocked = false;
      for (const b of bl) {
        const c = counts[b]! + 1;
        counts[b] = c;
        if (blockers[b]!.near && c * 2 > Math.min(m, sizes[b]!)) blocked = true;
      }
      if (!blocked) {
        chosen[d] = ci;
        rec(d + 1, partial + gain);
      }
      for (const b of bl) counts[b] = counts[b]! - 1;
    }
  };
  rec(0, space.model.constant);
}
