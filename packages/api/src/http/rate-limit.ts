/**
 * Fixed-window rate limiting, per user (per client address when anonymous), and of failed logins
 * per address. The counts live behind the RateLimitCounter port: in memory for one process, in a
 * Durable Object on the Worker (every isolate sees the same counts).
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { GetConnInfo } from 'hono/conninfo';
import type { AppEnv } from '../deps.ts';
import { ANONYMOUS_USER_ID, AuthError, type Authenticator } from '../ports/auth.ts';
import { authenticate } from './auth.ts';
import { errorJson } from './errors.ts';
import { MemoryRateLimitCounter, type RateLimitCounter } from '../ports/rate-limit.ts';

/** A fixed-window budget of `max` hits per `windowMs`, counted by a RateLimitCounter. */
export class FixedWindowLimiter {
  constructor(
    readonly max: number,
    readonly windowMs: number,
    private readonly counter: RateLimitCounter = new MemoryRateLimitCounter(),
  ) {}

  /** Counts one request; returns 0 when allowed, else the seconds until the window resets. */
  async hit(key: string): Promise<number> {
    const { count, resetMs } = await this.counter.hit(key, this.windowMs);
    return count <= this.max ? 0 : Math.max(1, Math.ceil(resetMs / 1000));
  }

  /** Seconds until `key` may be counted again (0 = not over its budget); counts nothing. */
  async retryAfter(key: string): Promise<number> {
    const { count, resetMs } = await this.counter.peek(key, this.windowMs);
    return count < this.max ? 0 : Math.max(1, Math.ceil(resetMs / 1000));
  }
}

/**
 * The client address: the runtime's (Hono's `getConnInfo` of the entry point: the socket on
 * Node, CF-Connecting-IP on Workers), or, behind `trustedHops` proxies of ours, the entry of
 * X-Forwarded-For that the outermost of them appended. Each proxy appends the address it saw, so
 * that entry is counted from the right; anything left of it is whatever the client sent.
 */
export function clientAddress(
  c: Context,
  trustedHops: number,
  connInfo: GetConnInfo | undefined,
): string {
  if (trustedHops > 0) {
    const entries = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean);
    const forwarded = entries[Math.max(0, entries.length - trustedHops)];
    if (forwarded) return forwarded;
  }
  try {
    return connInfo?.(c).remote.address ?? 'unknown';
  } catch {
    // Called outside its runtime (app.request() in tests has no socket).
    return 'unknown';
  }
}

/** Never limited: a load balancer's or a user's health probe must not be 429ed by others. */
const EXEMPT = new Set(['/api/health']);

/**
 * Image reads are cheap, cacheable and owner-scoped, and one screen of a large wardrobe shows
 * hundreds (photo and cut-out per card): counting them would break thumbnails while scrolling.
 */
const isImageRead = (c: Context) =>
  (c.req.method === 'GET' || c.req.method === 'HEAD') && c.req.path.startsWith('/api/images/');

export function rateLimit(
  limiter: FixedWindowLimiter,
  bucket: string,
  addressOf: (c: Context) => string,
): MiddlewareHandler<AppEnv> {
  if (limiter.max <= 0) return async (_c, next) => next();
  return async (c, next) => {
    if (EXEMPT.has(c.req.path) || isImageRead(c)) return next();
    const principal = c.get('principal');
    const who =
      principal && principal.userId !== ANONYMOUS_USER_ID
        ? `u:${principal.userId}`
        : `ip:${addressOf(c)}`;
    const retryAfter = await limiter.hit(`${bucket}|${who}`);
    if (retryAfter > 0) {
      c.header('Retry-After', String(retryAfter));
      return errorJson(c, 429, `too many requests: try again in ${retryAfter} s`, 'rate_limited');
    }
    await next();
  };
}

function tooMany(c: Context, retryAfter: number) {
  c.header('Retry-After', String(retryAfter));
  return errorJson(c, 429, `too many failed logins: try again in ${retryAfter} s`, 'rate_limited');
}

/**
 * Authentication with failed attempts (401) counted per client address: past `limiter.max` in a
 * window the address gets 429 before its token is even checked.
 */
export function authenticateLimited(
  authenticator: Authenticator,
  limiter: FixedWindowLimiter,
  addressOf: (c: Context) => string,
): MiddlewareHandler<AppEnv> {
  const auth = authenticate(authenticator);
  if (limiter.max <= 0) return auth;
  return async (c, next) => {
    const key = `auth-fail|ip:${addressOf(c)}`;
    const blocked = await limiter.retryAfter(key);
    if (blocked > 0) return tooMany(c, blocked);
    try {
      await auth(c, async () => {});
    } catch (err) {
      if (err instanceof AuthError) {
        const retryAfter = await limiter.hit(key);
        if (retryAfter > 0) return tooMany(c, retryAfter);
      }
      throw err;
    }
    await next();
  };
}
