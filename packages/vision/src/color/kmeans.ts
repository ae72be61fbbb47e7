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

function dist2(p: Float32Array, i: number, c: readonly number[]): number {
  const d0 = p[i]! - c[0]!;
  const d1 = p[i + 1]! - c[1]!;
  const d2 = p[i + 2]! - c[2]!;
  return d0 * d0 + d1 * d1 + d2 * d2;
}

/**
 * @param points packed [L,a,b, L,a,b, …]
 * @param weights one per point (non-negative)
 * @returns clusters sorted by weight, heaviest first (empty clusters dropped)
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
  const centers: number[][] = [];
  const nearest = new Float64Array(n).fill(Infinity);
  const pick = (scores: (i: number) => number): number => {
    let total = 0;
    for (let i = 0; i < n; i++) total += scores(i);
    if (total <= 0) return -1;
    let r = random() * total;
    for (let i = 0; i < n; i++) {
      r -= scores(i);
      if (r <= 0) return i;
    }
    return n - 1;
  };
  let first = pick((i) => weights[i]!);
  if (first < 0) first = 0;
  centers.push([points[first * 3]!, points[first * 3 + 1]!, points[first * 3 + 2]!]);
  while (centers.length < k) {
    const last = centers[centers.length - 1]!;
    for (let i = 0; i < n; i++) nearest[i] = Math.min(nearest[i]!, dist2(points, i * 3, last));
    const next = pick((i) => weights[i]! * nearest[i]!);
    if (next < 0) break; // fewer distinct colours than k
    centers.push([points[next * 3]!, points[next * 3 + 1]!, points[next * 3 + 2]!]);
  }

  const assign = new Int32Array(n);
  const kk = centers.length;
  const sums = new Float64Array(kk * 4);
  for (let iter = 0; iter < iterations; iter++) {
    let changed = iter === 0;
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestD = Infinity;
      for (let c = 0; c < kk; c++) {
        const d = dist2(points, i * 3, centers[c]!);
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
      if (w > 0) centers[c] = [sums[c * 4]! / w, sums[c * 4 + 1]! / w, sums[c * 4 + 2]! / w];
    }
    if (!changed) break;
  }

  const clusters: Cluster[] = centers.map((c) => ({
    center: [c[0]!, c[1]!, c[2]!],
    weight: 0,
    spread: 0,
  }));
  for (let i = 0; i < n; i++) {
    const cl = clusters[assign[i]!]!;
    const w = weights[i]!;
    cl.weight += w;
    cl.spread += w * dist2(points, i * 3, cl.center);
  }
  for (const cl of clusters) if (cl.weight > 0) cl.spread /= cl.weight;
  return clusters.filter((c) => c.weight > 0).sort((a, b) => b.weight - a.weight);
}
