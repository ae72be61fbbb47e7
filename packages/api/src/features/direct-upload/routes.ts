/**
 * POST /api/prendas/upload-url and POST /api/prendas/confirm — mounted only when the ImageStore
 * can presign (S3/R2 with credentials); see service.ts for the flow.
 */
import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../deps.ts';
import { userIdOf } from '../../http/auth.ts';
import { limitBody } from '../../http/body.ts';
import {
  bearer,
  errorResponses,
  featureRouter,
  jsonBody,
  jsonContent,
} from '../../http/openapi.ts';
import { supportsDirectUploads } from '../../ports/direct-upload.ts';
import {
  ConfirmRequestSchema,
  GarmentSchema,
  UploadUrlRequestSchema,
  UploadUrlResponseSchema,
} from './schemas.ts';
import {
  DEFAULT_DIRECT_UPLOAD_OPTIONS,
  directUploadService,
  type DirectUploadOptions,
} from './service.ts';

const uploadUrl = createRoute({
  method: 'post',
  path: '/api/prendas/upload-url',
  summary: 'A presigned URL to PUT a photo straight into the bucket (then call confirm)',
  security: bearer,
  middleware: [limitBody(16 * 1024)] as const,
  request: { body: jsonBody(UploadUrlRequestSchema) },
  responses: {
    200: jsonContent(UploadUrlResponseSchema, 'Where and how to upload'),
    ...errorResponses(400, 401, 413, 429),
  },
});

const confirm = createRoute({
  method: 'post',
  path: '/api/prendas/confirm',
  summary: 'Turn an uploaded photo into a garment (classifying what the client did not say)',
  security: bearer,
  middleware: [limitBody(64 * 1024)] as const,
  request: { body: jsonBody(ConfirmRequestSchema) },
  responses: {
    201: jsonContent(GarmentSchema, 'The new garment'),
    ...errorResponses(400, 401, 404, 413, 415, 429, 503),
  },
});

/** The routes, or null when the ImageStore cannot presign (nothing is mounted then). */
export function directUploadRoutes(ctx: AppContext, options: Partial<DirectUploadOptions> = {}) {
  const images = ctx.images;
  if (!supportsDirectUploads(images)) return null;
  const service = directUploadService(ctx, images, {
    ...DEFAULT_DIRECT_UPLOAD_OPTIONS,
    ...options,
  });
  return featureRouter()
    .openapi(uploadUrl, async (c) => {
      const { contentType, size } = c.req.valid('json');
      const answer = await service.createUploadUrl(userIdOf(c), contentType, size);
      void service.sweepSoon();
      return c.json(answer, 200);
    })
    .openapi(confirm, async (c) => {
      const { key, ...fields } = c.req.valid('json');
      return c.json(await service.confirm(userIdOf(c), key, fields), 201);
    });
}
