/**
 * `Idempotency-Key` on creating POSTs: a repeat of a request answers what the first one answered
 * (same status and body, header `Idempotent-Replayed: true`), also after a lost response, a
 * restart or on another instance, because the keys live in the store (per user, for a day).
 *
 * - The same key with a different request (method, path or body) → 422 `conflict`.
 * - The same key while the first request still runs → this request waits for it (a double
 *   click then gets the one answer twice); after `waitMs` it answers 409
 *   `idempotency_in_flight` with Retry-After.
 * - Only successes (2xx) are kept. A failed first attempt releases the key, so a retry with it
 *   runs again: 5xx are often transient, and replaying a 4xx would only repeat what the same
 *   request would be told anyway.
 * - A claim whose request died (crash, kill) is taken over after `lockMs`.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../deps.ts';
import { userIdOf } from '../../http/auth.ts';
import { limitBody } from '../../http/body.ts';
import type { IdempotencyStore } from '../../ports/idempotency.ts';
import { requestFingerprint } from './fingerprint.ts';

export interface IdempotencyOptions {
  /** Largest body read to fingerprint the request (the route's own limit). */
  maxBodyBytes: number;
  ttlMs: number;
  lockMs: number;
  waitMs: number;
  pollMs: number;
  logError: (message: string, err: unknown) => void;
}

export const IDEMPOTENCY_DEFAULTS: Omit<IdempotencyOptions, 'maxBodyBytes' | 'logError'> = {
  ttlMs: 24 * 60 * 60 * 1000,
  lockMs: 2 * 60 * 1000,
  waitMs: 15_000,
  pollMs: 100,
};

const KEY = /^[\x21-\x7e]{1,255}$/;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function idempotency(
  store: IdempotencyStore,
  options: Partial<IdempotencyOptions> & Pick<IdempotencyOptions, 'maxBodyBytes' | 'logError'>,
): MiddlewareHandler<AppEnv> {
  const o = { ...IDEMPOTENCY_DEFAULTS, ...options };
  const limit = limitBody(o.maxBodyBytes);

  return async (c, next) => {
    const key = c.req.header('idempotency-key');
    if (key === undefined) return next();
    if (!KEY.test(key)) {
      return c.json(
        { error: 'Idempotency-Key: 1 to 255 visible ASCII characters', code: 'bad_request' },
        400,
      );
    }
    // The body is read once here (within the size limit) and cached for the route.
    let response: Response | undefined;
    await limit(c, async () => {
      const userId = userIdOf(c);
      const body = new Uint8Array(await c.req.arrayBuffer());
      const fingerprint = await requestFingerprint(
        c.req.method,
        c.req.path,
        c.req.header('content-type') ?? '',
        body,
      );
      const deadline = Date.now() + o.waitMs;
      for (;;) {
        const now = Date.now();
        const held = await store.claim(userId, key, {
          fingerprint,
          now: new Date(now).toISOString(),
          lockedUntil: new Date(now + o.lockMs).toISOString(),
          expiresAt: new Date(now + o.ttlMs).toISOString(),
        });
        if (held === null) break;
        if (held.fingerprint !== fingerprint) {
          response = c.json(
            {
              error: 'Idempotency-Key was already used with a different request',
              code: 'conflict',
            },
            422,
          );
          return;
        }
        if (held.status !== undefined) {
          response = new Response(held.body ?? null, {
            status: held.status,
            headers: { 'content-type': 'application/json', 'idempotent-replayed': 'true' },
          });
          return;
        }
        if (Date.now() >= deadline) {
          c.header('Retry-After', '1');
          response = c.json(
            {
              error: 'a request with this Idempotency-Key is still running: retry shortly',
              code: 'idempotency_in_flight',
            },
            409,
          );
          return;
        }
        await sleep(o.pollMs);
      }

      await next();
      const res = c.res;
      // The request's own answer stands even if its record cannot be written: the created thing
      // exists, and the unfinished claim is taken over after lockMs.
      try {
        if (res.status >= 200 && res.status < 300) {
          const body = await res.clone().text();
          await store.complete(userId, key, fingerprint, { status: res.status, body });
        } else {
          await store.release(userId, key, fingerprint);
        }
      } catch (err) {
        o.logError('could not record an Idempotency-Key answer', err);
      }
    });
    return response;
  };
}
