/**
 * Many garments changed at once: one POST /api/prendas/batch (all or nothing on the server), shown
 * at once in the wardrobe and rolled back if the server says no.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { TIPO_BY_CLASS, type ClassName, type Garment } from '@fashion/core';
import { api } from './client.ts';
import { garmentKeys } from './garments.ts';
import { pagesKey, updatePages } from './garment-pages.ts';

/** The fields a batch may set on every chosen garment (occasions, seasons, tags, laundry, …). */
export type BatchSet = Partial<Record<string, unknown>>;
export type BatchAction = 'archivar' | 'restaurar' | 'eliminar';

export interface BatchRequest {
  ids: string[];
  set?: BatchSet;
  action?: BatchAction;
  motivo?: string;
}

/**
 * One request; never garment by garment, which would apply part of a change that the server
 * refuses whole (a 404 means one of the garments is not the caller's).
 */
export async function batchGarments(req: BatchRequest): Promise<void> {
  await api({ method: 'POST', path: '/api/prendas/batch', json: req });
}

/** What the wardrobe shows while the batch is on its way. */
export function applyBatch(list: readonly Garment[], req: BatchRequest): Garment[] {
  const ids = new Set(req.ids);
  if (req.action === 'eliminar') return list.filter((g) => !ids.has(g._id));
  const estado =
    req.action === 'archivar' ? 'archivada' : req.action === 'restaurar' ? 'activa' : undefined;
  const { etiquetas_add, etiquetas_remove, ...set } = (req.set ?? {}) as BatchSet & {
    etiquetas_add?: string[];
    etiquetas_remove?: string[];
  };
  const tags = (g: Garment) => {
    if (!etiquetas_add && !etiquetas_remove) return {};
    const remove = new Set(etiquetas_remove ?? []);
    const merged = [...(g.etiquetas ?? []), ...(etiquetas_add ?? [])].filter((t) => !remove.has(t));
    return { etiquetas: [...new Set(merged)] };
  };
  // As the API does: a stated class brings its type and confirms it.
  const clase = set.clase_nombre as ClassName | undefined;
  const classed = clase ? { tipo: TIPO_BY_CLASS[clase], confirmado: true } : {};
  return list.map((g) =>
    ids.has(g._id)
      ? ({ ...g, ...set, ...classed, ...tags(g), ...(estado ? { estado } : {}) } as Garment)
      : g,
  );
}

export function useBatchGarments() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: batchGarments,
    onMutate: async (req) => {
      await qc.cancelQueries({ queryKey: garmentKeys.all });
      await qc.cancelQueries({ queryKey: pagesKey });
      const before = qc.getQueryData<Garment[]>(garmentKeys.all);
      const pagesBefore = qc.getQueriesData({ queryKey: pagesKey });
      if (before) qc.setQueryData(garmentKeys.all, applyBatch(before, req));
      updatePages(qc, (list) => applyBatch(list, req));
      return { before, pagesBefore };
    },
    onError: (_e, _req, ctx) => {
      if (ctx?.before) qc.setQueryData(garmentKeys.all, ctx.before);
      for (const [key, data] of ctx?.pagesBefore ?? []) qc.setQueryData(key, data);
    },
    onSettled: () => qc.invalidateQueries({ queryKey: garmentKeys.all }),
  });
}
