/**
 * Branch-and-bound over the shortlisted pieces of one or more outfit shapes, keeping a pool of
 * the best `capacity` outfits (capacity 1: the single best).
 *
 * Slots are filled in order (heaviest first). With slots 0..d−1 chosen and partial score S, the
 * bound of any completion is
 *
 *   S + Σ_{t≥d} max_h [ U_t(h) + Σ_{s<d} P_st(chosen_s, h) + ½ Σ_{t'≥d, t'≠t} R_tt'(h) ]
 *
 * where R_tt'(h) is the best pair piece h can form with any candidate of slot t' (each pair
 * between unfilled slots is split half and half between its two ends). It never underestimates,
 * so a subtree is cut when its bound cannot beat the pool's last outfit by more than TOLERANCE
 * points: the pool is right within the shortlists to 0.01 points (scores are shown to 0.1), and
 * ties go to whichever outfit comes first in the candidate order (seeded, see space.ts).
 * Children are tried best first and cut as soon as even their loosest bound falls short.
 *
 * Cost per node O(m·K) (the partial sums are carried down the tree) for m ≤ 6 slots of ≤ K
 * candidates; the node count is bounded by K^m but stays in the thousands in practice because
 * the bound is tight; none of it depends on the wardrobe size (that only changes how the
 * shortlists are drawn).
 *
 * Blockers make the answers differ: a "near" blocker rejects any outfit sharing most of its
 * pieces (more than half of the smaller outfit), checked incrementally so whole subtrees go at
 * once; every blocker rejects the identical combination. */
import type { GarmentFeatures } from './features.ts';
import type { ShapeModel } from './model.ts';
import type { SlotName } from '../outfit-slots.ts';

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
  /** rowMax[i][j][a] (i ≠ j): the best pair candidate a of slot i forms with slot j (−∞: none). */
  rowMax: readonly (readonly Float64Array[])[];
}

export interface Blocker {
  ids: readonly string[];
  /** Also reject near-copies, not only the identical combination. */
  near: boolean;
}

export interface Leaf {
  score: number;
  space: SearchSpace;
  picks: readonly GarmentFeatures[];
}

/** How much better than the incumbent a subtree must be able to get to be explored. */
const TOLERANCE = 0.01;

/** A leaf as the search keeps it: its score, shape and the chosen candidate per slot. */
interface Entry {
  score: number;
  space: SearchSpace;
  chosen: Int32Array;
}

/** The best outfits (up to `capacity`), best first; ties keep the one found first. */
class Pool {
  readonly entries: Entry[] = [];
  constructor(readonly capacity: number) {}
  /** Scores at or below this cannot enter. */
  floor(): number {
    const e = this.entries;
    return e.length < this.capacity ? -Infinity : e[e.length - 1]!.score;
  }
  add(score: number, space: SearchSpace, chosen: Int32Array): void {
    const e = this.entries;
    let i = e.length;
    while (i > 0 && e[i - 1]!.score < score) i--;
    e.splice(i, 0, { score, space, chosen: chosen.slice() });
    if (e.length > this.capacity) e.pop();
  }
}

/**
 * The `capacity` best outfits over several shapes that no blocker rejects, best first (fewer
 * when fewer exist). With capacity 1 this is the single best outfit.
 */
export function topOutfits(
  spaces: readonly SearchSpace[],
  blockers: readonly Blocker[],
  capacity: number,
): Leaf[] {
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
  const pool = new Pool(Math.max(1, capacity));
  for (const space of spaces) searchSpace(space, byGarment, sizes, blockers, counts, pool);
  return pool.entries.map(({ score, space, chosen }) => ({
    score,
    space,
    picks: space.slots.map((slot, s) => slot.cands[chosen[s]!]!),
  }));
}

