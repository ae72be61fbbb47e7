/**
 * The one way the app calls the API: adds the access token (when signed in with Auth0) and turns
 * error answers (`{error}` JSON) into ApiError.
 */
import { isErrorCode } from '@fashion/core';
import type { ErrorCode } from '@fashion/core';
import { config } from '../config.ts';
import { browserTransport, NetworkError } from './transport.ts';
import type { ApiRequest, Transport } from './transport.ts';

export class ApiError extends Error {
  /** The machine-readable `code` of the error body (ERROR_CODES), when the server sent one. */
  readonly code: ErrorCode | undefined;

  constructor(
    readonly status: number,
    message: string,
    readonly body: unknown,
    /** The server's Retry-After, in seconds, when it sent one (429, 503). */
    readonly retryAfterS?: number,
    /** The answer's headers (none for a network error). */
    readonly headers: Headers = new Headers(),
  ) {
    super(message);
    this.name = 'ApiError';
    const code = body && typeof body === 'object' ? (body as { code?: unknown }).code : undefined;
    this.code = isErrorCode(code) ? code : undefined;
  }
}

type TokenGetter = () => Promise<string | null>;

let transport: Transport = browserTransport(config.apiBase);
let getToken: TokenGetter = () => Promise.resolve(null);

export function setTransport(t: Transport): void {
  transport = t;
}

export function setTokenGetter(g: TokenGetter): void {
  getToken = g;
}

function errorText(body: unknown): string | null {
  if (body && typeof body === 'object' && 'error' in body) {
    const e = (body as { error: unknown }).error;
    if (typeof e === 'string' && e) return e;
  }
  return null;
}

/** A successful answer: its body as the contract types it, with its status and headers. */
export interface ApiAnswer<T> {
  status: number;
  body: T;
  headers: Headers;
}

/** Calls the API; the body is typed by the caller from core's contract types (not re-checked). */
export async function api<T>(req: ApiRequest): Promise<T> {
  return (await apiAnswer<T>(req)).body;
}

/** As `api`, for callers that read the answer's headers or status too. */
export async function apiAnswer<T>(req: ApiRequest): Promise<ApiAnswer<T>> {
  const headers: Record<string, string> = { Accept: 'application/json', ...req.headers };
  const token = await getToken();
  if (token) headers['Authorization'] = `Bearer ${token}`;
  let res;
  try {
    res = await transport(req, headers);
  } catch (err) {
    if (err instanceof NetworkError) throw new ApiError(0, 'network error', null);
    throw err;
  }
  if (res.status < 200 || res.status >= 300) {
    throw new ApiError(
      res.status,
      errorText(res.body) ?? `HTTP ${res.status}`,
      res.body,
      res.retryAfterS,
      res.headers,
    );
  }
  return { status: res.status, body: res.body as T, headers: res.headers ?? new Headers() };
}

/** Builds `path?query`, skipping undefined values. */
export function withQuery(path: string, query: Record<string, string | undefined>): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) qs.set(k, v);
  const s = qs.toString();
  return s ? `${path}?${s}` : path;
}

/** Image URLs from the API may be relative to the API origin (embedded) or absolute (R2). */
export function assetUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  if (/^(https?:|data:|blob:)/.test(url)) return url;
  return config.apiBase + (url.startsWith('/') ? url : `/${url}`);
}
