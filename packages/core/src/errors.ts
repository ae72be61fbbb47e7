/**
 * Errors that cross package boundaries. They live in the runtime-free core so that image
 * decoding (packages/vision) can raise them without depending on the HTTP layer, and the API
 * can map them to status codes without depending on sharp.
 */

/** Untrusted image bytes that are not a decodable image within the limits. */
export class ImageRejected extends Error {
  constructor(
    message: string,
    readonly status: 400 | 413 | 415 = 400,
  ) {
    super(message);
    this.name = 'ImageRejected';
  }
}
