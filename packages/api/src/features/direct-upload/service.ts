/**
 * Direct uploads: the browser PUTs the photo straight into the bucket through a presigned URL,
 * then asks the API to confirm. Confirm reads the object, runs it through the same garment
 * creation as a normal upload (validate, strip metadata, classify, store, insert) and removes
 * the pending object. Nothing becomes a row without an object, and an object whose confirm
 * never comes is removed by the sweep once it is older than `maxPendingAgeMs`. Confirms of one
 * upload that overlap (a double tap, a client retry) share one creation and get the same garment;
 * this holds within one server process (a Worker's isolates do not share it).
 */
import type { Garment, GarmentFields } from '@fashion/core';
import { ImageRejected } from '@fashion/core';
import type { AppContext } from '../../deps.ts';
import { HttpError, notFound } from '../../http/errors.ts';
import type { DirectUploadImageStore } from '../../ports/direct-upload.ts';
import { garmentService } from '../garments/service.ts';
import {
  PENDING_KEY_PATTERN,
  PENDING_PREFIX,
  isPendingKeyOf,
  newPendingKey,
} from './pending-keys.ts';

export interface DirectUploadOptions {
  /** How long a presigned URL stays valid. */
  urlTtlSeconds: number;
  /** Unconfirmed uploads older than this are swept (well past the URL's life). */
  maxPendingAgeMs: number;
  /** The opportunistic sweep runs at most this often (on upload-url requests). */
  sweepEveryMs: number;
}

export const DEFAULT_DIRECT_UPLOAD_OPTIONS: DirectUploadOptions = {
  urlTtlSeconds: 10 * 60,
  maxPendingAgeMs: 60 * 60 * 1000,
  sweepEveryMs: 10 * 60 * 1000,
};

/** Deletes unconfirmed uploads older than `maxAgeMs`; returns how many it removed. */
export async function sweepPendingUploads(
  images: DirectUploadImageStore,
  maxAgeMs: number,
  now = Date.now(),
): Promise<number> {
  let removed = 0;
  for await (const object of images.list(PENDING_PREFIX)) {
    if (!PENDING_KEY_PATTERN.test(object.key)) continue;
    if (now - object.uploadedAt.getTime() < maxAgeMs) continue;
    await images.delete(object.key);
    removed++;
  }
  return removed;
}

export function directUploadService(
  ctx: AppContext,
  images: DirectUploadImageStore,
  options: DirectUploadOptions = DEFAULT_DIRECT_UPLOAD_OPTIONS,
) {
  const garments = garmentService(ctx);
  const maxBytes = ctx.options.maxUploadBytes;
  let lastSweep = 0;
  const confirming = new Map<string, Promise<Garment>>();

  async function createFromUpload(userId: string, key: string, fields: GarmentFields) {
    const info = await images.stat(key);
    if (!info) throw notFound('upload (expired, or the PUT did not complete)');
    if (info.size > maxBytes) {
      await images.delete(key);
      throw new HttpError(
        413,
        `image too large: the limit is ${maxBytes} bytes`,
        {},
        undefined,
        'image_too_large',
      );
    }
    const object = await images.get(key);
    if (!object) throw notFound('upload');
    try {
      const garment = await garments.create(userId, object.body, fields);
      await images.delete(key).catch((err: unknown) => {
        ctx.options.logError('could not delete a confirmed upload (the sweep will)', err);
      });
      return garment;
    } catch (err) {
      // Not an image: nothing to retry, drop it now. Other failures (classifier down, storage
      // hiccup) keep the upload so that the client can confirm again; the sweep has the rest.
      if (err instanceof ImageRejected) await images.delete(key);
      throw err;
    }
  }

  return {
    async createUploadUrl(userId: string, contentType: string, size: number) {
      if (size > maxBytes) {
        throw new HttpError(
          413,
          `image too large: the limit is ${maxBytes} bytes`,
          {},
          undefined,
          'image_too_large',
        );
      }
      const key = await newPendingKey(userId);
      const signed = await images.presignPut(key, contentType, size, options.urlTtlSeconds);
      return {
        key,
        uploadUrl: signed.url,
        method: 'PUT' as const,
        headers: signed.headers,
        expiresAt: signed.expiresAt,
        maxBytes,
      };
    },

    async confirm(userId: string, key: string, fields: GarmentFields): Promise<Garment> {
      if (!(await isPendingKeyOf(userId, key))) throw notFound('upload');
      const running = confirming.get(key);
      if (running) return running;
      const creation = createFromUpload(userId, key, fields).finally(() => confirming.delete(key));
      confirming.set(key, creation);
      return creation;
    },

    /** Starts a sweep in the background when the last one is older than `sweepEveryMs`. */
    sweepSoon(now = Date.now()): Promise<number> | null {
      if (now - lastSweep < options.sweepEveryMs) return null;
      lastSweep = now;
      return sweepPendingUploads(images, options.maxPendingAgeMs, now).catch((err: unknown) => {
        ctx.options.logError('sweep of unconfirmed uploads failed', err);
        return 0;
      });
    },
  };
}
