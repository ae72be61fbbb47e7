/**
 * What makes two requests "the same" for an Idempotency-Key: method, path, media type and body.
 * A multipart body is compared without its boundary, which a client picks anew for every send,
 * so a retried upload of the same photo and fields matches its first attempt.
 */
function boundaryOf(contentType: string): string | null {
  const m = /;\s*boundary="?([^";]+)"?/i.exec(contentType);
  return m ? m[1]! : null;
}

/** `body` with every occurrence of `needle` removed (naive search: boundaries are short). */
function without(body: Uint8Array, needle: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  let start = 0;
  const first = needle[0];
  outer: for (let i = 0; i <= body.length - needle.length; i += 1) {
    if (body[i] !== first) continue;
    for (let j = 1; j < needle.length; j += 1) if (body[i + j] !== needle[j]) continue outer;
    parts.push(body.subarray(start, i));
    start = i + needle.length;
    i = start - 1;
  }
  if (parts.length === 0) return body;
  parts.push(body.subarray(start));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const hex = (bytes: ArrayBuffer) =>
  [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

export async function requestFingerprint(
  method: string,
  path: string,
  contentType: string,
  body: Uint8Array,
): Promise<string> {
  const boundary = boundaryOf(contentType);
  const normalized = boundary ? without(body, new TextEncoder().encode(boundary)) : body;
  const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
  const head = new TextEncoder().encode(`${method} ${path} ${mediaType}\n`);
  const all = new Uint8Array(head.length + normalized.length);
  all.set(head);
  all.set(normalized, head.length);
  return hex(await crypto.subtle.digest('SHA-256', all));
}
