/**
 * The original system's garment photos: a local upload (`/uploads/<user>/<file>`) travels as the
 * ZIP entry of that path; a cloud photo (Cloudinary, R2) is fetched from its URL, only from the
 * origins `legacyImageOrigins` allows (no redirects, a size cap and a time limit), so an import
 * cannot make the server fetch from anywhere.
 */
import { IMAGE_CONTENT_TYPES, sniffImageFormat, type ImageExtension } from '@fashion/core';
import { sha256Hex } from './hash.ts';
import type { CheckedImage } from './zip-read.ts';

const EXTENSION_OF_FORMAT: Partial<Record<string, ImageExtension>> = {
  jpeg: 'jpg',
  png: 'png',
  webp: 'webp',
};

/** `https://res.cloudinary.com` matches that origin; `https://*.r2.dev` any subdomain of r2.dev. */
export function originAllowed(url: URL, allowed: readonly string[]): boolean {
  return allowed.some((pattern) => {
    const star = pattern.indexOf('://*.');
    if (star < 0) return url.origin === pattern;
    const protocol = pattern.slice(0, star + 1);
    const suffix = pattern.slice(star + 4);
    return url.protocol === protocol && url.hostname.endsWith(suffix) && !url.port;
  });
}

async function checked(bytes: Uint8Array): Promise<CheckedImage | string> {
  const extension = EXTENSION_OF_FORMAT[sniffImageFormat(bytes) ?? ''];
  if (!extension) return 'not a JPEG, PNG or WebP image';
  return {
    bytes,
    sha256: await sha256Hex(bytes),
    contentType: IMAGE_CONTENT_TYPES[extension],
    extension,
  };
}

export interface LegacyImageSource {
  files: Record<string, Uint8Array>;
  allowedOrigins: readonly string[];
  maxBytes: number;
  timeoutMs: number;
}

/** The photo's bytes, or why it could not be had (the garment is then skipped). */
export async function legacyImage(
  imagenUrl: string,
  src: LegacyImageSource,
): Promise<CheckedImage | string> {
  if (imagenUrl.startsWith('/uploads/')) {
    const bytes = src.files[imagenUrl.slice(1)];
    return bytes ? checked(bytes) : `the ZIP has no entry ${imagenUrl.slice(1)}`;
  }
  let url: URL;
  try {
    url = new URL(imagenUrl);
  } catch {
    return 'not a URL';
  }
  if (!originAllowed(url, src.allowedOrigins))
    return `${url.origin} is not an allowed image origin`;
  try {
    const res = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(src.timeoutMs) });
    if (!res.ok) return `the image answered ${res.status}`;
    const length = Number(res.headers.get('content-length') ?? 0);
    if (length > src.maxBytes) return 'the image is too large';
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.length > src.maxBytes) return 'the image is too large';
    return checked(bytes);
  } catch {
    return 'the image could not be fetched';
  }
}
