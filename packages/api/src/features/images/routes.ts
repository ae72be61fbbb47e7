/**
 * GET /api/images/:key — serves stored images in the embedded mode (cloud mode links straight to
 * the public bucket). Public on purpose: `<img>` tags cannot send bearer tokens, and the random
 * 128-bit key is what grants access (a capability URL).
 */
import { createRoute, z } from '@hono/zod-openapi';
import { IMAGE_KEY_PATTERN } from '@fashion/core';
import type { AppContext } from '../../deps.ts';
import { errorResponses, featureRouter } from '../../http/openapi.ts';
import { imageService } from './service.ts';

const route = createRoute({
  method: 'get',
  path: '/api/images/{key}',
  summary: 'A stored garment image or thumbnail',
  request: {
    params: z.object({ key: z.string().regex(IMAGE_KEY_PATTERN, 'must be an image key') }),
  },
  responses: {
    200: {
      description: 'The image',
      content: { 'image/webp': { schema: z.string().meta({ format: 'binary' }) } },
    },
    304: { description: 'Not modified (the ETag matched)' },
    ...errorResponses(400, 404),
  },
});

export function imageRoutes(ctx: AppContext) {
  const service = imageService(ctx);
  return featureRouter().openapi(route, async (c) => {
    const { key } = c.req.valid('param');
    // Keys are never reused, so the key itself is a strong validator.
    const etag = `"${key}"`;
    const headers = {
      'Cache-Control': 'public, max-age=31536000, immutable',
      ETag: etag,
      // Images are embedded by the web app, which may live on another origin (Pages).
      'Cross-Origin-Resource-Policy': 'cross-origin',
    };
    if (c.req.header('if-none-match') === etag) return c.body(null, 304, headers);
    const object = await service.get(key);
    return c.body(object.body as Uint8Array<ArrayBuffer>, 200, {
      ...headers,
      'Content-Type': object.contentType,
    });
  });
}
