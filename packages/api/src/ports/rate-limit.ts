/**
 * Where rate-limit counts live. One process keeps them in memory (the embedded app); scaled
 * deployments (several Node instances, a Worker's many isolates) need counts every instance
 * sees, or the limit multiplies with the scale: a Durable Object on the Worker.
 */
export interface WindowCount {
  /** Hits in the current fixed window, this one included. */
  count: number;
  /** Milliseconds until the window resets. */
  resetMs: number;
}

export interface RateLimitCounter {
  /** Counts one hit of `key` in its current fixed window of `windowMs`. */
  hit(key: string, windowMs: number): Promise<WindowCount>;
  /** The current window of `key` without counting (count 0 when none). */
  peek(key: string, windowMs: number): Promise<WindowCount>;
}

/** Counts in this process's memory: exact for one process. */
export class MemoryRateLimitCounter implements RateLimitCounter {
  readonly #windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  async hit(key: string, windowMs: number): Promise<WindowCount> {
    const now = this.now();
    let w = this.#windows.get(key);
    if (!w || now - w.start >= windowMs) {
      if (this.#windows.size >= 10_000) this.#sweep(now, windowMs);
      w = { start: now, count: 0 };
      this.#windows.set(key, w);
    }
    w.count += 1;
    return { count: w.count, resetMs: w.start + windowMs - now };
  }

  async peek(key: string, windowMs: number): Promise<WindowCount> {
    const now = this.now();
    const w = this.#windows.get(key);
    if (!w || now - w.start >= windowMs) return { count: 0, resetMs: windowMs };
    return { count: w.count, resetMs: w.start + windowMs - now };
  }

  #sweep(now: number, windowMs: number): void {
    for (const [key, w] of this.#windows) {
      if (now - w.start >= windowMs) this.#windows.delete(key);
    }
  }
}
