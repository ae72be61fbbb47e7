/**
 * Errors that cross package boundaries. They live in the runtime-free core so that image
 * decoding (packages/vision) can raise them without depending on the HTTP layer, and the API
 * can map them to status codes without depending on sharp.
 */

import type { ErrorCode } from './error-codes.ts';

/** The codes an image rejection can carry (a client translates them). */
export type ImageRejectionCode = Extract<
  ErrorCode,
  'image_empty' | 'image_invalid' | 'image_unsupported' | 'image_too_large' | 'image_too_small'
>;

const CODE_BY_STATUS = {
  400: 'image_invalid',
  413: 'image_too_large',
  415: 'image_unsupported',
} as const satisfies Record<number, ImageRejectionCode>;

/** Untrusted image bytes that are not a decodable image within the limits. */
export class ImageRejected extends Error {
  readonly code: ImageRejectionCode;

  constructor(
    message: string,
    readonly status: 400 | 413 | 415 = 400,
    code?: ImageRejectionCode,
  ) {
    super(message);
    this.name = 'ImageRejected';
    this.code = code ?? CODE_BY_STATUS[status];
  }
}
