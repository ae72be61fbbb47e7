/** Garment queries and mutations (TanStack Query) over /api/prendas and /api/classify. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Classification,
  Garment,
  GarmentFields,
  GarmentPatch,
  ModelKind,
  Ocasion,
} from '@fashion/core';
import type { QueryClient } from '@tanstack/react-query';
import { IDEMPOTENCY_HEADER } from '../lib/idempotency.ts';
import { api } from './client.ts';
import { offlineKeys, useOfflineMutation } from './offline-queue.ts';
import { asItem, asList } from './normalize.ts';
import { pagesKey, updatePages } from './garment-pages.ts';
import { usePendingSelect } from './pending.ts';
import { garmentAfter, garmentsAfter } from './pending-garments.ts';
import type {
  ArchiveChange,
  ArchiveRequest,
  GarmentUpdate,
  OcasionUpdate,
} from './pending-garments.ts';

export const garmentKeys = {
  all: ['garments'] as const,
  detail: (id: string) => ['garments', id] as const,
};

const activeAfter = (list: Garment[], c: Parameters<typeof garmentAfter>[1]) =>
  garmentsAfter(list, c, 'activa');

/** The active garments, with the changes waiting to be sent (api/pending.ts). */
export function useGarments() {
  const select = usePendingSelect(activeAfter, []);
  return useQuery({
    queryKey: garmentKeys.all,
    select,
    queryFn: async () =>
      asList<Garment>(await api({ method: 'GET', path: '/api/prendas' }), 'prendas'),
  });
}

export function useGarment(id: string) {
  const qc = useQueryClient();
  const select = usePendingSelect(garmentAfter, []);
  return useQuery({
    queryKey: garmentKeys.detail(id),
    select,
    queryFn: async () =>
      asItem<Garment>(
        await api({ method: 'GET', path: `/api/prendas/${encodeURIComponent(id)}` }),
        'prenda',
      ),
    initialData: () => qc.getQueryData<Garment[]>(garmentKeys.all)?.find((g) => g._id === id),
  });
}

/** A changed garment replaces its cached copies (detail, list, pages). */
function garmentWritten(qc: QueryClient, g: Garment): void {
  qc.setQueryData(garmentKeys.detail(g._id), g);
  qc.setQueryData<Garment[]>(garmentKeys.all, (list) =>
    list?.map((x) => (x._id === g._id ? g : x)),
  );
  updatePages(qc, (list) => list.map((x) => (x._id === g._id ? g : x)));
  // An archived or restored garment moves between the active and archived lists: the list
  // not on screen refetches when it is next shown.
  void qc.invalidateQueries({ queryKey: pagesKey, refetchType: 'none' });
}

function useGarmentWrite<V>(
  fn: (v: V) => Promise<Garment>,
  after?: (qc: ReturnType<typeof useQueryClient>) => void,
) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (g) => {
      garmentWritten(qc, g);
      after?.(qc);
    },
  });
}

/** A deleted garment leaves every list; the server deletes the saved outfits that used it. */
function garmentDeleted(qc: QueryClient, id: string): void {
  qc.setQueryData<Garment[]>(garmentKeys.all, (list) => list?.filter((g) => g._id !== id));
  updatePages(qc, (list) => list.filter((g) => g._id !== id));
  qc.removeQueries({ queryKey: garmentKeys.detail(id) });
  void qc.invalidateQueries({ queryKey: ['outfits'] });
}

/** The garment changes that can be made offline (see offline-queue.ts). */
export function garmentMutationDefaults(qc: QueryClient): void {
  qc.setMutationDefaults(offlineKeys.updateGarment, {
    mutationFn: async ({ id, patch }: GarmentUpdate) =>
      asItem<Garment>(
        await api({ method: 'PATCH', path: `/api/prendas/${encodeURIComponent(id)}`, json: patch }),
        'prenda',
      ),
    onSuccess: (g: Garment) => garmentWritten(qc, g),
  });
  qc.setMutationDefaults(offlineKeys.setOcasion, {
    mutationFn: async ({ id, ocasion }: OcasionUpdate) =>
      asItem<Garment>(
        await api({
          method: 'PUT',
          path: `/api/prendas/${encodeURIComponent(id)}/ocasion`,
          json: { ocasion },
        }),
        'prenda',
      ),
    onSuccess: (g: Garment) => garmentWritten(qc, g),
  });
  qc.setMutationDefaults(offlineKeys.archiveGarment, {
    mutationFn: async ({ id, req }: ArchiveChange) =>
      asItem<Garment>(
        await api({
          method: 'POST',
          path: `/api/prendas/${encodeURIComponent(id)}/${'restore' in req ? 'restaurar' : 'archivar'}`,
          json: 'restore' in req ? {} : { motivo: req.motivo },
        }),
        'prenda',
      ),
    onSuccess: (g: Garment) => garmentWritten(qc, g),
  });
  qc.setMutationDefaults(offlineKeys.deleteGarment, {
    mutationFn: (id: string) =>
      api({ method: 'DELETE', path: `/api/prendas/${encodeURIComponent(id)}` }),
    onSuccess: (_r: unknown, id: string) => garmentDeleted(qc, id),
  });
}

