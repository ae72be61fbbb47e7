/**
 * Changes made offline survive a reload. The changes a person can make without the network (edit,
 * favourite, archive or delete a garment, its laundry state, save, rename or delete an outfit,
 * "I wore this", a plan, a packing-list tick, deleting a trip) are
 * keyed mutations whose function is registered on the QueryClient (setMutationDefaults), and
 * whose variables hold all they need, the Idempotency-Key of a create included. The waiting and
 * in-flight ones are kept in localStorage under the signed-in person's id, read back at start and
 * sent again when the network is there: a create sent twice (the tab reloaded mid-send) carries
 * the same key and lands once. Until sent, they show on screen (api/pending.ts). What needs the
 * server's answer to go on (a photo's upload and recognition, a trip's plan, suggestions,
 * categories) is not among them: offline it fails at once and says it needs the network.
 */
import { dehydrate, hydrate, onlineManager, useMutation } from '@tanstack/react-query';
import type {
  DehydratedState,
  MutateOptions,
  Mutation,
  MutationKey,
  QueryClient,
  UseMutationOptions,
  UseMutationResult,
} from '@tanstack/react-query';
import { newIdempotencyKey } from '../lib/idempotency.ts';
import { ApiError } from './client.ts';

/** Every offline-capable mutation key starts with this; their defaults are in api/*.ts. */
export const OFFLINE = 'offline';

export const offlineKeys = {
  updateGarment: [OFFLINE, 'garment-update'],
  setOcasion: [OFFLINE, 'garment-ocasion'],
  archiveGarment: [OFFLINE, 'garment-archive'],
  deleteGarment: [OFFLINE, 'garment-delete'],
  saveOutfit: [OFFLINE, 'outfit-save'],
  renameOutfit: [OFFLINE, 'outfit-rename'],
  deleteOutfit: [OFFLINE, 'outfit-delete'],
  logWear: [OFFLINE, 'wear-log'],
  undoWear: [OFFLINE, 'wear-undo'],
  replaceWear: [OFFLINE, 'wear-replace'],
  createPlan: [OFFLINE, 'plan-create'],
  movePlan: [OFFLINE, 'plan-move'],
  deletePlan: [OFFLINE, 'plan-delete'],
  planWorn: [OFFLINE, 'plan-worn'],
  checkItem: [OFFLINE, 'trip-check'],
  deleteTrip: [OFFLINE, 'trip-delete'],
} as const satisfies Record<string, MutationKey>;

/** A failure that may pass on a later try: no network, or a server busy or down for a while. */
const mayPassLater = (err: unknown) =>
  err instanceof ApiError && (err.status === 0 || err.status === 429 || err.status === 503);

/**
 * Offline changes never give up on the network. The browser may say it is online a moment after
 * it lost the network (or before it has it back): a send that fails then is tried again, paused
 * for as long as the browser is offline, with the same variables (and so the same key). A 4xx
 * answer is final: the change fails, visibly, as any other.
 */
export function offlineMutationDefaults(qc: QueryClient): void {
  qc.setMutationDefaults([OFFLINE], {
    // Offline they wait (every other change is tried at once, and fails: see providers.tsx).
    networkMode: 'online',
    retry: (_count, err) => mayPassLater(err),
    retryDelay: (count, err) =>
      err instanceof ApiError && err.retryAfterS !== undefined
        ? err.retryAfterS * 1000
        : Math.min(500 * 2 ** count, 30_000),
  });
}

/**
 * Whether a change made now waits in the queue: the screen then goes on as if it were done
 * (closes the dialog, leaves the deleted garment's page) instead of waiting for the answer.
 */
export const waitsOffline = (): boolean => !onlineManager.isOnline();

/** A create's variables: what is sent, and the Idempotency-Key it keeps across every try. */
export interface Keyed<T> {
  input: T;
  key: string;
}
export const keyed = <T>(input: T): Keyed<T> => ({ input, key: newIdempotencyKey() });

type Result<TData, TInput> = Omit<
  UseMutationResult<TData, Error, unknown>,
  'mutate' | 'mutateAsync' | 'variables'
> & {
  mutate: (input: TInput, options?: MutateOptions<TData, Error, TInput>) => void;
  mutateAsync: (input: TInput, options?: MutateOptions<TData, Error, TInput>) => Promise<TData>;
};

function forInput<TData, TVars, TInput>(
  input: TInput,
  o: MutateOptions<TData, Error, TInput> | undefined,
): MutateOptions<TData, Error, TVars> | undefined {
  if (!o) return undefined;
  const { onSuccess, onError, onSettled } = o;
  return {
    ...(onSuccess ? { onSuccess: (d, _v, r, c) => onSuccess(d, input, r, c) } : {}),
    ...(onError ? { onError: (e, _v, r, c) => onError(e, input, r, c) } : {}),
    ...(onSettled ? { onSettled: (d, e, _v, r, c) => onSettled(d, e, input, r, c) } : {}),
  };
}

