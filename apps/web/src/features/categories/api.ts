/** Category queries and mutations (TanStack Query) over /api/categorias. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Category, CategoryCreate, CategoryPatch, Garment } from '@fashion/core';
import { api } from '../../api/client.ts';
import { garmentKeys } from '../../api/garments.ts';
import { IDEMPOTENCY_HEADER } from '../../lib/idempotency.ts';

export const categoryKeys = { all: ['categorias'] as const };

export function useCategories() {
  return useQuery({
    queryKey: categoryKeys.all,
    queryFn: () => api<Category[]>({ method: 'GET', path: '/api/categorias' }),
  });
}

/** The garments of one category (the server filters). */
export function useGarmentsInCategory(id: string | undefined) {
  return useQuery({
    queryKey: ['garments', 'categoria', id],
    enabled: Boolean(id),
    queryFn: () =>
      api<Garment[]>({
        method: 'GET',
        path: `/api/prendas?categoria=${encodeURIComponent(id ?? '')}`,
      }),
  });
}

function useCategoryWrite<V, R>(fn: (v: V) => Promise<R>, garmentsChange = false) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: categoryKeys.all });
      // Delete and merge re-point garments on the server.
      if (garmentsChange) void qc.invalidateQueries({ queryKey: garmentKeys.all });
    },
  });
}

/** `key`: one Idempotency-Key per category the person creates (kept across retries). */
export function useCreateCategory() {
  return useCategoryWrite(({ body, key }: { body: CategoryCreate; key: string }) =>
    api<Category>({
      method: 'POST',
      path: '/api/categorias',
      json: body,
      headers: { [IDEMPOTENCY_HEADER]: key },
    }),
  );
}

export function useUpdateCategory() {
  return useCategoryWrite(({ id, patch }: { id: string; patch: CategoryPatch }) =>
    api<Category>({ method: 'PATCH', path: `/api/categorias/${id}`, json: patch }),
  );
}

export function useDeleteCategory() {
  return useCategoryWrite(
    (id: string) => api<{ prendas: number }>({ method: 'DELETE', path: `/api/categorias/${id}` }),
    true,
  );
}

export function useMergeCategory() {
  return useCategoryWrite(
    ({ id, destino }: { id: string; destino: string }) =>
      api<{ movidas: number }>({
        method: 'POST',
        path: `/api/categorias/${id}/fusionar`,
        json: { destino },
      }),
    true,
  );
}
