/**
 * One access-log line per request, and a request id that ties it to what the client saw: the id
 * is echoed in `X-Request-Id` (and in 5xx bodies), so a user's report can be found in the log.
 * The line holds no bodies, no query strings and no headers (tokens never reach the log).
 */
import type { MiddlewareHandler } from 'hono';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/** An id a proxy or client already gave the request is kept if it is short and plain. */
const INCOMING_ID = /^[A-Za-z0-9._:-]{8,64}$/;

export function requestIdOf(header: string | undefined): string {
  return header && INCOMING_ID.test(header) ? header : crypto.randomUUID();
}

export function accessLog(log: (line: string) => void): MiddlewareHandler<{
  Variables: { requestId: string };
}> {
  return async (c, next) => {
    const started = performance.now();
    const id = requestIdOf(c.req.header(REQUEST_ID_HEADER));
    c.set('requestId', id);
    try {
      await next();
    } finally {
      // c.res is the error handler's answer when a route threw.
      c.res.headers.set(REQUEST_ID_HEADER, id);
      const ms = (performance.now() - started).toFixed(1);
      log(`${c.req.method} ${c.req.path} ${c.res.status} ${ms}ms id=${id}`);
    }
  };
}
