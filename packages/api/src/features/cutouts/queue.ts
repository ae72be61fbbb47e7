/**
 * One cut-out at a time per process: segmentation is CPU-heavy (about 300 ms of a core per
 * photo), so a burst of uploads queues here instead of competing with the requests. Jobs are
 * keyed by garment: a garment already waiting is not queued twice. Urgent jobs (a touch-up the
 * person waits for) go to the front.
 */
export class SerialQueue {
  readonly #waiting: { key: string; run: () => Promise<void>; cancel?: () => void }[] = [];
  readonly #keys = new Set<string>();
  #running: Promise<void> | null = null;
  #idle: (() => void)[] = [];
  #stopped = false;

  constructor(private readonly maxWaiting: number) {}

  /** Queues `task` unless `key` already waits (or the queue is full); whether it was queued. */
  enqueue(key: string, task: () => Promise<void>): boolean {
    if (this.#stopped || this.#keys.has(key) || this.#waiting.length >= this.maxWaiting) {
      return false;
    }
    this.#keys.add(key);
    this.#waiting.push({ key, run: task });
    this.#pump();
    return true;
  }

  /** Whether a job for `key` waits its turn. */
  waits(key: string): boolean {
    return this.#keys.has(key);
  }

  /** Runs `task` next (after the job now running) and answers its result. */
  urgent<T>(task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.#stopped) {
        reject(new Error('the cut-out queue has stopped (the server is shutting down)'));
        return;
      }
      this.#waiting.unshift({
        key: '',
        run: () => task().then(resolve, reject),
        cancel: () =>
          reject(new Error('the cut-out queue has stopped (the server is shutting down)')),
      });
      this.#pump();
    });
  }

  /** Resolves once nothing runs or waits (a Worker request keeps its isolate alive until then). */
  drained(): Promise<void> {
    if (!this.#running && this.#waiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  /**
   * Drops the waiting jobs (a garment without a cut-out gets it on a later list) and resolves
   * once the running one is done: the process may then close what the jobs use (the store).
   */
  stop(): Promise<void> {
    this.#stopped = true;
    for (const job of this.#waiting.splice(0)) job.cancel?.();
    this.#keys.clear();
    return this.drained();
  }

  #pump(): void {
    if (this.#running) return;
    const next = this.#waiting.shift();
    if (!next) {
      const idle = this.#idle;
      this.#idle = [];
      for (const resolve of idle) resolve();
      return;
    }
    if (next.key) this.#keys.delete(next.key);
    // A job's own failure is handled inside it; this only keeps the queue going.
    this.#running = next
      .run()
      .catch(() => undefined)
      .finally(() => {
        this.#running = null;
        this.#pump();
      });
  }
}
