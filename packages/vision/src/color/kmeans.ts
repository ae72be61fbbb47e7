/**
 * Weighted k-means over 3-D points (OKLab colours) with k-means++ seeding from a fixed-seed PRNG:
 * the same image always yields the same clusters, so a garment's colour never flickers.
 */

export interface Cluster {
  /** Centroid [L, a, b]. */
  center: [number, number, number];
  /** Sum of member weights. */
  weight: number;
  /** Weighted mean squared distance of the members to the centroid. */
  spread: number;
}

/** mulberry32: tiny, fast, good enough to pick seeds deterministically. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Squared distance from point `i` (offset i*3 of `p`) to centre `c` (offset c*3 of `centers`). */
function dist2(p: Float32Array, i: number, centers: Float64Array, c: number): number {
  const d0 = p[i * 3]! - centers[c * 3]!;
  const d1 = p[i * 3 + 1]! - centers[c * 3 + 1]!;
  const d2 = p[i * 3 + 2]! - centers[c * 3 + 2]!;
  return d0 * d0 + d1 * d1 + d2 * d2;
}

/** Index drawn with probability proportional to `scores` (-1 when they are all zero). */
function pick(scores: Float64Array, random: () => number): number {
  const n = scores.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += scores[i]!;
  if (total <= 0) return -1;
  let r = random() * total;
  for (let i = 0; i < n; i++) {
    r -= scores[i]!;
    if (r <= 0) return i;
  }
  return n - 1;
}

/**
 * @param points packed [L,a,b, L,a,b, …]
 * @param weights one per point (non-negative)
 * @returns clusters sorted by weight, heaviest first (empty clusters dropped)
 *
 * Runs per classified photo, so the loops work on flat typed arrays (centres included).
 */
export function kmeans(
  points: Float32Array,
  weights: Float32Array,
  k: number,
  options: { seed?: number; iterations?: number } = {},
): Cluster[] {
  const n = weights.length;
  if (n === 0) return [];
  const random = seededRandom(options.seed ?? 0x5eed);
  const iterations = options.iterations ?? 15;

  // k-means++: first centre by weight, then proportional to weight × squared distance.
  const centers = new Float64Array(k * 3);
  const setCenter = (c: number, i: number) => centers.set(points.subarray(i * 3, i * 3 + 3), c * 3);
  const nearest = new Float64Array(n).fill(Infinity);
  const scores = Float64Array.from(weights);
  let kk = 1;
  setCenter(0, Math.max(0, pick(scores, random)));
  while (kk < k) {
    for (let i = 0; i < n; i++) {
      nearest[i] = Math.min(nearest[i]!, dist2(points, i, centers, kk - 1));
      scores[i] = weights[i]! * nearest[i]!;
    }
    const next = pick(scores, random);
    if (next < 0) break; // fewer distinct colours than k
    setCenter(kk++, next);
  }

  const assign = new Int32Array(n);
  const sums = new Float64Array(kk * 4);
  for (let iter = 0; iter < iterations; iter++) {
    let changed = iter === 0;
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestD = Infinity;
      for (let c = 0; c < kk; c++) {
        const d = dist2(points, i, centers, c);
        if (d < bestD) {
          bestD = d;
          best = c;
        }
      }
      if (assign[i] !== best) {
        assign[i] = best;
        changed = true;
      }
    }
    sums.fill(0);
    for (let i = 0; i < n; i++) {
      const c = assign[i]! * 4;
      const w = weights[i]!;
      sums[c] = sums[c]! + points[i * 3]! * w;
      sums[c + 1] = sums[c + 1]! + points[i * 3 + 1]! * w;
      sums[c + 2] = sums[c + 2]! + points[i * 3 + 2]! * w;
      sums[c + 3] = sums[c + 3]! + w;
    }
    for (let c = 0; c < kk; c++) {
      const w = sums[c * 4 + 3]!;
      if (w > 0) for (let d = 0; d < 3; d++) centers[c * 3 + d] = sums[c * 4 + d]! / w;
    }
    if (!changed) break;
  }

  const clusters: Cluster[] = Array.from({ length: kk }, (_, c) => ({
    center: [centers[c * 3]!, centers[c * 3 + 1]!, centers[c * 3 + 2]!],
    weight: 0,
    spread: 0,
  }));
  for (let i = 0; i < n; i++) {
    const c = assign[i]!;
    const cl = clusters[c]!;
    const w = weights[i]!;
    cl.weight += w;
    cl.spread += w * dist2(points, i, centers, c);
  }
  for (const cl of clusters) if (cl.weight > 0) cl.spread /= cl.weight;
  return clusters.filter((c) => c.weight > 0).sort((a, b) => b.weight - a.weight);
}
