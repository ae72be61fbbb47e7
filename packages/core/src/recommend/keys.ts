/** Stable outfit keys and the `exclude` list ("show me more"). */

/** The key of a combination: its garment ids sorted and joined by '-' (order-insensitive). */
export function outfitKey(ids: readonly string[]): string {
  return [...new Set(ids)].sort().join('-');
}

/** Each excluded combo as its set of ids, whether it came as an id array or as a key string. */
export function exclusionCombos(exclude: readonly (string | readonly string[])[]): string[][] {
  const combos: string[][] = [];
  const seen = new Set<string>();
  for (const item of exclude) {
    const ids = typeof item === 'string' ? item.split('-') : [...item];
    const clean = [...new Set(ids.map((s) => s.trim()).filter((s) => s.length > 0))];
    if (clean.length === 0) continue;
    const key = outfitKey(clean);
    if (seen.has(key)) continue;
    seen.add(key);
    combos.push(clean);
  }
  return combos;
}
