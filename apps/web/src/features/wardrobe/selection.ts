/** Which garments are selected in the wardrobe: toggles, shift-click ranges over what is shown. */
export interface Selection {
  ids: ReadonlySet<string>;
  /** The last garment clicked without shift: a shift-click selects from it. */
  anchor?: string;
}

export const EMPTY_SELECTION: Selection = { ids: new Set() };

export function toggle(s: Selection, id: string): Selection {
  const ids = new Set(s.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { ids, anchor: id };
}

/** Shift-click: everything shown between the anchor and `id` is selected (added to the rest). */
export function selectRange(s: Selection, shown: readonly string[], id: string): Selection {
  const from = s.anchor ? shown.indexOf(s.anchor) : -1;
  const to = shown.indexOf(id);
  if (from < 0 || to < 0) return toggle(s, id);
  const [a, b] = from < to ? [from, to] : [to, from];
  const ids = new Set(s.ids);
  for (const x of shown.slice(a, b + 1)) ids.add(x);
  return { ids, anchor: s.anchor };
}

export function selectAll(s: Selection, shown: readonly string[]): Selection {
  return { ids: new Set([...s.ids, ...shown]), ...(s.anchor ? { anchor: s.anchor } : {}) };
}

/** Keeps only garments that still exist (after a delete or a refetch). */
export function prune(s: Selection, existing: readonly string[]): Selection {
  const keep = new Set(existing);
  const ids = new Set([...s.ids].filter((id) => keep.has(id)));
  return ids.size === s.ids.size ? s : { ids };
}
