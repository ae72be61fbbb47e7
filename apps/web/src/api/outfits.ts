/** Recommendations and saved outfits over /api/outfits. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { OUTFIT_SLOTS } from '@fashion/core';
import type {
  ColorName,
  Estilo,
  Ocasion,
  Outfit,
  OutfitSave,
  OutfitSlot,
  Preferences,
} from '@fashion/core';
import { IDEMPOTENCY_HEADER } from '../lib/idempotency.ts';
import { api, withQuery } from './client.ts';
import { asItem, asList } from './normalize.ts';
import { offlineKeys, useOfflineMutation } from './offline-queue.ts';
import { usePendingSelect } from './pending.ts';
import { outfitAfter, outfitsAfter } from './pending-outfits.ts';
import type { OutfitRename } from './pending-outfits.ts';
import type { Recommendation } from './types.ts';

export const outfitKeys = {
  all: ['outfits'] as const,
  detail: (id: string) => ['outfits', id] as const,
};

export interface RecommendParams {
  ocasion: Ocasion;
  estilo: Estilo;
  colores: ColorName[];
  incluirVestido: boolean;
  incluirAbrigo: boolean;
  layeredTop: boolean;
  topPreference: Preferences['topPreference'];
  /** °C; undefined = weather not considered. */
  temperature?: number;
  rain: boolean;
}

export function recommendPath(p: RecommendParams, exclude: string[], limit: number): string {
  return withQuery('/api/outfits/recommend', {
    ocasion: p.ocasion,
    estilo: p.estilo,
    colores: p.colores.length ? JSON.stringify(p.colores) : undefined,
    incluirVestido: String(p.incluirVestido),
    incluirAbrigo: String(p.incluirAbrigo),
    layeredTop: String(p.layeredTop),
    topPreference: p.topPreference,
    temperature: p.temperature === undefined ? undefined : String(p.temperature),
    rain: String(p.rain),
    exclude: exclude.length ? JSON.stringify(exclude) : undefined,
    limit: String(limit),
  });
}

export async function recommend(
  p: RecommendParams,
  exclude: string[],
  limit: number,
): Promise<Recommendation[]> {
  const body = await api<Recommendation[] | { outfits: Recommendation[] }>({
    method: 'GET',
    path: recommendPath(p, exclude, limit),
  });
  return asList<Recommendation>(body, 'outfits');
}

/** The save body (core's: slot ids, score, occasion, reasons as codes; strict schema). */
export { toOutfitSave } from '@fashion/core';

/** A recommendation's slots as garment ids (the server answers garment objects, old ones ids). */
export function slotIds(r: Recommendation): Partial<Record<OutfitSlot, string>> {
  const ids: Partial<Record<OutfitSlot, string>> = {};
  for (const slot of OUTFIT_SLOTS) {
    const v = r[slot];
    if (v) ids[slot] = typeof v === 'string' ? v : v._id;
  }
  return ids;
}

type SaveVars = { body: OutfitSave; key: string };

/**
 * Saving, renaming and deleting a saved outfit, offline-capable (see offline-queue.ts): a save
 * keeps its Idempotency-Key (chosen by the screen, so a retry of the same card saves once).
 */
export function outfitMutationDefaults(qc: QueryClient): void {
  // Waits for the list read again: a save made offline stays shown until the server's copy is.
  const changed = () => qc.invalidateQueries({ queryKey: outfitKeys.all });
  qc.setMutationDefaults(offlineKeys.saveOutfit, {
    mutationFn: async ({ body, key }: SaveVars) =>
      asItem<Outfit>(
        await api({
          method: 'POST',
          path: '/api/outfits/save',
          json: body,
          headers: { [IDEMPOTENCY_HEADER]: key },
        }),
        'outfit',
      ),
    onSuccess: changed,
  });
  qc.setMutationDefaults(offlineKeys.renameOutfit, {
    mutationFn: async ({ id, nombre }: OutfitRename) =>
      asItem<Outfit>(
        await api({
          method: 'PATCH',
          path: `/api/outfits/${encodeURIComponent(id)}`,
          json: { nombre },
        }),
        'outfit',
      ),
    onSuccess: (o: Outfit, { id }: OutfitRename) => {
      qc.setQueryData<Outfit>(outfitKeys.detail(id), (old) => (old ? { ...old, ...o } : o));
      void qc.invalidateQueries({ queryKey: outfitKeys.all, exact: true });
    },
  });
  qc.setMutationDefaults(offlineKeys.deleteOutfit, {
    mutationFn: (id: string) =>
      api({ method: 'DELETE', path: `/api/outfits/${encodeURIComponent(id)}` }),
    onSuccess: (_r: unknown, id: string) => {
      qc.setQueryData<Outfit[]>(outfitKeys.all, (list) => list?.filter((o) => o._id !== id));
      qc.removeQueries({ queryKey: outfitKeys.detail(id) });
    },
  });
}

const same = <T>(v: T) => v;

export const useSaveOutfit = () =>
  useOfflineMutation<Outfit, SaveVars, SaveVars>(offlineKeys.saveOutfit, same);

/** The saved outfits, with the changes waiting to be sent (api/pending.ts). */
export function useOutfits() {
  const qc = useQueryClient();
  const select = usePendingSelect(outfitsAfter(qc), [qc]);
  return useQuery({
    queryKey: outfitKeys.all,
    select,
    queryFn: async () =>
      asList<Outfit>(await api({ method: 'GET', path: '/api/outfits' }), 'outfits'),
  });
}

export function useOutfit(id: string) {
  const qc = useQueryClient();
  const select = usePendingSelect(outfitAfter<Outfit>, []);
  return useQuery({
    queryKey: outfitKeys.detail(id),
    select,
    queryFn: async () =>
      asItem<Outfit>(
        await api({ method: 'GET', path: `/api/outfits/${encodeURIComponent(id)}` }),
        'outfit',
      ),
    initialData: () => qc.getQueryData<Outfit[]>(outfitKeys.all)?.find((o) => o._id === id),
  });
}

/** GET /api/outfits/:id/image: the saved outfit as a flat-lay PNG, in the given theme and language. */
export async function outfitImage(
  id: string,
  theme: 'light' | 'dark',
  lang: 'en' | 'es',
): Promise<Blob> {
  return api<Blob>({
    method: 'GET',
    path: withQuery(`/api/outfits/${encodeURIComponent(id)}/image`, { theme, lang }),
    responseType: 'blob',
    headers: { Accept: 'image/png' },
  });
}

export const useDeleteOutfit = () =>
  useOfflineMutation<unknown, string, string>(offlineKeys.deleteOutfit, same);

/** Renames a saved outfit (PATCH /api/outfits/:id `{nombre}`; servers before it answer 404/405). */
export const useRenameOutfit = (id: string) =>
  useOfflineMutation<Outfit, OutfitRename, string>(offlineKeys.renameOutfit, (nombre) => ({
    id,
    nombre,
  }));
