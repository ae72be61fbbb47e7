/**
 * In-memory fixed-window rate limiting, per user (per client address when anonymous). Enough
 * for one Node process; each Worker isolate keeps its own counts, which only makes the limit
 * looser, never wrong.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../deps.ts';
import { ANONYMOUS_USER_ID } from '../ports/auth.ts';
import { errorJson } from './errors.ts';

interface Window {
  start: number;
  count: number;
}

export class FixedWindowLimiter {
  readonly #windows = new Map<string, Window>();

  constructor(
    readonly max: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request; returns 0 when allowed, else the seconds until the window resets. */
  hit(key: string): number {
    const now = this.now();
    let w = this.#windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      if (this.#windows.size >= 10_000) this.#sweep(now);
      w = { start: now, count: 0 };
      this.#windows.set(key, w);
    }
    w.count += 1;
    if (w.count <= this.max) return 0;
    return Math.max(1, Math.ceil((w.start + this.windowMs - now) / 1000));
  }

  #sweep(now: number): void {
    for (const [key, w] of this.#windows) {
      if (now - w.start >= this.windowMs) this.#windows.delete(key);
    }
  }
}

interface NodeEnv {
  incoming?: { socket?: { remoteAddress?: string } };
}

/** The client address: the socket's, or the proxy's word for it where the proxy is trusted. */
export function clientAddress(c: Context, trustProxy: boolean, edge: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  if (edge) return c.req.header('cf-connecting-ip') ?? 'unknown';
  return (c.env as NodeEnv | undefined)?.incoming?.socket?.remoteAddress ?? 'unknown';
}

export function rateLimit(
  limiter: FixedWindowLimiter,
  bucket: string,
  addressOf: (c: Context) => string,
): MiddlewareHandler<AppEnv> {
  if (limiter.max <= 0) return async (_c, next) => next();
  return async (c, next) => {
    const principal = c.get('principal');
    const who =
      principal && principal.userId !== ANONYMOUS_USER_ID
        ? `u:${principal.userId}`
        : `ip:${addressOf(c)}`;
    const retryAfter = limiter.hit(`${bucket}|${who}`);
    if (retryAfter > 0) {
      c.header('Retry-After', String(retryAfter));
      return errorJson(c, 429, `too many requests: try again in ${retryAfter} s`, 'rate_limited');
    }
    await next();
  };
}