/** Edits, favourite, laundry state: offline they wait (kept across a reload), in order. */
export function useUpdateGarment(id: string) {
  return useOfflineMutation<Garment, GarmentUpdate, GarmentPatch>(
    offlineKeys.updateGarment,
    (patch) => ({ id, patch }),
    { scope: { id: `garment:${id}` } },
  );
}

/**
 * A touched-up cut-out: the mask (PNG, white = keep) goes to PUT /api/prendas/:id/recorte, which
 * answers the garment with its new `recorte_url`; the caches take it at once, and saved outfits
 * (which embed their garments) are read again.
 */
export function useTouchUpCutout(id: string) {
  return useGarmentWrite(
    async (mask: Blob) =>
      asItem<Garment>(
        await api({
          method: 'PUT',
          path: `/api/prendas/${encodeURIComponent(id)}/recorte`,
          blob: mask,
        }),
        'prenda',
      ),
    (qc) => void qc.invalidateQueries({ queryKey: ['outfits'] }),
  );
}

export function useSetOcasion(id: string) {
  return useOfflineMutation<Garment, OcasionUpdate, Ocasion[]>(
    offlineKeys.setOcasion,
    (ocasion) => ({ id, ocasion }),
    { scope: { id: `garment:${id}` } },
  );
}

/** Delete a garment: offline it waits (kept across a reload). */
export const useDeleteGarment = () =>
  useOfflineMutation<unknown, string, string>(offlineKeys.deleteGarment, (id) => id);

/** Multipart text fields as the upload route reads them (ocasion as a JSON array string). */
function appendFields(form: FormData, fields: GarmentFields): void {
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined) continue;
    form.append(k, Array.isArray(v) ? JSON.stringify(v) : String(v));
  }
}

export async function uploadGarment(
  file: Blob,
  fileName: string,
  fields: GarmentFields,
  onProgress: (f: number) => void,
  idempotencyKey: string,
): Promise<Garment> {
  const form = new FormData();
  form.append('imagen', file, fileName);
  appendFields(form, fields);
  const body = await api({
    method: 'POST',
    path: '/api/prendas/upload',
    form,
    onUploadProgress: onProgress,
    headers: { [IDEMPOTENCY_HEADER]: idempotencyKey },
  });
  return asItem<Garment>(body, 'prenda');
}

/** A camera frame (data URL) goes through /api/prendas/auto. */
export async function uploadGarmentDataUrl(
  dataUrl: string,
  fields: GarmentFields,
  onProgress: (f: number) => void,
  idempotencyKey: string,
): Promise<Garment> {
  const body = await api({
    method: 'POST',
    path: '/api/prendas/auto',
    json: { imagen_base64: dataUrl, ...fields },
    onUploadProgress: onProgress,
    headers: { [IDEMPOTENCY_HEADER]: idempotencyKey },
  });
  return asItem<Garment>(body, 'prenda');
}

export async function classify(
  file: Blob,
  fileName: string,
  model: ModelKind,
  signal: AbortSignal,
  onProgress: (f: number) => void,
): Promise<Classification> {
  const form = new FormData();
  form.append('imagen', file, fileName);
  return api<Classification>({
    method: 'POST',
    path: `/api/classify/${model}`,
    form,
    signal,
    onUploadProgress: onProgress,
  });
}

/** Archive (with why it left) or restore: offline it waits, in order with the other edits. */
export function useArchiveGarment(id: string) {
  return useOfflineMutation<Garment, ArchiveChange, ArchiveRequest>(
    offlineKeys.archiveGarment,
    (req) => ({ id, req }),
    { scope: { id: `garment:${id}` } },
  );
}
