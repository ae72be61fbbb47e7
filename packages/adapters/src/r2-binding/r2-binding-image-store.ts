/**
 * ImageStore over a Worker's R2 bucket binding (the edge form): no credentials, no S3 signing.
 * Objects live under `folder/`. Clients fetch them from the bucket's public URL when one is
 * configured, otherwise through the API's image route.
 */
import type { ImageStore, ObjectInfo, StoredObject } from '@fashion/api';
import { assertSafeKey, joinKey } from '../s3/keys.ts';

/** The part of the workers-types `R2Bucket` this store uses (kept structural: no runtime types). */
export interface R2BucketLike {
  put(
    key: string,
    value: ArrayBuffer | ArrayBufferView,
    options?: { httpMetadata?: { contentType?: string; cacheControl?: string } },
  ): Promise<unknown>;
  get(key: string): Promise<{
    arrayBuffer(): Promise<ArrayBuffer>;
    httpMetadata?: { contentType?: string };
  } | null>;
  delete(keys: string | string[]): Promise<void>;
  list(options: { prefix?: string; cursor?: string; limit?: number }): Promise<{
    objects: { key: string; size: number; uploaded: Date }[];
    truncated: boolean;
    cursor?: string;
  }>;
}

export interface R2BindingImageStoreOptions {
  bucket: R2BucketLike;
  /** Key prefix inside the bucket (R2_FOLDER, default `fashion_ai`). */
  folder: string;
  /** Public bucket URL (R2_PUBLIC_URL); without it, URLs point at the API's image route. */
  publicUrl?: string;
  /** Image route prefix (default `/api/images`). */
  routePrefix?: string;
}

export class R2BindingImageStore implements ImageStore {
  readonly #bucket: R2BucketLike;
  readonly #folder: string;
  readonly #publicUrl: string | undefined;
  readonly #routePrefix: string;

  constructor(options: R2BindingImageStoreOptions) {
    this.#bucket = options.bucket;
    this.#folder = options.folder;
    this.#publicUrl = options.publicUrl?.replace(/\/+$/, '') || undefined;
    this.#routePrefix = (options.routePrefix ?? '/api/images').replace(/\/+$/, '');
  }

  async put(key: string, body: Uint8Array, contentType: string): Promise<void> {
    await this.#bucket.put(joinKey(this.#folder, key), body, {
      httpMetadata: { contentType, cacheControl: 'public, max-age=31536000, immutable' },
    });
  }

  async get(key: string): Promise<StoredObject | null> {
    const object = await this.#bucket.get(joinKey(this.#folder, key));
    if (!object) return null;
    return {
      body: new Uint8Array(await object.arrayBuffer()),
      contentType: object.httpMetadata?.contentType ?? 'application/octet-stream',
    };
  }

  async delete(key: string): Promise<void> {
    await this.#bucket.delete(joinKey(this.#folder, key));
  }

  /** For the image sweep: keys relative to the folder. */
  async *list(prefix: string): AsyncIterable<ObjectInfo> {
    const base = this.#folder ? `${this.#folder.replace(/^\/+|\/+$/g, '')}/` : '';
    let cursor: string | undefined;
    do {
      const page = await this.#bucket.list({
        prefix: base + prefix,
        ...(cursor ? { cursor } : {}),
      });
      for (const o of page.objects) {
        yield { key: o.key.slice(base.length), size: o.size, uploadedAt: o.uploaded };
      }
      cursor = page.truncated ? page.cursor : undefined;
    } while (cursor);
  }

  async ping(): Promise<boolean> {
    try {
      await this.#bucket.list({ limit: 1 });
      return true;
    } catch {
      return false;
    }
  }

  url(key: string): string {
    return this.#publicUrl
      ? `${this.#publicUrl}/${joinKey(this.#folder, key)}`
      : `${this.#routePrefix}/${assertSafeKey(key)}`;
  }
}
