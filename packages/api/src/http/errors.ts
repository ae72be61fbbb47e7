/**
 * Every failure leaves the API as JSON `{ error, code, details?, requestId? }` with a fitting
 * status: validation → 400 naming the field, auth → 401, unknown route → 404, wrong method → 405,
 * too large → 413, classifier down → 503 with Retry-After, anything unexpected → 500 without
 * internals. `code` is one of ERROR_CODES (what clients translate); 5xx bodies carry the request
 * id of the access log.
 */
import type { Context, ErrorHandler, Hono, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { ImageRejected, type ErrorCode } from '@fashion/core';
import { AuthError } from '../ports/auth.ts';
import { ClassifierUnavailable } from '../ports/classifier.ts';
import { storageFailure, storageFailureResponse } from './storage-errors.ts';

/** The code an error of this status carries unless its thrower names a more precise one. */
export function defaultCode(status: number): ErrorCode {
  switch (status) {
    case 400:
      return 'bad_request';
    case 401:
      return 'unauthorized';
    case 404:
      return 'not_found';
    case 405:
      return 'method_not_allowed';
    case 409:
      return 'conflict';
    case 413:
      return 'body_too_large';
    case 415:
      return 'unsupported_media_type';
    case 429:
      return 'rate_limited';
    case 501:
      return 'not_implemented';
    case 503:
      return 'busy';
    default:
      return status < 500 ? 'bad_request' : 'internal';
  }
}
import { UpstreamError } from '../ports/stylist.ts';
import { ForecastUnavailable } from '../ports/forecast.ts';

/**
 * An error a service throws on purpose: Hono's HTTPException with the machine-readable `code`
 * clients translate, headers to send (Retry-After, …) and optional details. Its message is meant
 * for the client.
 */
export class HttpError extends HTTPException {
  readonly code: ErrorCode;
  declare readonly status: ContentfulStatusCode;

  constructor(
    status: ContentfulStatusCode,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly details?: unknown,
    code?: ErrorCode,
  ) {
    super(status, { message });
    this.name = 'HttpError';
    this.code = code ?? defaultCode(status);
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
  // Only unknown fields: the client sends something this API does not know (often a typo).
  const unknownOnly = error.issues.every((i) => i.code === 'unrecognized_keys');
  return new HttpError(
    400,
    formatZodError(error),
    {},
    error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
    unknownOnly ? 'unknown_field' : 'bad_request',
  );
}

/** The request id the access log gave this request (http/access-log.ts), if any. */
function requestIdOf(c: Context): string | undefined {
  const id: unknown = c.get('requestId');
  return typeof id === 'string' ? id : undefined;
}

/** The one shape of every error answer. */
export function errorJson(
  c: Context,
  status: ContentfulStatusCode,
  error: string,
  code: ErrorCode,
  details?: unknown,
) {
  const body: Record<string, unknown> = { error, code };
  if (details !== undefined) body.details = details;
  const requestId = status >= 500 ? requestIdOf(c) : undefined;
  if (requestId) body.requestId = requestId;
  return c.json(body, status);
}

export function errorHandler(logError: (message: string, err: unknown) => void): ErrorHandler {
  return (err, c) => {
    if (err instanceof z.ZodError) {
      const v = validationError(err);
      return errorJson(c, 400, v.message, v.code, v.details);
    }
    if (err instanceof ImageRejected) return errorJson(c, err.status, err.message, err.code);
    if (err instanceof AuthError) {
      c.header('WWW-Authenticate', `Bearer error="invalid_token"`);
      return errorJson(c, 401, `unauthorized: ${err.message}`, 'unauthorized');
    }
    if (err instanceof ClassifierUnavailable) {
      c.header('Retry-After', String(err.retryAfterSeconds ?? 30));
      return errorJson(c, 503, err.message, 'classifier_unavailable');
    }
    if (err instanceof UpstreamError) {
      // An LLM or audio model: no answer in time is 503, a bad answer 502 (never a hang).
      const timeout = err.kind === 'timeout';
      return c.json(
        { error: err.message, code: timeout ? 'upstream_timeout' : 'upstream_error' },
        timeout ? 503 : 502,
      );
    }
    if (err instanceof ForecastUnavailable) {
      // Down, slow or garbled: the client falls back to entering the weather by hand.
      c.header('Retry-After', '60');
      return errorJson(c, 503, err.message, 'forecast_unavailable');
    }
    if (err instanceof HttpError) {
      for (const [k, v] of Object.entries(err.headers)) c.header(k, v);
      return errorJson(c, err.status, err.message, err.code, err.details);
    }
    if (err instanceof HTTPException) {
      // Raised by Hono itself: malformed JSON, unsupported media type, body limit.
      const status = err.status as ContentfulStatusCode;
      const message =
        status === 415
          ? 'unsupported media type: send the Content-Type this route expects'
          : err.message || 'bad request';
      return errorJson(c, status, message, defaultCode(status));
    }
    const storage = storageFailure(err);
    if (storage) {
      logError(`storage failure on ${c.req.method} ${c.req.path}`, err);
      const { body, headers } = storageFailureResponse(storage);
      for (const [k, v] of Object.entries(headers)) c.header(k, v);
      return c.json(body, storage.status);
    }
    logError(`unhandled error on ${c.req.method} ${c.req.path}`, err);
    return errorJson(c, 500, 'internal server error', 'internal');
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
        return errorJson(
          c,
          405,
          `method ${c.req.method} not allowed on ${path}`,
          'method_not_allowed',
        );
      }
    }
    return errorJson(c, 404, `not found: ${c.req.method} ${path}`, 'not_found');
  };
}
