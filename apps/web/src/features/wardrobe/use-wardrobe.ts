/**
 * The garments the wardrobe shows for a filter: the one place that decides whether filtering
 * happens here or on the server. The active garments come page by page and are filtered in the
 * browser; the archived ones (which the server leaves out of the list) are their own pages,
 * fetched once the archive view opens.
 */
import { useDeferredValue, useEffect, useMemo } from 'react';
import { useGarmentPages } from '../../api/garment-pages.ts';
import type { Dict } from '../../i18n/en.ts';
import { applyFilter, isFiltering } from './filters.ts';
import type { WardrobeFilter } from './filters.ts';
import type { Garment } from '@fashion/core';

/** One empty list, so that effects keyed on the pool do not run on every render. */
const NO_GARMENTS: readonly Garment[] = [];

export function useWardrobe(filter: WardrobeFilter, t: Dict) {
  const active = useGarmentPages('activa');
  const archived = useGarmentPages('archivada', filter.archivadas);
  // Typing stays instant; the grid catches up a frame later when the list is long.
  const deferred = useDeferredValue(filter);
  const garments = deferred.archivadas ? archived : active;
  /** The active garments: the wardrobe's size, and whether it is empty. */
  const list = useMemo(() => active.data?.pages.flatMap((p) => p.items), [active.data]);
  /** What the filters choose from: the active garments, or the archived ones. */
  const pool = useMemo(() => garments.data?.pages.flatMap((p) => p.items), [garments.data]);
  const shown = useMemo(() => (pool ? applyFilter(pool, deferred, t) : []), [pool, deferred, t]);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = garments;
  // Filtering here needs every garment: fetch the rest while a filter is on.
  const filtering = isFiltering(deferred);
  const loaded = garments.data?.pages.length ?? 0;
  useEffect(() => {
    if (filtering && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [filtering, hasNextPage, isFetchingNextPage, fetchNextPage, loaded]);
  /** The grid asks for more as its end scrolls into view. */
  const more = () => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  };
  return {
    garments: active,
    list,
    pool: pool ?? NO_GARMENTS,
    shown,
    more,
    hasMore: Boolean(hasNextPage),
  };
}
