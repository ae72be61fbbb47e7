/**
 * JSON answers built once and served many times: the bytes, a strong ETag and a gzip variant
 * are made when the underlying data changes, so a request costs a lookup and a write. Clients
 * that revalidate (If-None-Match) get 304; browsers (Accept-Encoding: gzip) get ~10× fewer bytes.
 * Uses only web APIs (TextEncoder, crypto.subtle, CompressionStream): runs on Node and Workers.
 */
import type { Context } from 'hono';

export interface JsonEntity {
  body: Uint8Array<ArrayBuffer>;
  gzip: Uint8Array<ArrayBuffer>;
  etag: string;
}

async function gzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function buildJsonEntity(value: unknown): Promise<JsonEntity> {
  // TextEncoder always returns a fresh ArrayBuffer; Workers' typings just say ArrayBufferLike.
  const body = new TextEncoder().encode(JSON.stringify(value)) as Uint8Array<ArrayBuffer>;
  const [digest, compressed] = await Promise.all([
    crypto.subtle.digest('SHA-256', body),
    gzip(body),
  ]);
  const hex = Array.from(new Uint8Array(digest).subarray(0, 12), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
  return { body, gzip: compressed, etag: `"${hex}"` };
}

/** Entities keyed by the object they were built from (e.g. a store's cached, frozen list). */
export class JsonEntityCache<K extends object> {
  readonly #entities = new WeakMap<K, Promise<JsonEntity>>();

  get(key: K, value: () => unknown): Promise<JsonEntity> {
    let entity = this.#entities.get(key);
    if (!entity) {
      entity = buildJsonEntity(value());
      this.#entities.set(key, entity);
    }
    return entity;
  }
}

function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== 'x-gzip') return false;
    return !params.some((p) => /^\s*q=0(\.0+)?\s*$/.test(p));
  });
}

/** Sends the entity: 304 when the client has it, gzip when the client takes it. */
export function sendJsonEntity(c: Context, entity: JsonEntity): Response {
  c.header('ETag', entity.etag);
  c.header('Vary', 'Accept-Encoding, Authorization');
  c.header('Cache-Control', 'private, no-cache');
  const inm = c.req.header('if-none-match');
  if (inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === entity.etag)) {
    return c.body(null, 304);
  }
  c.header('Content-Type', 'application/json');
  if (acceptsGzip(c.req.header('accept-encoding'))) {
    c.header('Content-Encoding', 'gzip');
    // The bytes are gzip already. Workers compress any body by its Content-Encoding unless told
    // `encodeBody: 'manual'` (without it browsers get gzip inside gzip); Node ignores the field.
    // The headers come from c.body(), not c.res: touching c.res makes Hono merge it into the
    // returned Response, which on Node turns the bytes into a stream (half the gzip path's time).
    const init: ResponseInit & { encodeBody: 'manual' } = {
      status: 200,
      headers: c.body(null, 200).headers,
      encodeBody: 'manual',
    };
    return new Response(entity.gzip, init);
  }
  return c.body(entity.body, 200);
}
