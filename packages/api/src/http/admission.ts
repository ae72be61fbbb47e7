/**
 * Admission control for the heavy routes (uploads, classification): at most `maxInFlight` run at
 * once, at most `maxQueued` wait for a slot, and the rest are answered 503 `busy` with
 * Retry-After at once, their body dropped unread. A waiting request's body stays in the socket
 * (TCP pushes back), so memory grows with the running requests only: each holds a body of up to
 * the upload limit and a decoded image, so `maxInFlight` is what bounds the process's RSS.
 *
 * A waiter is woken one of two ways. In Node the releasing request hands its slot straight to the
 * first waiter. A Worker may not: workerd cancels a request whose promise only another request
 * can resolve ("the Worker's code had hung"), so there each waiter checks for a free slot itself,
 * on its own timer (`poll`).
 */
import type { MiddlewareHandler } from 'hono';
import { HttpError } from './errors.ts';

export interface AdmissionOptions {
  /** Heavy requests that read bodies and decode at the same time. */
  maxInFlight: number;
  /** Heavy requests waiting for a slot; beyond this, 503 busy. */
  maxQueued: number;
  /** Retry-After of the 503, in seconds. */
  retryAfterSeconds: number;
  /** Waiters look for a free slot every `poll` ms instead of being handed one (the edge). */
  poll?: number;
}

export class Admission {
  #running = 0;
  readonly #waiting: (() => void)[] = [];
  #polling = 0;

  constructor(readonly options: AdmissionOptions) {}

  get running(): number {
    return this.#running;
  }

  get queued(): number {
    return this.#waiting.length + this.#polling;
  }

  /** Resolves with a release function once a slot is free; null when even the queue is full. */
  enter(): Promise<() => void> | null {
    const { maxInFlight, maxQueued, poll } = this.options;
    if (this.#running < maxInFlight && this.#polling === 0) {
      this.#running += 1;
      return Promise.resolve(this.#releaser());
    }
    if (this.queued >= maxQueued) return null;
    if (poll) return this.#pollForSlot(poll);
    return new Promise((resolve) => {
      // The slot passes straight to the waiter: #running stays as it is.
      this.#waiting.push(() => resolve(this.#releaser()));
    });
  }

  #pollForSlot(everyMs: number): Promise<() => void> {
    this.#polling += 1;
    return new Promise((resolve) => {
      const check = () => {
        if (this.#running >= this.options.maxInFlight) return void setTimeout(check, everyMs);
        this.#polling -= 1;
        this.#running += 1;
        resolve(this.#releaser());
      };
      setTimeout(check, everyMs);
    });
  }

  #releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#waiting.shift();
      if (next) next();
      else this.#running -= 1;
    };
  }
}

/**
 * Reads and drops a refused request's body (up to `maxBytes`): HTTP clients (browsers, fetch)
 * report a network error instead of the 503 when the server closes the socket while they are
 * still sending. Chunks are dropped as they come, so this costs time on the wire, not memory.
 */
async function discardBody(request: Request, maxBytes: number): Promise<void> {
  if (!request.body) return;
  const reader = request.body.getReader();
  let read = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      read += value.byteLength;
      if (read > maxBytes) {
        await reader.cancel();
        return;
      }
    }
  } catch {
    // the client went away: nothing to answer
  }
}

/** `maxBodyBytes`: the largest body a heavy route accepts (what a refusal reads and drops). */
export function admit(admission: Admission, maxBodyBytes: number): MiddlewareHandler {
  return async (c, next) => {
    const entered = admission.enter();
    if (!entered) {
      await discardBody(c.req.raw, maxBodyBytes);
      const after = admission.options.retryAfterSeconds;
      throw new HttpError(
        503,
        `busy: too many uploads and classifications in progress, try again in ${after} s`,
        { 'Retry-After': String(after) },
        undefined,
        'busy',
      );
    }
    const release = await entered;
    try {
      await next();
    } finally {
      release();
    }
  };
}
