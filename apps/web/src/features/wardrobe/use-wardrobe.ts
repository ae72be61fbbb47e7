/**
 * The garments the wardrobe shows for a filter: the one place that decides whether filtering
 * happens here or on the server. Today the list comes page by page and is filtered in the browser;
 * once GET /api/prendas takes the filters (q, tipo, color, ocasion, temporada, lavado, favorito,
 * estado), this hook sends them with the cursor instead and the screen does not change.
 */
import { useDeferredValue, useEffect, useMemo } from 'react';
import { useGarmentPages } from '../../api/garment-pages.ts';
import type { Dict } from '../../i18n/en.ts';
import { applyFilter, isFiltering } from './filters.ts';
import type { WardrobeFilter } from './filters.ts';

export function useWardrobe(filter: WardrobeFilter, t: Dict) {
  const garments = useGarmentPages();
  // Typing stays instant; the grid catches up a frame later when the list is long.
  const deferred = useDeferredValue(filter);
  const list = useMemo(() => garments.data?.pages.flatMap((p) => p.items), [garments.data]);
  const shown = useMemo(() => (list ? applyFilter(list, deferred, t) : []), [list, deferred, t]);
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
  return { garments, list, shown, more, hasMore: Boolean(hasNextPage) };
}
