/**
 * Every failure leaves the API as JSON `{ error, details? }` with a fitting status: validation
 * → 400 naming the field, auth → 401, unknown route → 404, wrong method → 405, too large → 413,
 * classifier down → 503 with Retry-After, anything unexpected → 500 without internals.
 */
import type { Context, ErrorHandler, Hono, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { ImageRejected } from '@fashion/core';
import { AuthError } from '../ports/auth.ts';
import { ClassifierUnavailable } from '../ports/classifier.ts';
import { UpstreamError } from '../ports/stylist.ts';

/** An error a service throws on purpose: its message is meant for the client. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const notFound = (what: string) => new HttpError(404, `${what} not found`);

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const names = issue.keys.map((k) => `"${path ? `${path}.` : ''}${k}"`).join(', ');
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${names}`;
  }
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** One line naming each offending field, e.g. `ocasion.0: Invalid option: expected one of …`. */
export function formatZodError(error: z.ZodError): string {
  return error.issues.map(describeIssue).join('; ');
}

export function validationError(error: z.ZodError): HttpError {
  return new HttpError(
    400,
    formatZodError(error),
    {},
    error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
  );
}

function json(c: Context, status: ContentfulStatusCode, error: string, details?: unknown) {
  return c.json(details === undefined ? { error } : { error, details }, status);
}

export function errorHandler(logError: (message: string, err: unknown) => void): ErrorHandler {
  return (err, c) => {
    if (err instanceof HttpError) {
      for (const [k, v] of Object.entries(err.headers)) c.header(k, v);
      return json(c, err.status, err.message, err.details);
    }
    if (err instanceof z.ZodError) {
      const v = validationError(err);
      return json(c, 400, v.message, v.details);
    }
    if (err instanceof ImageRejected) return json(c, err.status, err.message);
    if (err instanceof AuthError) {
      c.header('WWW-Authenticate', `Bearer error="invalid_token"`);
      return json(c, 401, `unauthorized: ${err.message}`);
    }
    if (err instanceof ClassifierUnavailable) {
      c.header('Retry-After', String(err.retryAfterSeconds ?? 30));
      return json(c, 503, err.message);
    }
    if (err instanceof UpstreamError) {
      // An LLM or audio model: no answer in time is 503, a bad answer 502 (never a hang).
      const timeout = err.kind === 'timeout';
      return c.json(
        { error: err.message, code: timeout ? 'upstream_timeout' : 'upstream_error' },
        timeout ? 503 : 502,
      );
    }
    if (err instanceof HTTPException) {
      // Raised by Hono itself: malformed JSON, unsupported media type, body limit.
      const status = err.status as ContentfulStatusCode;
      const message =
        status === 415
          ? 'unsupported media type: send the Content-Type this route expects'
          : err.message || 'bad request';
      return json(c, status, message);
    }
    logError(`unhandled error on ${c.req.method} ${c.req.path}`, err);
    return json(c, 500, 'internal server error');
  };
}

/** Hono route path → regex, for telling "no such route" (404) from "not with this method" (405). */
function pathRegex(path: string): RegExp {
  const source = path
    .split('/')
    .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}/?$`);
}

/** `app.routes` is read on the first miss, once every route (and the web fallback) is in. */
export function notFoundHandler(app: Pick<Hono, 'routes'>): NotFoundHandler {
  let table: { method: string; re: RegExp }[] | undefined;
  return (c) => {
    const path = c.req.path;
    if (path.startsWith('/api/')) {
      table ??= app.routes
        .filter((r) => r.method !== 'ALL' && !r.path.includes('*'))
        .map((r) => ({ method: r.method, re: pathRegex(r.path) }));
      const allowed = [...new Set(table.filter((r) => r.re.test(path)).map((r) => r.method))];
      if (allowed.length > 0) {
        if (allowed.includes('GET')) allowed.push('HEAD');
        c.header('Allow', allowed.join(', '));
        return json(c, 405, `method ${c.req.method} not allowed on ${path}`);
      }
    }
    return json(c, 404, `not found: ${c.req.method} ${path}`);
  };
}