function searchSpace(
  space: SearchSpace,
  byGarment: ReadonlyMap<string, number[]>,
  sizes: readonly number[],
  blockers: readonly Blocker[],
  counts: Int32Array,
  pool: Pool,
): void {
  const m = space.slots.length;
  if (space.slots.some((s) => s.cands.length === 0)) return;
  const K = space.slots.map((s) => s.cands.length);
  const lists = space.slots.map((s) => s.cands.map((c) => byGarment.get(c.id) ?? []));
  // pot[d][t][h] = ½ Σ_{t' ≥ d, t' ≠ t} rowMax[t][t'][h]: the optimistic share of the pairs
  // between unfilled slots, for every depth d and unfilled slot t ≥ d.
  const pot: Float64Array[][] = [];
  for (let d = 0; d < m; d++) {
    pot.push([]);
    for (let t = 0; t < m; t++) {
      const p = new Float64Array(K[t]!);
      if (t >= d) {
        for (let u = d; u < m; u++) {
          if (u === t) continue;
          const r = space.rowMax[t]![u]!;
          for (let h = 0; h < K[t]!; h++) p[h] = p[h]! + 0.5 * r[h]!;
        }
      }
      pot[d]!.push(p);
    }
  }
  const chosen = new Int32Array(m);
  const opt = new Float64Array(m);
  const scores = K.map((k) => new Float64Array(k));
  const orders = K.map((k) => new Int32Array(k));
  // acc[d][t][h] = U_t(h) + Σ_{s<d} P_st(chosen_s, h), kept incrementally down the tree.
  const acc = Array.from({ length: m + 1 }, () => K.map((k) => new Float64Array(k)));
  for (let t = 0; t < m; t++) acc[0]![t]!.set(space.slots[t]!.unary);
  const threshold = () => pool.floor() + TOLERANCE;

  /** Adds garment ci of slot d; false (and nothing added) when a near blocker rejects it. */
  const enter = (d: number, ci: number): boolean => {
    const bl = lists[d]![ci]!;
    let ok = true;
    for (const b of bl) {
      const c = counts[b]! + 1;
      counts[b] = c;
      if (blockers[b]!.near && c * 2 > Math.min(m, sizes[b]!)) ok = false;
    }
    if (!ok) leave(d, ci);
    return ok;
  };
  const leave = (d: number, ci: number) => {
    for (const b of lists[d]![ci]!) counts[b] = counts[b]! - 1;
  };
  /** The identical combination is a blocker (an excluded or already returned outfit)? */
  const identical = (): boolean => {
    for (let s = 0; s < m; s++) {
      for (const b of lists[s]![chosen[s]!]!)
        if (counts[b] === sizes[b] && sizes[b] === m) return true;
    }
    return false;
  };

  const rec = (d: number, partial: number): void => {
    const a = acc[d]!;
    if (d === m - 1) {
      // Last slot: every child is a leaf; keep the best one no blocker rejects.
      const last = a[d]!;
      for (let ci = 0; ci < K[d]!; ci++) {
        const score = partial + last[ci]!;
        if (score === -Infinity || score <= pool.floor()) continue;
        if (!enter(d, ci)) continue;
        chosen[d] = ci;
        if (!identical()) pool.add(score, space, chosen);
        leave(d, ci);
      }
      return;
    }
    let bound = partial;
    for (let t = d; t < m; t++) {
      const at = a[t]!;
      const pt = pot[d]![t]!;
      const sc = scores[t]!;
      let best = -Infinity;
      for (let h = 0; h < K[t]!; h++) {
        const v = at[h]! + pt[h]!;
        if (t === d) sc[h] = v;
        if (v > best) best = v;
      }
      opt[t] = best;
      bound += best;
    }
    if (bound < threshold()) return;
    let rest = 0;
    for (let t = d + 1; t < m; t++) rest += opt[t]!;
    const sc = scores[d]!;
    const pd = pot[d]![d]!;
    const order = orders[d]!;
    // Insertion sort, best first (ties by candidate order); K is small and nothing allocates.
    for (let i = 0; i < K[d]!; i++) {
      let j = i;
      while (j > 0 && sc[order[j - 1]!]! < sc[i]!) {
        order[j] = order[j - 1]!;
        j--;
      }
      order[j] = i;
    }
    const next = acc[d + 1]!;
    for (const ci of order) {
      const score = sc[ci]!;
      // Sorted best first: once one child cannot reach the threshold, none after it can.
      if (score === -Infinity || partial + score + rest < threshold()) break;
      if (!enter(d, ci)) continue;
      chosen[d] = ci;
      for (let t = d + 1; t < m; t++) {
        const row = space.pair[d]![t]!;
        const from = a[t]!;
        const to = next[t]!;
        const off = ci * K[t]!;
        for (let h = 0; h < K[t]!; h++) to[h] = from[h]! + row[off + h]!;
      }
      rec(d + 1, partial + score - pd[ci]!);
      leave(d, ci);
    }
  };
  rec(0, space.model.constant);
}
