/**
 * A concurrency limiter with a bounded wait queue. Past the bound it refuses at once
 * (ModelUnavailable with a Retry-After hint) instead of queueing without limit: under overload
 * the service sheds load and keeps its latency and memory bounded.
 */
import { ModelUnavailable } from './errors.ts';

export class Limiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly concurrency: number,
    readonly maxQueue: number,
    private readonly retryAfterSeconds = 1,
  ) {
    if (concurrency < 1) throw new RangeError('concurrency must be ≥ 1');
  }

  get load(): { active: number; queued: number } {
    return { active: this.active, queued: this.waiting.length };
  }

  /** True when a new request would be refused. */
  get full(): boolean {
    return this.active >= this.concurrency && this.waiting.length >= this.maxQueue;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.concurrency) {
      if (this.waiting.length >= this.maxQueue) {
        throw new ModelUnavailable(
          'the classifier is busy, retry shortly',
          this.retryAfterSeconds,
          'busy',
        );
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.active++;
    }
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      // Hand the slot straight to the next waiter (active stays the same), else free it.
      if (next) next();
      else this.active--;
    }
  }
}
