/**
 * A concurrency limiter with a bounded wait queue and an optional budget of bytes in flight.
 * Past the bounds it refuses at once (ModelUnavailable, code `busy`, with a Retry-After hint)
 * instead of queueing without limit: under overload the service sheds load and keeps its
 * latency and memory bounded. The byte budget lets many small photos run together while only a
 * few camera-sized uploads are read and decoded at once; one request is always admitted when
 * nothing runs, whatever its size.
 */
import { ModelUnavailable } from './errors.ts';

interface Waiter {
  bytes: number;
  admit(): void;
}

export class Limiter {
  private active = 0;
  private activeBytes = 0;
  private readonly waiting: Waiter[] = [];

  constructor(
    readonly concurrency: number,
    readonly maxQueue: number,
    private readonly retryAfterSeconds = 1,
    /** Most bytes (the callers' estimates) admitted at once. */
    readonly maxBytes = Infinity,
  ) {
    if (concurrency < 1) throw new RangeError('concurrency must be ≥ 1');
  }

  get load(): { active: number; queued: number } {
    return { active: this.active, queued: this.waiting.length };
  }

  /** True when a new request would have to wait and the queue is full. */
  get full(): boolean {
    return this.active >= this.concurrency && this.waiting.length >= this.maxQueue;
  }

  /** Runs `work` once admitted; `bytes` is what it will hold in memory (e.g. its upload size). */
  async run<T>(work: () => Promise<T>, bytes = 0): Promise<T> {
    if (this.waiting.length === 0 && this.fits(bytes)) {
      this.take(bytes);
    } else {
      if (this.waiting.length >= this.maxQueue) {
        throw new ModelUnavailable(
          'the classifier is busy, retry shortly',
          this.retryAfterSeconds,
          'busy',
        );
      }
      await new Promise<void>((admit) => this.waiting.push({ bytes, admit }));
    }
    try {
      return await work();
    } finally {
      this.active--;
      this.activeBytes -= bytes;
      // Admit waiters in arrival order while they fit (no overtaking: big uploads do not starve).
      while (this.waiting.length > 0 && this.fits(this.waiting[0]!.bytes)) {
        const next = this.waiting.shift()!;
        this.take(next.bytes);
        next.admit();
      }
    }
  }

  private fits(bytes: number): boolean {
    if (this.active >= this.concurrency) return false;
    return this.active === 0 || this.activeBytes + bytes <= this.maxBytes;
  }

  private take(bytes: number): void {
    this.active++;
    this.activeBytes += bytes;
  }
}
