/**
 * One cut-out at a time per process: segmentation is CPU-heavy (about 300 ms of a core per
 * photo), so a burst of uploads queues here instead of competing with the requests. Jobs are
 * keyed by garment: a garment already waiting is not queued twice. Urgent jobs (a touch-up the
 * person waits for) go to the front.
 */
export class SerialQueue {
  readonly #waiting: { key: string; run: () => Promise<void> }[] = [];
  readonly #keys = new Set<string>();
  #running: Promise<void> | null = null;
  #idle: (() => void)[] = [];

  constructor(private readonly maxWaiting: number) {}

  /** Queues `task` unless `key` already waits (or the queue is full); whether it was queued. */
  enqueue(key: string, task: () => Promise<void>): boolean {
    if (this.#keys.has(key) || this.#waiting.length >= this.maxWaiting) return false;
    this.#keys.add(key);
    this.#waiting.push({ key, run: task });
    this.#pump();
    return true;
  }

  /** Runs `task` next (after the job now running) and answers its result. */
  urgent<T>(task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#waiting.unshift({ key: '', run: () => task().then(resolve, reject) });
      this.#pump();
    });
  }

  /** Resolves once nothing runs or waits (a Worker request keeps its isolate alive until then). */
  drained(): Promise<void> {
    if (!this.#running && this.#waiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
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
