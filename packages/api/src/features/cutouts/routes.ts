/**
 * /api/prendas/:id/recorte: re-run a garment's cut-out (POST, queued) and store a touch-up
 * (PUT, the person's mask applied to the original photo; answers the updated garment).
 */
import { createRoute } from '@hono/zod-openapi';
import { GarmentSchema, ImageRejected } from '@fashion/core';
import type { AppContext } from '../../deps.ts';
import { userIdOf } from '../../http/auth.ts';
import { limitBody } from '../../http/body.ts';
import { notFound, validationError } from '../../http/errors.ts';
import {
  IdParams,
  bearer,
  errorResponses,
  featureRouter,
  jsonContent,
} from '../../http/openapi.ts';
import { toGarmentJson } from '../garments/wire.ts';
import { noSegmenter } from './service.ts';

/** A mask is a flat PNG: a few MB at most even for a large photo. */
const MAX_MASK_BYTES = 8 * 1024 * 1024;

const rerun = createRoute({
  method: 'post',
  path: '/api/prendas/{id}/recorte',
  summary: 'Compute the garment’s cut-out again (queued; recorte_url changes when it is done)',
  security: bearer,
  request: { params: IdParams },
  responses: {
    202: jsonContent(GarmentSchema, 'The garment as it is now; its cut-out follows'),
    ...errorResponses(400, 401, 404, 503),
  },
});

export function cutoutRoutes(ctx: AppContext) {
  const app = featureRouter();
  app.openapi(rerun, async (c) => {
    if (!ctx.cutouts) throw noSegmenter();
    const userId = userIdOf(c);
    const { id } = c.req.valid('param');
    const g = await ctx.store.garments.get(userId, id);
    if (!g) throw notFound(`garment ${id}`);
    ctx.cutouts.schedule(userId, id, true);
    return c.json(toGarmentJson(g), 202);
  });

  // The body is the mask image itself (Content-Type image/png), described here by hand.
  app.openAPIRegistry.registerPath({
    method: 'put',
    path: '/api/prendas/{id}/recorte',
    summary:
      'Store a touched-up cut-out: the body is a mask (PNG, same aspect as the photo, white = keep) applied to the original photo',
    security: bearer,
    request: {
      params: IdParams,
      body: {
        required: true,
        content: { 'image/png': { schema: { type: 'string', format: 'binary' } } },
      },
    },
    responses: {
      200: jsonContent(GarmentSchema, 'The garment with its new cut-out'),
      ...errorResponses(400, 401, 404, 413, 415, 503),
    },
  });
  app.put('/api/prendas/:id/recorte', limitBody(MAX_MASK_BYTES, 'mask'), async (c) => {
    if (!ctx.cutouts) throw noSegmenter();
    const params = IdParams.safeParse({ id: c.req.param('id') });
    if (!params.success) throw validationError(params.error);
    const { id } = params.data;
    const type = (c.req.header('content-type') ?? '').toLowerCase();
    if (!type.startsWith('image/')) {
      throw new ImageRejected('send the mask as the body, with Content-Type image/png', 415);
    }
    const mask = new Uint8Array(await c.req.arrayBuffer());
    if (mask.length === 0) throw new ImageRejected('the mask is empty');
    const updated = await ctx.cutouts.touchUp(userIdOf(c), id, mask);
    return c.json(toGarmentJson(updated), 200);
  });
  return app;
}
