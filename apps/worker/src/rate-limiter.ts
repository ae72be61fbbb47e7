/**
 * Rate-limit counts shared by every isolate of the Worker: one Durable Object per counted key
 * (a user or a client address), so each key's window lives in exactly one place. Without it each
 * isolate counted apart and the limit multiplied with the traffic. The object keeps its windows
 * in memory: if the platform evicts it, the window restarts (the limit loosens, never wrongly
 * refuses).
 */
import { DurableObject } from 'cloudflare:workers';
import { MemoryRateLimitCounter, type RateLimitCounter, type WindowCount } from '@fashion/api';

export class RateLimiter extends DurableObject {
  readonly #counter = new MemoryRateLimitCounter();

  async hit(key: string, windowMs: number): Promise<WindowCount> {
    return this.#counter.hit(key, windowMs);
  }

  async peek(key: string, windowMs: number): Promise<WindowCount> {
    return this.#counter.peek(key, windowMs);
  }
}

/** The RateLimitCounter port over the RATE_LIMITER Durable Object namespace. */
export class DurableObjectRateLimitCounter implements RateLimitCounter {
  constructor(private readonly namespace: DurableObjectNamespace<RateLimiter>) {}

  #stub(key: string) {
    return this.namespace.get(this.namespace.idFromName(key));
  }

  hit(key: string, windowMs: number): Promise<WindowCount> {
    return this.#stub(key).hit(key, windowMs);
  }

  peek(key: string, windowMs: number): Promise<WindowCount> {
    return this.#stub(key).peek(key, windowMs);
  }
}
