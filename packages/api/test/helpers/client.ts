/** Small fetch helpers for the API tests. */
import { readFileSync } from 'node:fs';
import { isErrorCode } from '@fashion/core';

export const photo = (name: string) =>
  readFileSync(new URL(`../../../../fixtures/photos/${name}`, import.meta.url));

export function bearer(token?: string): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}

export function uploadForm(
  bytes: Uint8Array,
  fields: Record<string, string> = {},
  filename = 'photo.jpg',
  type = 'image/jpeg',
): FormData {
  const form = new FormData();
  form.append('imagen', new Blob([bytes], { type }), filename);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return form;
}

// Test bodies are inspected field by field; typing every answer would add nothing.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface JsonResponse<T = Json> {
  status: number;
  headers: Headers;
  body: T;
}

/** Throws unless `body` is `{ error, code }` with a code of ERROR_CODES. */
export function assertErrorBody(status: number, body: unknown): void {
  const b = body as { error?: unknown; code?: unknown } | null;
  if (typeof b !== 'object' || b === null || typeof b.error !== 'string' || !isErrorCode(b.code)) {
    throw new Error(`HTTP ${status} without a known error code: ${JSON.stringify(body)}`);
  }
}

export async function call<T = Json>(
  base: string,
  method: string,
  path: string,
  opts: {
    json?: unknown;
    form?: FormData;
    body?: RequestInit['body'];
    token?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<JsonResponse<T>> {
  const headers: Record<string, string> = { ...bearer(opts.token), ...opts.headers };
  let body: RequestInit['body'] = opts.body;
  if (opts.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.json);
  } else if (opts.form) {
    body = opts.form;
  }
  const res = await fetch(`${base}${path}`, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  if (res.headers.get('content-type')?.includes('application/json')) parsed = JSON.parse(text);
  // Every error answer of every test carries a code a client can translate.
  // (/api/health answers its own report, also as a 503.)
  if (res.status >= 400 && path !== '/api/health') assertErrorBody(res.status, parsed);
  return { status: res.status, headers: res.headers, body: parsed as T };
}

/** Uploads a fixture photo with the given fields; returns the response. */
export function upload(
  base: string,
  name: string,
  fields: Record<string, string> = { clase_nombre: 'Shirt', color: 'azul' },
  token?: string,
) {
  return call(base, 'POST', '/api/prendas/upload', {
    form: uploadForm(photo(name), fields),
    token,
  });
}
