/**
 * Which queue a cut-out job joins. A Node process has one queue for its lifetime: one cut-out at
 * a time, whatever the request. A Worker isolate must not: workerd forbids a request to resolve
 * I/O started by another, and the isolate may stop once the answer is sent. So on the edge each
 * request gets its own small queue, created on its first job and kept alive with that request's
 * `executionCtx.waitUntil` (the request's context comes from Hono's contextStorage middleware,
 * which the app installs in edge mode; workerd needs the `nodejs_als` flag for it).
 */
import { getContext } from 'hono/context-storage';
import type { AppEnv, AppOptions } from '../../deps.ts';
import { SerialQueue } from './queue.ts';

/** Node: garments waiting beyond this are left for a later list (memory stays bounded). */
const MAX_WAITING = 10_000;
/** Edge: a request's waitUntil has about 30 s after the answer; the rest wait for a later list. */
const MAX_WAITING_PER_REQUEST = 8;

export interface CutoutQueues {
  /** The queue a job made now joins. */
  current(): SerialQueue;
  /** Node: drops waiting jobs and waits for the running one (before the store closes). */
  stop(): Promise<void>;
}

export function cutoutQueues(mode: AppOptions['mode']): CutoutQueues {
  if (mode !== 'edge') {
    const shared = new SerialQueue(MAX_WAITING);
    return { current: () => shared, stop: () => shared.stop() };
  }
  // A Worker's isolate has no shutdown; each request's waitUntil keeps its own queue alive.
  const current = () => {
    const c = getContext<AppEnv>();
    let queue = c.get('cutoutQueue');
    if (!queue) {
      queue = new SerialQueue(MAX_WAITING_PER_REQUEST);
      c.set('cutoutQueue', queue);
      const ownQueue = queue;
      // Resolves once this request's jobs are done (jobs enqueued later in it join the same queue).
      c.executionCtx.waitUntil(Promise.resolve().then(() => ownQueue.drained()));
    }
    return queue;
  };
  return { current, stop: () => Promise.resolve() };
}
