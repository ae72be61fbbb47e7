/**
 * The garments the wardrobe shows for a filter. The server filters: the filter becomes the
 * request's query (serverQuery) and the query key, and the grid pages through the server's
 * filtered result as it scrolls; nothing downloads the whole wardrobe to filter it here.
 *
 * The search waits for a pause in typing (SEARCH_DEBOUNCE_MS) before it asks, and the previous
 * answer stays on screen meanwhile. Offline (or with the server failing) before a filter's first
 * answer, the garments this device already holds (every cached page) are filtered here instead,
 * and `local` says so: the count then covers what was synced, not the whole wardrobe.
 */
import { useEffect, useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { InfiniteData } from '@tanstack/react-query';
import { ARCHIVED, pagesKey, useGarmentPages } from '../../api/garment-pages.ts';
import { usePendingChanges } from '../../api/pending.ts';
import { garmentsAfter } from '../../api/pending-garments.ts';
import type { Dict } from '../../i18n/en.ts';
import { applyFilter, isFiltering, serverQuery } from './filters.ts';
import type { WardrobeFilter } from './filters.ts';
import type { Garment } from '@fashion/core';

/** How long typing must pause before the search goes to the server. */
export const SEARCH_DEBOUNCE_MS = 300;

/** One empty list, so that effects keyed on the pool do not run on every render. */
const NO_GARMENTS: readonly Garment[] = [];

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

const itemsOf = (data: InfiniteData<{ items: Garment[] }> | undefined) =>
  data?.pages.flatMap((p) => p.items);

export function useWardrobe(filter: WardrobeFilter, t: Dict) {
  const qc = useQueryClient();
  // Clearing the search applies at once; typing waits for a pause.
  const typed = useDebounced(filter.search, SEARCH_DEBOUNCE_MS);
  const search = filter.search.trim() ? typed : filter.search;
  const effective = useMemo(() => ({ ...filter, search }), [filter, search]);
  const active = useGarmentPages();
  const archived = useGarmentPages(ARCHIVED, effective.archivadas);
  /** The view's unfiltered list: the wardrobe, or the archive. */
  const base = effective.archivadas ? archived : active;
  /** Any filter beyond the view itself: the server answers it. */
  const narrowing = isFiltering({ ...effective, archivadas: false });
  const params = useMemo(() => serverQuery(effective), [effective]);
  const narrowed = useGarmentPages(params, narrowing, true);
  const garments = narrowing ? narrowed : base;
  const answered = garments.data !== undefined && !garments.isPlaceholderData;
  /** No answer for this filter, and none coming now: filter what this device holds. */
  const local = narrowing && !answered && (narrowed.fetchStatus === 'paused' || narrowed.isError);
  /** The active garments: whether the wardrobe is empty. */
  const list = useMemo(() => itemsOf(active.data), [active.data]);
  /** The view's garments loaded so far (option counts, selection). */
  const pool = useMemo(() => itemsOf(base.data), [base.data]);
  const fetched = useMemo(() => itemsOf(garments.data), [garments.data]);
  const pending = usePendingChanges();
  const held = useMemo(() => {
    if (!local) return NO_GARMENTS;
    const byId = new Map<string, Garment>();
    for (const [, data] of qc.getQueriesData<InfiniteData<{ items: Garment[] }>>({
      queryKey: pagesKey,
    })) {
      for (const g of itemsOf(data) ?? []) byId.set(g._id, g);
    }
    // The raw cache: the changes waiting to be sent are laid over it here (api/pending.ts).
    return pending
      .reduce((list, c) => garmentsAfter(list, c, 'todas'), [...byId.values()])
      .sort(
        (a, b) => b.fecha_agregada.localeCompare(a.fecha_agregada) || b._id.localeCompare(a._id),
      );
    // The cache's pages change with the lists this hook watches.
  }, [local, qc, active.data, archived.data, pending]);
  const shown = useMemo(
    () => (local ? applyFilter(held, effective, t) : (fetched ?? NO_GARMENTS)),
    [local, held, effective, t, fetched],
  );
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = garments;
  /** The grid asks for more as its end scrolls into view. */
  const more = () => {
    if (!local && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  };
  /** How many the view holds in all (the server's count), and how many of them match. */
  const viewTotal = base.data?.pages[0]?.total ?? pool?.length ?? 0;
  const matching = local ? shown.length : (garments.data?.pages[0]?.total ?? shown.length);
  return {
    garments: active,
    list,
    pool: pool ?? NO_GARMENTS,
    /** Every garment of the view is loaded: the option counts are the whole truth. */
    complete: base.data !== undefined && !base.hasNextPage,
    shown,
    /** The filter's first answer is on its way (nothing to show for it yet). */
    searching: narrowing && !local && garments.data === undefined,
    local,
    counts: { shown: narrowing ? matching : viewTotal, total: viewTotal },
    more,
    hasMore: !local && Boolean(hasNextPage),
  };
}
