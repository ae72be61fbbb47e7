/**
 * How requests reach the API. The browser uses fetch, and XMLHttpRequest where upload progress
 * is wanted (fetch has no upload progress). Tests swap in a transport that calls a handler.
 */
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiRequest {
  method: Method;
  /** Path under the API origin, query included: `/api/prendas?x=1`. */
  path: string;
  json?: unknown;
  form?: FormData;
  /** A raw body (e.g. a PNG), sent with its own type as Content-Type. */
  blob?: Blob;
  /** Fraction 0..1 of the request body sent so far. */
  onUploadProgress?: (fraction: number) => void;
  responseType?: 'json' | 'blob';
  signal?: AbortSignal;
  /** Extra request headers (e.g. Idempotency-Key). */
  headers?: Record<string, string>;
}

export interface ApiResponse {
  status: number;
  body: unknown;
  /** The answer's headers (cross-origin, only those the API exposes). */
  headers?: Headers;
  /** Seconds from a Retry-After header (429, 503): when the server will take the request. */
  retryAfterS?: number;
}

function seconds(header: string | null): { retryAfterS?: number } {
  const n = header ? Number(header) : NaN;
  return Number.isFinite(n) && n >= 0 ? { retryAfterS: n } : {};
}

export type Transport = (req: ApiRequest, headers: Record<string, string>) => Promise<ApiResponse>;

/** Thrown for network failures (status 0): the server could not be reached. */
export class NetworkError extends Error {
  constructor(message = 'network error') {
    super(message);
    this.name = 'NetworkError';
  }
}

function parseText(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return { error: text.slice(0, 300) };
  }
}

function bodyOf(req: ApiRequest, headers: Record<string, string>): BodyInit | undefined {
  if (req.form) return req.form;
  if (req.blob) {
    headers['Content-Type'] = req.blob.type || 'application/octet-stream';
    return req.blob;
  }
  if (req.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    return JSON.stringify(req.json);
  }
  return undefined;
}

/** XMLHttpRequest's raw header block as fetch's Headers. */
function xhrHeaders(xhr: XMLHttpRequest): Headers {
  const headers = new Headers();
  for (const line of xhr
    .getAllResponseHeaders()
    .trim()
    .split(/[\r\n]+/)) {
    const at = line.indexOf(':');
    if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
  }
  return headers;
}

function xhrSend(
  url: string,
  req: ApiRequest,
  headers: Record<string, string>,
): Promise<ApiResponse> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(req.method, url);
    const body = bodyOf(req, headers);
    for (const [k, v] of Object.entries(headers)) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) req.onUploadProgress?.(e.loaded / e.total);
    };
    xhr.upload.onload = () => req.onUploadProgress?.(1);
    xhr.onload = () =>
      resolve({
        status: xhr.status,
        body: parseText(xhr.responseText),
        headers: xhrHeaders(xhr),
        ...seconds(xhr.getResponseHeader('Retry-After')),
      });
    xhr.onerror = () => reject(new NetworkError());
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    req.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send((body as XMLHttpRequestBodyInit | undefined) ?? null);
  });
}

/** The browser transport against `base` (empty = same origin). */
export function browserTransport(base: string): Transport {
  return async (req, headers) => {
    const url = base + req.path;
    if (req.onUploadProgress) return xhrSend(url, req, headers);
    let res: Response;
    try {
      const body = bodyOf(req, headers);
      res = await fetch(url, {
        method: req.method,
        headers,
        ...(body !== undefined ? { body } : {}),
        ...(req.signal ? { signal: req.signal } : {}),
      });
    } catch (err) {
      if (err instanceof DOMException && err.name === 'AbortError') throw err;
      throw new NetworkError();
    }
    if (req.responseType === 'blob' && res.ok)
      return { status: res.status, body: await res.blob(), headers: res.headers };
    return {
      status: res.status,
      body: parseText(await res.text()),
      headers: res.headers,
      ...seconds(res.headers.get('Retry-After')),
    };
  };
}
