/** Trips (/api/viajes): list, one trip, create, plan, check-off, swap, delete. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { Trip, TripCreate, TripExpanded, TripPlanRequest, TripSwap } from '@fashion/core';
import { IDEMPOTENCY_HEADER, newIdempotencyKey } from '../lib/idempotency.ts';
import { api } from './client.ts';
import { offlineKeys, useOfflineMutation } from './offline-queue.ts';
import { usePendingSelect } from './pending.ts';
import type { Pending } from './pending.ts';

export const tripKeys = {
  all: ['viajes'] as const,
  one: (id: string) => ['viajes', id] as const,
};

/** A trip deleted offline leaves the list at once (api/pending.ts). */
const tripsAfter = (list: Trip[], c: Pending) =>
  c.kind === offlineKeys.deleteTrip[1] ? list.filter((t) => t._id !== c.vars) : list;

export function useTrips() {
  const select = usePendingSelect(tripsAfter, []);
  return useQuery({
    queryKey: tripKeys.all,
    select,
    queryFn: () => api<Trip[]>({ method: 'GET', path: '/api/viajes' }),
  });
}

type Check = { tripId: string; prenda_id: string; marcado: boolean };
const checkKey = (tripId: string) => [...offlineKeys.checkItem, tripId];

/** A trip once a waiting packing-list tick is through (api/pending.ts). */
function tripAfter(trip: TripExpanded, c: Pending): TripExpanded {
  if (c.kind !== offlineKeys.checkItem[1]) return trip;
  const { tripId, prenda_id, marcado } = c.vars as Check;
  if (tripId !== trip._id || trip.marcados.includes(prenda_id) === marcado) return trip;
  return {
    ...trip,
    marcados: marcado
      ? [...trip.marcados, prenda_id]
      : trip.marcados.filter((g) => g !== prenda_id),
  };
}

/** One trip, its packing-list ticks waiting to be sent included. */
export function useTrip(id: string) {
  const select = usePendingSelect(tripAfter, []);
  return useQuery({
    queryKey: tripKeys.one(id),
    select,
    queryFn: () => api<TripExpanded>({ method: 'GET', path: `/api/viajes/${id}` }),
  });
}

/** Every change answers the whole trip: it replaces the cached one, and the list refreshes. */
function useTripChange<I>(request: (input: I) => Promise<TripExpanded>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (trip) => {
      qc.setQueryData(tripKeys.one(trip._id), trip);
      void qc.invalidateQueries({ queryKey: tripKeys.all, exact: true });
    },
  });
}

export function useCreateTrip() {
  return useTripChange((input: Omit<TripCreate, 'lavanderia'> & { lavanderia: boolean }) =>
    api<TripExpanded>({
      method: 'POST',
      path: '/api/viajes',
      json: input,
      headers: { [IDEMPOTENCY_HEADER]: newIdempotencyKey() },
    }),
  );
}

export function usePlanTrip(id: string) {
  return useTripChange((input: TripPlanRequest) =>
    api<TripExpanded>({
      method: 'POST',
      path: `/api/viajes/${id}/planificar`,
      json: input,
      headers: { [IDEMPOTENCY_HEADER]: newIdempotencyKey() },
    }),
  );
}

/**
 * A packing-list tick, offline-capable (see offline-queue.ts). Ticks show at once (useTrip lays
 * the waiting ones over the trip); a failed one drops out, and the stored state is read again.
 */
export function tripMutationDefaults(qc: QueryClient): void {
  qc.setMutationDefaults(offlineKeys.checkItem, {
    mutationFn: ({ tripId, prenda_id, marcado }: Check) =>
      api<TripExpanded>({
        method: 'PATCH',
        path: `/api/viajes/${tripId}/lista`,
        json: { prenda_id, marcado },
      }),
    // Two quick checks: the first answer lacks the second item, so only the last answer is kept
    // (this one still counts as mutating while its onSuccess runs).
    onSuccess: (trip: TripExpanded, { tripId }: Check) => {
      if (qc.isMutating({ mutationKey: checkKey(tripId) }) <= 1)
        qc.setQueryData(tripKeys.one(tripId), trip);
    },
    onError: (_e: Error, { tripId }: Check) =>
      void qc.invalidateQueries({ queryKey: tripKeys.one(tripId) }),
    onSettled: () => void qc.invalidateQueries({ queryKey: tripKeys.all, exact: true }),
  });
  // Deleting a trip needs no answer to go on: it waits offline like a tick.
  qc.setMutationDefaults(offlineKeys.deleteTrip, {
    mutationFn: (id: string) => api({ method: 'DELETE', path: `/api/viajes/${id}` }),
    onSuccess: (_r: unknown, id: string) => {
      qc.removeQueries({ queryKey: tripKeys.one(id) });
      void qc.invalidateQueries({ queryKey: tripKeys.all });
    },
  });
}

export function useCheckItem(id: string) {
  return useOfflineMutation<TripExpanded, Check, { prenda_id: string; marcado: boolean }>(
    checkKey(id),
    (input) => ({ tripId: id, ...input }),
    { scope: { id: `trip:${id}` } },
  );
}

export function useSwapPiece(id: string) {
  return useTripChange((input: TripSwap) =>
    api<TripExpanded>({
      method: 'POST',
      path: `/api/viajes/${id}/cambiar`,
      json: input,
      headers: { [IDEMPOTENCY_HEADER]: newIdempotencyKey() },
    }),
  );
}

export const useDeleteTrip = () =>
  useOfflineMutation<unknown, string, string>(offlineKeys.deleteTrip, (id) => id);
