/**
 * Reading request bodies that carry images: size limits before anything is buffered, multipart
 * with exactly one `imagen` file, and base64 (bare or data URL) decoded strictly.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { formatMegabytes as mb } from '@fashion/core';
import { HttpError } from './errors.ts';

/** Rejects bodies over `maxBytes` with 413 JSON, also when streamed without Content-Length. */
export function limitBody(maxBytes: number, what = 'request body'): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new HttpError(413, `${what} too large: the limit is ${mb(maxBytes)}`);
    },
  });
}

/** Room for the text fields and multipart framing beside the image. */
export const MULTIPART_OVERHEAD = 64 * 1024;

/** Base64 text for `bytes` of data, plus room for the other JSON fields. */
export function base64BodyLimit(bytes: number): number {
  return Math.ceil(bytes / 3) * 4 + MULTIPART_OVERHEAD;
}

export interface MultipartImage {
  bytes: Uint8Array;
  /** The other (text) fields, by name. */
  fields: Record<string, string>;
}

/**
 * Parses a multipart body that must hold one file in `imagen`; other fields must be text.
 * A field named in `repeatable` may come several times (the original client sends one `ocasion`
 * per choice): its values arrive joined by commas.
 */
export async function readMultipartImage(
  c: Context,
  maxBytes: number,
  repeatable: readonly string[] = [],
): Promise<MultipartImage> {
  const type = c.req.header('content-type') ?? '';
  if (!type.toLowerCase().startsWith('multipart/form-data')) {
    throw new HttpError(415, 'send multipart/form-data with the image file in the field "imagen"');
  }
  let form: Record<string, string | File | (string | File)[]>;
  try {
    form = await c.req.parseBody({ all: true });
  } catch (err) {
    if (err instanceof HttpError) throw err;
    throw new HttpError(400, 'malformed multipart body');
  }
  const fields: Record<string, string> = {};
  let image: File | undefined;
  for (const [name, value] of Object.entries(form)) {
    if (Array.isArray(value)) {
      if (!repeatable.includes(name) || value.some((v) => typeof v !== 'string')) {
        throw new HttpError(400, `field "${name}" was sent more than once`);
      }
      fields[name] = (value as string[]).join(',');
      continue;
    }
    if (name === 'imagen') {
      if (typeof value === 'string') {
        throw new HttpError(400, 'imagen: must be a file, not a text field');
      }
      image = value;
    } else if (typeof value === 'string') {
      fields[name] = value;
    } else {
      throw new HttpError(400, `unknown file field "${name}": send the image as "imagen"`);
    }
  }
  if (!image)
    throw new HttpError(400, 'imagen: the image file is missing (multipart field "imagen")');
  if (image.size === 0)
    throw new HttpError(400, 'imagen: the file is empty', {}, undefined, 'image_empty');
  if (image.size > maxBytes) {
    throw new HttpError(
      413,
      `imagen too large: the limit is ${mb(maxBytes)}`,
      {},
      undefined,
      'image_too_large',
    );
  }
  return { bytes: new Uint8Array(await image.arrayBuffer()), fields };
}

const DATA_URL = /^data:([a-z0-9.+/-]*)(;[a-z0-9=._+-]+)*;base64,/i;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes base64 image text (bare, or a `data:…;base64,` URL). `field` names it in errors. */
export function decodeBase64Image(text: string, maxBytes: number, field: string): Uint8Array {
  const prefix = DATA_URL.exec(text.slice(0, 200));
  if (!prefix && text.startsWith('data:')) {
    throw new HttpError(400, `${field}: a data URL must be base64-encoded (data:image/…;base64,…)`);
  }
  const payload = (prefix ? text.slice(prefix[0].length) : text).replace(/\s+/g, '');
  if (payload.length === 0) {
    throw new HttpError(400, `${field}: the image is empty`, {}, undefined, 'image_empty');
  }
  if (payload.length % 4 === 1 || !BASE64.test(payload)) {
    throw new HttpError(400, `${field}: not valid base64`);
  }
  const padding = payload.endsWith('==') ? 2 : payload.endsWith('=') ? 1 : 0;
  const size = Math.floor((payload.length * 3) / 4) - padding;
  if (size > maxBytes) {
    throw new HttpError(
      413,
      `${field} too large: the limit is ${mb(maxBytes)}`,
      {},
      undefined,
      'image_too_large',
    );
  }
  let binary: string;
  try {
    binary = atob(payload);
  } catch {
    throw new HttpError(400, `${field}: not valid base64`);
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
