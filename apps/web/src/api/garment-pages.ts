/**
 * The wardrobe's garments page by page over GET /api/prendas?limit=&cursor= (a cursor API), so the
 * first garments show before the 5,000th arrives. A server that answers the whole list at once
 * (no cursor) is one page.
 */
import { useInfiniteQuery } from '@tanstack/react-query';
import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { Garment, GarmentListPage } from '@fashion/core';
import { api, withQuery } from './client.ts';
import { asList } from './normalize.ts';

/** Garments per request: a screenful many times over, small enough to answer fast. */
export const PAGE_SIZE = 200;

export const pagesKey = ['garments', 'pages'] as const;

interface Page {
  items: Garment[];
  next: string | undefined;
}

/** Reads a page: core's `{items, next}`, or a bare array (a server without paging: one page). */
export function pageOf(body: unknown): Page {
  if (Array.isArray(body) || !body || typeof body !== 'object') {
    return { items: asList<Garment>(body, 'items'), next: undefined };
  }
  const page = body as Partial<GarmentListPage>;
  return {
    items: Array.isArray(page.items) ? page.items : [],
    next: typeof page.next === 'string' && page.next ? page.next : undefined,
  };
}

/**
 * The active garments, or the archived ones (`estado`; the server leaves archived garments out
 * unless asked). The archived pages are fetched only while `enabled`: the archive view is open.
 */
export function useGarmentPages(estado: 'activa' | 'archivada' = 'activa', enabled = true) {
  return useInfiniteQuery({
    queryKey: [...pagesKey, estado],
    enabled,
    initialPageParam: '',
    queryFn: async ({ pageParam }) =>
      pageOf(
        await api({
          method: 'GET',
          path: withQuery('/api/prendas', {
            limit: String(PAGE_SIZE),
            cursor: pageParam || undefined,
            estado: estado === 'archivada' ? estado : undefined,
          }),
        }),
      ),
    getNextPageParam: (last) => last.next,
  });
}

/** Applies a change to the paged lists too, so every view of the wardrobe agrees at once. */
export function updatePages(qc: QueryClient, fn: (list: Garment[]) => Garment[]): void {
  qc.setQueriesData<InfiniteData<Page, string>>({ queryKey: pagesKey }, (data) =>
    data ? { ...data, pages: data.pages.map((p) => ({ ...p, items: fn(p.items) })) } : data,
  );
}
