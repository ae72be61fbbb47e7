/**
 * The wardrobe's garments page by page over GET /api/prendas?limit=&cursor= (a cursor API), so the
 * first garments show before the 5,000th arrives; a filter is part of the request (the server
 * filters and pages the result) and of the query key. A server that answers the whole list at
 * once (no cursor) is one page.
 */
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { Garment, GarmentListPage } from '@fashion/core';
import { api, withQuery } from './client.ts';
import { asList } from './normalize.ts';
import { usePendingSelect } from './pending.ts';
import { pagesAfter } from './pending-garments.ts';
import type { GarmentView } from './pending-garments.ts';

/** Garments per request: a screenful many times over, small enough to answer fast. */
export const PAGE_SIZE = 200;

export const pagesKey = ['garments', 'pages'] as const;

interface Page {
  items: Garment[];
  next: string | undefined;
  /** The first page's count of the whole (filtered) list, when the server tells it. */
  total?: number;
}

/** GET /api/prendas filters (core's GarmentListQuerySchema names), as query-string values. */
export type ListParams = Readonly<Record<string, string>>;

/** The archived garments, unfiltered. */
export const ARCHIVED: ListParams = { estado: 'archivada' };

/** Reads a page: core's `{items, next}`, or a bare array (a server without paging: one page). */
export function pageOf(body: unknown): Page {
  if (Array.isArray(body) || !body || typeof body !== 'object') {
    return { items: asList<Garment>(body, 'items'), next: undefined };
  }
  const page = body as Partial<GarmentListPage>;
  return {
    items: Array.isArray(page.items) ? page.items : [],
    next: typeof page.next === 'string' && page.next ? page.next : undefined,
    ...(typeof page.total === 'number' ? { total: page.total } : {}),
  };
}

/** Whether a pages key holds a filter beyond the view (active or archived). */
function isNarrowed(key: unknown): boolean {
  const params = Array.isArray(key) ? (key[pagesKey.length] as ListParams | undefined) : undefined;
  return Boolean(params && Object.keys(params).some((k) => k !== 'estado'));
}

/**
 * The garments a filter asks for (`params`; none: the active garments, as the server leaves
 * archived ones out unless asked). Fetched only while `enabled`; `keepPrevious` shows the previous
 * filter's garments while the next filter's first page is on its way (typing stays calm).
 */
export function useGarmentPages(params: ListParams = {}, enabled = true, keepPrevious = false) {
  const view = (params.estado ?? 'activa') as GarmentView;
  // The changes waiting to be sent show on every page (api/pending.ts).
  const select = usePendingSelect<InfiniteData<Page, string>>(pagesAfter(view), [view]);
  return useInfiniteQuery({
    queryKey: [...pagesKey, params],
    enabled,
    select,
    initialPageParam: '',
    queryFn: async ({ pageParam }) =>
      pageOf(
        await api({
          method: 'GET',
          path: withQuery('/api/prendas', {
            limit: String(PAGE_SIZE),
            cursor: pageParam || undefined,
            ...params,
          }),
        }),
      ),
    getNextPageParam: (last) => last.next,
    // Only another filter's answer stands in: the unfiltered list would pass for a result.
    ...(keepPrevious
      ? {
          placeholderData: (
            prev: InfiniteData<Page, string> | undefined,
            q?: { queryKey: unknown },
          ) => (isNarrowed(q?.queryKey) ? keepPreviousData(prev) : undefined),
        }
      : {}),
  });
}

/** Applies a change to the paged lists too, so every view of the wardrobe agrees at once. */
export function updatePages(qc: QueryClient, fn: (list: Garment[]) => Garment[]): void {
  qc.setQueriesData<InfiniteData<Page, string>>({ queryKey: pagesKey }, (data) =>
    data ? { ...data, pages: data.pages.map((p) => ({ ...p, items: fn(p.items) })) } : data,
  );
}
