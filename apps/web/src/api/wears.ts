/** The wear log (/api/usos) and the calendar's plans (/api/planes). */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { PlanExpanded, WearExpanded } from '@fashion/core';
import { IDEMPOTENCY_HEADER } from '../lib/idempotency.ts';
import { api, withQuery } from './client.ts';
import { keyed, offlineKeys, useOfflineMutation } from './offline-queue.ts';
import type { Keyed } from './offline-queue.ts';
import { garmentKeys } from './garments.ts';
import { outfitKeys } from './outfits.ts';
import type { Recommendation } from './types.ts';
import { usePendingSelect } from './pending.ts';
import { plansAfter, wearsAfter } from './pending-calendar.ts';
import type { PlanInput, WearInput } from './pending-calendar.ts';

export type { PlanInput, WearInput };

export const wearKeys = {
  all: ['usos'] as const,
  range: (desde: string, hasta: string) => ['usos', desde, hasta] as const,
};
export const planKeys = {
  all: ['planes'] as const,
  range: (desde: string, hasta: string) => ['planes', desde, hasta] as const,
};

/** The wears of a range of days, with the changes waiting to be sent (api/pending.ts). */
export function useWears(desde: string, hasta: string) {
  const qc = useQueryClient();
  const select = usePendingSelect(wearsAfter(qc, { desde, hasta }), [qc, desde, hasta]);
  return useQuery({
    queryKey: wearKeys.range(desde, hasta),
    select,
    queryFn: () =>
      api<WearExpanded[]>({ method: 'GET', path: withQuery('/api/usos', { desde, hasta }) }),
  });
}

/** The plans of a range of days, with the changes waiting to be sent (api/pending.ts). */
export function usePlans(desde: string, hasta: string) {
  const qc = useQueryClient();
  const select = usePendingSelect(plansAfter(qc, { desde, hasta }), [qc, desde, hasta]);
  return useQuery({
    queryKey: planKeys.range(desde, hasta),
    select,
    queryFn: () =>
      api<PlanExpanded[]>({ method: 'GET', path: withQuery('/api/planes', { desde, hasta }) }),
  });
}

/**
 * A wear changes garments' and outfits' `ultimo_uso` too. The change waits for the wears read
 * again (only those): until then it is still pending, so a wear logged offline stays shown
 * (api/pending.ts) instead of blinking out, and leaves as the server's copy arrives.
 */
function wearChanged(qc: QueryClient): Promise<void> {
  void qc.invalidateQueries({ queryKey: garmentKeys.all });
  void qc.invalidateQueries({ queryKey: outfitKeys.all });
  return qc.invalidateQueries({ queryKey: wearKeys.all });
}

const plansChanged = (qc: QueryClient) => qc.invalidateQueries({ queryKey: planKeys.all });

/**
 * The wear log's and the plans' changes, all offline-capable (see offline-queue.ts): a create
 * keeps one Idempotency-Key across every try and reload, so it logs once.
 */
export function wearMutationDefaults(qc: QueryClient): void {
  const wears = { onSuccess: () => wearChanged(qc) };
  const plans = { onSuccess: () => plansChanged(qc) };
  qc.setMutationDefaults(offlineKeys.logWear, {
    ...wears,
    mutationFn: ({ input, key }: Keyed<WearInput>) =>
      api<WearExpanded>({
        method: 'POST',
        path: '/api/usos',
        json: input,
        headers: { [IDEMPOTENCY_HEADER]: key },
      }),
  });
  qc.setMutationDefaults(offlineKeys.undoWear, {
    ...wears,
    mutationFn: (id: string) => api({ method: 'DELETE', path: `/api/usos/${id}` }),
  });
  qc.setMutationDefaults(offlineKeys.replaceWear, {
    ...wears,
    mutationFn: ({ id, outfit_id }: { id: string; outfit_id: string }) =>
      api<WearExpanded>({ method: 'PATCH', path: `/api/usos/${id}`, json: { outfit_id } }),
  });
  qc.setMutationDefaults(offlineKeys.createPlan, {
    ...plans,
    mutationFn: ({ input, key }: Keyed<PlanInput>) =>
      api<PlanExpanded>({
        method: 'POST',
        path: '/api/planes',
        json: input,
        headers: { [IDEMPOTENCY_HEADER]: key },
      }),
  });
  qc.setMutationDefaults(offlineKeys.movePlan, {
    ...plans,
    mutationFn: ({ id, fecha }: { id: string; fecha: string }) =>
      api<PlanExpanded>({ method: 'PATCH', path: `/api/planes/${id}`, json: { fecha } }),
  });
  qc.setMutationDefaults(offlineKeys.deletePlan, {
    ...plans,
    mutationFn: (id: string) => api({ method: 'DELETE', path: `/api/planes/${id}` }),
  });
  // "Mark as worn" on a plan: the server logs the wear on the plan's day.
  qc.setMutationDefaults(offlineKeys.planWorn, {
    ...wears,
    mutationFn: ({ input: id, key }: Keyed<string>) =>
      api<WearExpanded>({
        method: 'POST',
        path: `/api/planes/${id}/worn`,
        headers: { [IDEMPOTENCY_HEADER]: key },
      }),
  });
}

/** The calendar's changes go out in the order they were made. */
const calendar = { scope: { id: 'calendar' } };
const same = <T>(v: T) => v;

/** "I wore this": one Idempotency-Key per call, so a retry (or a resend after reload) logs once. */
export const useLogWear = () =>
  useOfflineMutation<WearExpanded, Keyed<WearInput>, WearInput>(
    offlineKeys.logWear,
    keyed,
    calendar,
  );

/** Undo a wear: its garments' `ultimo_uso` falls back to their previous wear. */
export const useUndoWear = () =>
  useOfflineMutation<unknown, string, string>(offlineKeys.undoWear, same, calendar);

/** "I wore this instead": another saved outfit for that day's wear. */
export const useReplaceWear = () =>
  useOfflineMutation<
    WearExpanded,
    { id: string; outfit_id: string },
    { id: string; outfit_id: string }
  >(offlineKeys.replaceWear, same, calendar);

export const useCreatePlan = () =>
  useOfflineMutation<PlanExpanded, Keyed<PlanInput>, PlanInput>(
    offlineKeys.createPlan,
    keyed,
    calendar,
  );

export const useMovePlan = () =>
  useOfflineMutation<PlanExpanded, { id: string; fecha: string }, { id: string; fecha: string }>(
    offlineKeys.movePlan,
    same,
    calendar,
  );

export const useDeletePlan = () =>
  useOfflineMutation<unknown, string, string>(offlineKeys.deletePlan, same, calendar);

/** "Mark as worn" on a plan. */
export const usePlanWorn = () =>
  useOfflineMutation<WearExpanded, Keyed<string>, string>(offlineKeys.planWorn, keyed, calendar);

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
