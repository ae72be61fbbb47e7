/** Trips (/api/viajes): list, one trip, create, plan, check-off, swap, delete. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Trip, TripCreate, TripExpanded, TripPlanRequest, TripSwap } from '@fashion/core';
import { IDEMPOTENCY_HEADER, newIdempotencyKey } from '../lib/idempotency.ts';
import { api } from './client.ts';

export const tripKeys = {
  all: ['viajes'] as const,
  one: (id: string) => ['viajes', id] as const,
};

export function useTrips() {
  return useQuery({
    queryKey: tripKeys.all,
    queryFn: () => api<Trip[]>({ method: 'GET', path: '/api/viajes' }),
  });
}

export function useTrip(id: string) {
  return useQuery({
    queryKey: tripKeys.one(id),
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

/** Ticks show at once (optimistic); a failed write puts the stored state back. */
export function useCheckItem(id: string) {
  const qc = useQueryClient();
  const mutationKey = ['trips', id, 'check'];
  return useMutation({
    mutationKey,
    mutationFn: (input: { prenda_id: string; marcado: boolean }) =>
      api<TripExpanded>({ method: 'PATCH', path: `/api/viajes/${id}/lista`, json: input }),
    onMutate: ({ prenda_id, marcado }) => {
      qc.setQueryData<TripExpanded>(tripKeys.one(id), (trip) =>
        trip
          ? {
              ...trip,
              marcados: marcado
                ? [...new Set([...trip.marcados, prenda_id])]
                : trip.marcados.filter((g) => g !== prenda_id),
            }
          : trip,
      );
    },
    // Two quick checks: the first answer lacks the second item, so only the last answer is kept
    // (this one still counts as mutating while its onSuccess runs).
    onSuccess: (trip) => {
      if (qc.isMutating({ mutationKey }) <= 1) qc.setQueryData(tripKeys.one(id), trip);
    },
    onError: () => void qc.invalidateQueries({ queryKey: tripKeys.one(id) }),
    onSettled: () => void qc.invalidateQueries({ queryKey: tripKeys.all, exact: true }),
  });
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

export function useDeleteTrip() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api({ method: 'DELETE', path: `/api/viajes/${id}` }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: tripKeys.all }),
  });
}
