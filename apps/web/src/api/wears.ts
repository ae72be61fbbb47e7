/** The wear log (/api/usos) and the calendar's plans (/api/planes). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PlanExpanded, Ocasion, WearExpanded } from '@fashion/core';
import { IDEMPOTENCY_HEADER, newIdempotencyKey } from '../lib/idempotency.ts';
import { api, withQuery } from './client.ts';
import { garmentKeys } from './garments.ts';
import { outfitKeys } from './outfits.ts';
import type { Recommendation } from './types.ts';

export const wearKeys = {
  all: ['usos'] as const,
  range: (desde: string, hasta: string) => ['usos', desde, hasta] as const,
};
export const planKeys = {
  all: ['planes'] as const,
  range: (desde: string, hasta: string) => ['planes', desde, hasta] as const,
};

export function useWears(desde: string, hasta: string) {
  return useQuery({
    queryKey: wearKeys.range(desde, hasta),
    queryFn: () =>
      api<WearExpanded[]>({ method: 'GET', path: withQuery('/api/usos', { desde, hasta }) }),
  });
}

export function usePlans(desde: string, hasta: string) {
  return useQuery({
    queryKey: planKeys.range(desde, hasta),
    queryFn: () =>
      api<PlanExpanded[]>({ method: 'GET', path: withQuery('/api/planes', { desde, hasta }) }),
  });
}

/** A wear changes garments' and outfits' `ultimo_uso` too. */
function useWearChanged() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: wearKeys.all });
    void qc.invalidateQueries({ queryKey: garmentKeys.all });
    void qc.invalidateQueries({ queryKey: outfitKeys.all });
  };
}

export type WearInput =
  | { fecha: string; prenda_ids: string[]; nota?: string }
  | { fecha: string; outfit_id: string; nota?: string };

/** "I wore this": one Idempotency-Key per call, so a retry logs once. */
export function useLogWear() {
  const changed = useWearChanged();
  return useMutation({
    mutationFn: (input: WearInput) =>
      api<WearExpanded>({
        method: 'POST',
        path: '/api/usos',
        json: input,
        headers: { [IDEMPOTENCY_HEADER]: newIdempotencyKey() },
      }),
    onSuccess: changed,
  });
}

/** Undo a wear: its garments' `ultimo_uso` falls back to their previous wear. */
export function useUndoWear() {
  const changed = useWearChanged();
  return useMutation({
    mutationFn: (id: string) => api({ method: 'DELETE', path: `/api/usos/${id}` }),
    onSuccess: changed,
  });
}

/** "I wore this instead": another saved outfit for that day's wear. */
export function useReplaceWear() {
  const changed = useWearChanged();
  return useMutation({
    mutationFn: ({ id, outfit_id }: { id: string; outfit_id: string }) =>
      api<WearExpanded>({ method: 'PATCH', path: `/api/usos/${id}`, json: { outfit_id } }),
    onSuccess: changed,
  });
}

export type PlanInput = { fecha: string; ocasion?: Ocasion } & (
  { outfit_id: string } | Partial<Record<`${string}_id`, string>>
);

export function useCreatePlan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: PlanInput) =>
      api<PlanExpanded>({
        method: 'POST',
        path: '/api/planes',
        json: input,
        headers: { [IDEMPOTENCY_HEADER]: newIdempotencyKey() },
      }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: planKeys.all }),
  });
}

export function useMovePlan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, fecha }: { id: string; fecha: string }) =>
      api<PlanExpanded>({ method: 'PATCH', path: `/api/planes/${id}`, json: { fecha } }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: planKeys.all }),
  });
}

export function useDeletePlan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api({ method: 'DELETE', path: `/api/planes/${id}` }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: planKeys.all }),
  });
}

/** "Mark as worn" on a plan: the server logs the wear on the plan's day. */
export function usePlanWorn() {
  const changed = useWearChanged();
  return useMutation({
    mutationFn: (id: string) =>
      api<WearExpanded>({
        method: 'POST',
        path: `/api/planes/${id}/worn`,
        headers: { [IDEMPOTENCY_HEADER]: newIdempotencyKey() },
      }),
    onSuccess: changed,
  });
}

/**
 * Suggestions for a planned day (rotation around it, nothing from the laundry), dressed for the
 * day's weather when the calendar knows it.
 */
export function usePlanSuggestions(
  fecha: string,
  enabled: boolean,
  weather?: { temperature: number; rain: boolean },
) {
  const dressFor = weather
    ? { temperature: String(weather.temperature), rain: String(weather.rain) }
    : {};
  return useQuery({
    queryKey: ['planes', 'sugerencias', fecha, weather?.temperature, weather?.rain],
    enabled,
    retry: false,
    queryFn: () =>
      api<Recommendation[]>({
        method: 'GET',
        path: withQuery('/api/planes/sugerencias', { fecha, limit: '3', ...dressFor }),
      }),
  });
}
