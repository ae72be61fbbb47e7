/** Where garment images live: a local folder, an S3/R2 bucket, or an R2 binding. */
import type { ObjectInfo } from './direct-upload.ts';

export interface StoredObject {
  body: Uint8Array;
  contentType: string;
}

export interface ImageStore {
  put(key: string, body: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<StoredObject | null>;
  /** Idempotent: deleting a missing key is not an error. */
  delete(key: string): Promise<void>;
  /** The URL a client uses to fetch the object (an API route, or a public bucket URL). */
  url(key: string): string;
  /**
   * Every object whose key starts with `prefix`, including leftovers of interrupted writes
   * (the image sweep deletes those no garment references). Stores without it are not swept.
   */
  list?(prefix: string): AsyncIterable<ObjectInfo>;
  /** Whether the store can be reached and written (for /api/health). */
  ping?(): Promise<boolean>;
}

/** A decoded, normalised upload: EXIF-rotated, metadata stripped, bounded size, plus a thumbnail. */
export interface ProcessedImage {
  full: { body: Uint8Array; contentType: string; width: number; height: number };
  thumbnail: { body: Uint8Array; contentType: string; width: number; height: number };
}

/**
 * Turns untrusted upload bytes into safe images. Throws ImageRejected for anything that is not a
 * decodable image within the limits. Node uses sharp; a runtime without it brings its own.
 */
export interface ImageProcessor {
  process(bytes: Uint8Array): Promise<ProcessedImage>;
}

/** Defined in the runtime-free core so that image decoders can raise it without the HTTP layer. */
export { ImageRejected } from '@fashion/core';
