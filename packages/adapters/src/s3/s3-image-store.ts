/**
 * ImageStore over the S3 API (Cloudflare R2, or any S3-compatible store). Objects live under
 * `folder/`; clients fetch them from the bucket's public URL. It also presigns PUT URLs so that
 * a browser can upload straight to the bucket (the direct-upload feature).
 */
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { DirectUploadImageStore, ObjectInfo, PresignedPut, StoredObject } from '@fashion/api';
import type { S3ImageStoreOptions } from './config.ts';
import { imageKeyFromPublicUrl, joinKey } from './keys.ts';

function isNotFound(err: unknown): boolean {
  return (
    err instanceof S3ServiceException &&
    (err.name === 'NoSuchKey' || err.name === 'NotFound' || err.$metadata.httpStatusCode === 404)
  );
}

export class S3ImageStore implements DirectUploadImageStore {
  readonly #client: S3Client;
  readonly #bucket: string;
  readonly #folder: string;
  readonly #publicUrl: string;

  constructor(options: S3ImageStoreOptions) {
    this.#bucket = options.bucket;
    this.#folder = options.folder.replace(/^\/+|\/+$/g, '');
    this.#publicUrl = options.publicUrl.replace(/\/+$/, '');
    this.#client = new S3Client({
      endpoint: options.endpoint,
      region: options.region ?? 'auto',
      credentials: {
        accessKeyId: options.accessKeyId,
        secretAccessKey: options.secretAccessKey,
      },
      // Path-style works on R2 and on local S3 servers alike.
      forcePathStyle: true,
      // Without this the SDK adds CRC checksum parameters to presigned URLs, which a browser PUT
      // cannot satisfy and R2 rejects.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      maxAttempts: 2,
    });
  }

  #objectKey(key: string): string {
    return joinKey(this.#folder, key);
  }

  async put(key: string, body: Uint8Array, contentType: string): Promise<void> {
    await this.#client.send(
      new PutObjectCommand({
        Bucket: this.#bucket,
        Key: this.#objectKey(key),
        Body: body,
        ContentType: contentType,
        ContentLength: body.byteLength,
        // Keys are never reused (random ids), so clients may cache forever.
        CacheControl: 'public, max-age=31536000, immutable',
      }),
    );
  }

  async get(key: string): Promise<StoredObject | null> {
    try {
      const out = await this.#client.send(
        new GetObjectCommand({ Bucket: this.#bucket, Key: this.#objectKey(key) }),
      );
      if (!out.Body) return null;
      return {
        body: await out.Body.transformToByteArray(),
        contentType: out.ContentType ?? 'application/octet-stream',
      };
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    // S3 DELETE of a missing key succeeds, which is the idempotence the port asks for.
    await this.#client.send(
      new DeleteObjectCommand({ Bucket: this.#bucket, Key: this.#objectKey(key) }),
    );
  }

  url(key: string): string {
    return `${this.#publicUrl}/${this.#objectKey(key)}`;
  }

  /** The store key behind one of this store's public URLs (garments written by the old system). */
  keyFromUrl(url: string): string | null {
    return imageKeyFromPublicUrl(url, this.#publicUrl, this.#folder);
  }

  async presignPut(
    key: string,
    contentType: string,
    size: number,
    expiresInSeconds: number,
  ): Promise<PresignedPut> {
    const command = new PutObjectCommand({
      Bucket: this.#bucket,
      Key: this.#objectKey(key),
      ContentType: contentType,
      // Signed, so the bucket refuses a body of any other length.
      ContentLength: size,
    });
    const url = await getSignedUrl(this.#client, command, {
      expiresIn: expiresInSeconds,
      signableHeaders: new Set(['content-type', 'content-length']),
    });
    return {
      url,
      headers: { 'Content-Type': contentType },
      expiresAt: new Date(Date.now() + expiresInSeconds * 1000).toISOString(),
    };
  }

  async stat(key: string): Promise<ObjectInfo | null> {
    try {
      const out = await this.#client.send(
        new HeadObjectCommand({ Bucket: this.#bucket, Key: this.#objectKey(key) }),
      );
      return {
        key,
        size: out.ContentLength ?? 0,
        uploadedAt: out.LastModified ?? new Date(0),
      };
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }

  async *list(prefix: string): AsyncIterable<ObjectInfo> {
    const base = this.#folder ? `${this.#folder}/` : '';
    let token: string | undefined;
    do {
      const page = await this.#client.send(
        new ListObjectsV2Command({
          Bucket: this.#bucket,
          Prefix: base + prefix,
          ContinuationToken: token,
        }),
      );
      for (const o of page.Contents ?? []) {
        if (!o.Key) continue;
        yield {
          key: o.Key.slice(base.length),
          size: o.Size ?? 0,
          uploadedAt: o.LastModified ?? new Date(0),
        };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  /** Cheap reachability probe (used by health checks). */
  async ping(): Promise<boolean> {
    try {
      await this.#client.send(new ListObjectsV2Command({ Bucket: this.#bucket, MaxKeys: 1 }));
      return true;
    } catch {
      return false;
    }
  }

  close(): void {
    this.#client.destroy();
  }
}
