/**
 * Garments and outfits as this device last saw them, from any cached query that holds them (a
 * list, a page, one item): what a change waiting to be sent shows its pieces with.
 */
import { OUTFIT_SLOTS, slotOfIdField } from '@fashion/core';
import type { Garment, OutfitGarments } from '@fashion/core';
import type { QueryClient } from '@tanstack/react-query';

type Row = { _id: string };

/** Every object with an `_id` a cached answer holds: a list, an infinite query's pages, one. */
function rowsOf(data: unknown): Row[] {
  if (Array.isArray(data)) return data as Row[];
  if (!data || typeof data !== 'object') return [];
  const pages = (data as { pages?: unknown }).pages;
  if (Array.isArray(pages)) return pages.flatMap((p: { items?: Row[] }) => p?.items ?? []);
  return '_id' in data ? [data as Row] : [];
}

export function cachedById<T extends Row>(
  qc: QueryClient,
  root: string,
  id: string,
): T | undefined {
  for (const [, data] of qc.getQueriesData({ queryKey: [root] })) {
    const found = rowsOf(data).find((r) => r._id === id);
    if (found) return found as T;
  }
  return undefined;
}

export const cachedGarment = (qc: QueryClient, id: string) =>
  cachedById<Garment>(qc, 'garments', id);

/** An outfit's (or a suggestion's) slot ids, and the cached garments they point at. */
export function slotsOf(
  qc: QueryClient,
  source: Partial<Record<string, unknown>>,
): { ids: Record<string, string>; prendas: OutfitGarments } {
  const ids: Record<string, string> = {};
  const prendas: Record<string, Garment> = {};
  for (const field of OUTFIT_SLOTS) {
    const id = source[field];
    if (typeof id !== 'string') continue;
    ids[field] = id;
    const g = cachedGarment(qc, id);
    if (g) prendas[slotOfIdField(field)] = g;
  }
  return { ids, prendas: prendas as OutfitGarments };
}
