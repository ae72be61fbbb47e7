/**
 * Cut-outs through the ML service's `POST /segment` (the Worker's way: opencv.js's wasm and
 * sharp are too heavy for it). The service also measures the garment's colour on the mask it
 * computed and sends it in a header (CUTOUT_COLOR_HEADER), so the Worker gets it too. A refused image (400/413/415) is ImageRejected; anything else
 * that is not a WebP answer is an Error, which the API's cut-out queue logs.
 */
import {
  CUTOUT_COLOR_HEADER,
  CutoutColorSchema,
  ImageRejected,
  IMAGE_FORMAT_CONTENT_TYPES,
  sniffImageFormat,
  type CutoutColor,
} from '@fashion/core';
import type { CutoutImage, Segmenter } from '@fashion/api';

export interface HttpSegmenterOptions {
  /** Base URL of the ML service. */
  baseUrl: string;
  /** Per-request timeout (default 60 s: the service runs one cut-out at a time). */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

function blobOf(bytes: Uint8Array): Blob {
  const type = IMAGE_FORMAT_CONTENT_TYPES[sniffImageFormat(bytes) ?? 'webp'];
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
}

/** The colour the service measured on the mask; a missing or malformed header is no colour. */
function colorOf(header: string | null): CutoutColor | null {
  if (!header) return null;
  try {
    const parsed = CutoutColorSchema.safeParse(JSON.parse(decodeURIComponent(header)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function createHttpSegmenter(options: HttpSegmenterOptions): Segmenter {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/segment`;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const doFetch = options.fetch ?? fetch;

  async function segment(photo: Uint8Array, mask?: Uint8Array): Promise<CutoutImage> {
    const form = new FormData();
    form.append('imagen', blobOf(photo), 'photo');
    if (mask) form.append('mascara', blobOf(mask), 'mask');
    const res = await doFetch(url, {
      method: 'POST',
      body: form,
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (res.status === 400 || res.status === 413 || res.status === 415) {
      const body = (await res.json().catch(() => ({}))) as { error?: unknown };
      throw new ImageRejected(
        typeof body.error === 'string' ? body.error : `HTTP ${res.status}`,
        res.status,
      );
    }
    if (!res.ok || res.headers.get('content-type') !== 'image/webp') {
      throw new Error(`the ML service's /segment failed: HTTP ${res.status}`);
    }
    const color = colorOf(res.headers.get(CUTOUT_COLOR_HEADER));
    return {
      body: new Uint8Array(await res.arrayBuffer()),
      contentType: 'image/webp',
      ...(color ? { color } : {}),
    };
  }

  return {
    cutout: (photo) => segment(photo),
    applyMask: (photo, mask) => segment(photo, mask),
  };
}
