/**
 * Optional ImageStore capability: the browser uploads straight to the bucket through a presigned
 * PUT URL, and the API confirms afterwards. Only stores that can presign (S3/R2 with
 * credentials) implement it; the direct-upload routes are mounted only for those.
 */
import type { ImageStore } from './images.ts';

export interface PresignedPut {
  url: string;
  /** Headers the client must send with the PUT exactly as given (they are signed). */
  headers: Record<string, string>;
  expiresAt: string;
}

export interface ObjectInfo {
  key: string;
  size: number;
  uploadedAt: Date;
}

export interface DirectUploads {
  /** A URL that accepts one PUT of exactly `size` bytes of `contentType` to `key`. */
  presignPut(
    key: string,
    contentType: string,
    size: number,
    expiresInSeconds: number,
  ): Promise<PresignedPut>;
  /** Size and upload time of an object, or null when it does not exist. */
  stat(key: string): Promise<ObjectInfo | null>;
  /** Every object whose key starts with `prefix` (the sweep of unconfirmed uploads). */
  list(prefix: string): AsyncIterable<ObjectInfo>;
}

export type DirectUploadImageStore = ImageStore & DirectUploads;

export function supportsDirectUploads(store: ImageStore): store is DirectUploadImageStore {
  const s = store as Partial<DirectUploads>;
  return (
    typeof s.presignPut === 'function' &&
    typeof s.stat === 'function' &&
    typeof s.list === 'function'
  );
}
