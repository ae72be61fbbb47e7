/**
 * Image URLs are stored root-relative (`/api/images/…`), which only works for a page on the API's
 * own origin. A client on another origin (the original frontend on Cloudflare Pages, with
 * `VITE_API_BASE_URL`) needs them absolute: for such requests, or always when a public base URL
 * is configured, the `imagen_url`/`thumbnail_url`/`recorte_url` fields of JSON answers are prefixed with it.
 */
import type { MiddlewareHandler } from 'hono';

const URL_FIELDS = new Set(['imagen_url', 'thumbnail_url', 'recorte_url']);

function absolutize(value: unknown, base: string): unknown {
  if (Array.isArray(value)) return value.map((v) => absolutize(v, base));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] =
      URL_FIELDS.has(k) && typeof v === 'string' && v.startsWith('/') && !v.startsWith('//')
        ? `${base}${v}`
        : absolutize(v, base);
  }
  return out;
}

/** `publicBaseUrl` without a trailing slash, or undefined to use the request's own origin. */
export function absoluteImageUrls(publicBaseUrl: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const origin = c.req.header('origin');
    // Same-origin requests (most of them) carry no Origin: no URL to parse then.
    const own = publicBaseUrl || !origin ? undefined : new URL(c.req.url).origin;
    const base = publicBaseUrl ?? (origin && origin !== own ? own : undefined);
    if (!base) return;
    const res = c.res;
    if (!res.headers.get('content-type')?.includes('application/json') || !res.body) return;
    // Cached lists arrive gzip-encoded (cached-json.ts): read them decoded.
    let stream: ReadableStream<Uint8Array> = res.clone().body!;
    if (res.headers.get('content-encoding') === 'gzip') {
      stream = stream.pipeThrough(new DecompressionStream('gzip'));
    }
    let body: unknown;
    try {
      body = await new Response(stream).json();
    } catch {
      return;
    }
    const headers = new Headers(res.headers);
    for (const h of ['content-length', 'content-encoding', 'etag']) headers.delete(h);
    headers.append('vary', 'Origin');
    // Hono merges the old response's headers into a new one: clear it first, or the removed
    // Content-Encoding would come back on an uncompressed body.
    c.res = undefined;
    c.res = new Response(JSON.stringify(absolutize(body, base)), {
      status: res.status,
      headers,
    });
  };
}