/**
 * A keyed mutation whose function comes from the QueryClient's defaults (so a mutation read back
 * after a reload has it too). `toVars` turns what the screen passes into self-contained variables.
 */
export function useOfflineMutation<TData, TVars, TInput>(
  mutationKey: MutationKey,
  toVars: (input: TInput) => TVars,
  options: Omit<UseMutationOptions<TData, Error, TVars>, 'mutationKey' | 'mutationFn'> = {},
): Result<TData, TInput> {
  const m = useMutation<TData, Error, TVars>({ mutationKey, ...options });
  const { mutate, mutateAsync, variables: _variables, ...rest } = m;
  return {
    ...rest,
    mutate: (input, o) => mutate(toVars(input), forInput(input, o)),
    mutateAsync: (input, o) => mutateAsync(toVars(input), forInput(input, o)),
  };
}

const PREFIX = 'fashion.offline-queue:';
const VERSION = 1;

interface Stored {
  v: number;
  mutations: DehydratedState['mutations'];
}

const isOffline = (m: Mutation) =>
  m.options.mutationKey?.[0] === OFFLINE && m.state.status === 'pending';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage blocked: changes still wait in memory
  }
}

const restored = new WeakMap<QueryClient, Set<string>>();
let forgotten = false;

/** Reads `owner`'s waiting changes back into `client` (once per client and owner). */
export function restoreQueue(client: QueryClient, owner: string): number {
  const done = restored.get(client) ?? new Set<string>();
  restored.set(client, done);
  if (done.has(owner)) return 0;
  done.add(owner);
  const raw = storage()?.getItem(PREFIX + owner);
  if (!raw) return 0;
  try {
    const stored = JSON.parse(raw) as Stored;
    if (stored.v !== VERSION || !Array.isArray(stored.mutations)) throw new Error('old queue');
    hydrate(client, { queries: [], mutations: stored.mutations });
    return stored.mutations.length;
  } catch {
    storage()?.removeItem(PREFIX + owner);
    return 0;
  }
}

/**
 * Keeps `owner`'s waiting and in-flight offline changes in localStorage from now on, on every
 * change of the mutation cache (synchronously: a reload right after a tap keeps it). An in-flight
 * one is kept as waiting: read back after a reload, it is sent again with the same variables.
 */
export function persistQueue(client: QueryClient, owner: string): () => void {
  // A tab going away cancels its requests: what was in flight then stays kept, to be sent again.
  let leaving = false;
  const write = () => {
    const s = storage();
    if (!s || forgotten || leaving) return;
    const { mutations } = dehydrate(client, {
      shouldDehydrateQuery: () => false,
      shouldDehydrateMutation: isOffline,
    });
    if (mutations.length === 0) return s.removeItem(PREFIX + owner);
    const waiting = mutations.map((m) => ({ ...m, state: { ...m.state, isPaused: true } }));
    try {
      s.setItem(
        PREFIX + owner,
        JSON.stringify({ v: VERSION, mutations: waiting } satisfies Stored),
      );
    } catch {
      /* storage full: the changes still wait in memory */
    }
  };
  const hide = () => (leaving = true);
  const show = (e: PageTransitionEvent) => {
    leaving = false;
    if (e.persisted) write();
  };
  window.addEventListener('pagehide', hide);
  window.addEventListener('pageshow', show);
  write();
  const stop = client.getMutationCache().subscribe(write);
  return () => {
    stop();
    window.removeEventListener('pagehide', hide);
    window.removeEventListener('pageshow', show);
  };
}

/**
 * At start, for `owner`: their waiting changes read back, kept from now on, and sent at once when
 * online (offline, they go when the network is back, as any paused change). Returns the stop.
 */
export function startQueue(client: QueryClient, owner: string): () => void {
  restoreQueue(client, owner);
  const stop = persistQueue(client, owner);
  if (onlineManager.isOnline()) void client.resumePausedMutations();
  return stop;
}

/** Sign-out: every kept queue is dropped, and nothing of this person's is sent or kept again. */
export function forgetQueues(client: QueryClient): void {
  forgotten = true;
  client.getMutationCache().clear();
  const s = storage();
  if (!s) return;
  for (const k of Object.keys(s)) if (k.startsWith(PREFIX)) s.removeItem(k);
}

/** Tests only: forget which clients were restored and allow persisting again. */
export function resetQueueState(): void {
  forgotten = false;
}
