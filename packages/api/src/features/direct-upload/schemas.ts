import { z } from '@hono/zod-openapi';
import { GarmentFieldsSchema, GarmentSchema } from '@fashion/core';
import { PENDING_KEY_PATTERN } from './pending-keys.ts';

/** Formats some server's image processor reads; the bytes are checked again on confirm. */
export const UPLOAD_CONTENT_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'image/heif',
  'image/avif',
] as const;

export const UploadUrlRequestSchema = z.strictObject({
  contentType: z.enum(UPLOAD_CONTENT_TYPES),
  /** Exact size of the file in bytes; the signed URL accepts only this length. */
  size: z.number().int().positive(),
});

export const UploadUrlResponseSchema = z.object({
  key: z.string(),
  uploadUrl: z.string(),
  method: z.literal('PUT'),
  /** Send these headers with the PUT, unchanged. */
  headers: z.record(z.string(), z.string()),
  expiresAt: z.string(),
  maxBytes: z.number(),
});

export const ConfirmRequestSchema = GarmentFieldsSchema.extend({
  key: z.string().regex(PENDING_KEY_PATTERN, 'must be a key returned by /api/prendas/upload-url'),
});

export { GarmentSchema };
