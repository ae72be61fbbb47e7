/**
 * What a screen shows is the data last synced with the waiting changes laid over it. One
 * mechanism for every offline change: a read hook whose data such changes touch folds the
 * variables of the waiting and in-flight offline mutations (from the mutation cache, in the order
 * they were made) over its query's data, in its `select`. It holds wherever the data came from:
 * a change read back after a reload carries its variables, so it shows before anything is
 * fetched, and a refetch answered from the service worker's last-synced copy cannot undo it (an
 * optimistic write to the cache would be lost to both). A change that is sent writes or refetches
 * the server's answer in its onSuccess, before it leaves the overlay; one that fails leaves it.
 */
import { useCallback } from 'react';
import { useMutationState } from '@tanstack/react-query';
import { OFFLINE } from './offline-queue.ts';

/** One waiting change: its kind (the offline key's second part) and its variables. */
export interface Pending {
  kind: string;
  vars: unknown;
}

/** How one waiting change shows on a query's data (the same data when it does not touch it). */
export type Overlay<T> = (data: T, change: Pending) => T;

/** The offline changes not yet through, oldest first (stable while none changes). */
export function usePendingChanges(): readonly Pending[] {
  return useMutationState({
    filters: { status: 'pending', predicate: (m) => m.options.mutationKey?.[0] === OFFLINE },
    select: (m) => ({ kind: String(m.options.mutationKey?.[1]), vars: m.state.variables }),
  });
}

/**
 * A query `select` laying the waiting changes over its data with `overlay`. `deps` are what the
 * overlay reads besides its arguments (an id): the select, and so the result, changes only when
 * they or the waiting changes do; with none waiting, the data is passed on as it is.
 */
export function usePendingSelect<T>(overlay: Overlay<T>, deps: readonly unknown[]): (data: T) => T {
  const pending = usePendingChanges();
  return useCallback((data: T) => pending.reduce(overlay, data), [pending, ...deps]);
}

/** The id a change waiting to be created shows under (no server id yet). */
export const PENDING_ID = 'pending:';
export const isPendingId = (id: string) => id.startsWith(PENDING_ID);
