/** /api/usos: the wear log ("I wore this", "I wore this instead", undo, history). */
import { createRoute, z } from '@hono/zod-openapi';
import {
  DeletedSchema,
  WearCreateSchema,
  WearExpandedSchema,
  WearQuerySchema,
  WearReplaceSchema,
} from '@fashion/core';
import type { AppContext } from '../../deps.ts';
import { userIdOf } from '../../http/auth.ts';
import { limitBody } from '../../http/body.ts';
import {
  IdParams,
  bearer,
  errorResponses,
  featureRouter,
  jsonBody,
  jsonContent,
} from '../../http/openapi.ts';
import { wearService } from './service.ts';

const log = createRoute({
  method: 'post',
  path: '/api/usos',
  summary:
    'Log a wear: garments (`prenda_ids`) or a saved outfit (`outfit_id`) worn on `fecha` (default today; past days allowed, future refused with `date_in_future`). The same wear twice for a day answers the first (200).',
  security: bearer,
  middleware: [limitBody(16 * 1024)] as const,
  request: { body: jsonBody(WearCreateSchema) },
  responses: {
    201: jsonContent(WearExpandedSchema, 'The new wear with its garments'),
    200: jsonContent(WearExpandedSchema, 'That day already had this wear: it is answered'),
    ...errorResponses(400, 401, 404, 429),
  },
});

const list = createRoute({
  method: 'get',
  path: '/api/usos',
  summary:
    'The caller’s wears, newest day first, within `desde`..`hasta` (inclusive), or of one garment (`prenda`)',
  security: bearer,
  request: { query: WearQuerySchema },
  responses: {
    200: jsonContent(z.array(WearExpandedSchema), 'Wears'),
    ...errorResponses(400, 401, 429),
  },
});

const getOne = createRoute({
  method: 'get',
  path: '/api/usos/{id}',
  summary: 'One wear with its garments',
  security: bearer,
  request: { params: IdParams },
  responses: {
    200: jsonContent(WearExpandedSchema, 'The wear'),
    ...errorResponses(400, 401, 404),
  },
});

const replace = createRoute({
  method: 'patch',
  path: '/api/usos/{id}',
  summary: '“I wore this instead”: other garments or another saved outfit for that day’s wear',
  security: bearer,
  middleware: [limitBody(16 * 1024)] as const,
  request: { params: IdParams, body: jsonBody(WearReplaceSchema) },
  responses: {
    200: jsonContent(WearExpandedSchema, 'The changed wear'),
    ...errorResponses(400, 401, 404),
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/usos/{id}',
  summary: 'Undo a wear: its garments’ `ultimo_uso` falls back to their previous wear',
  security: bearer,
  request: { params: IdParams },
  responses: { 200: jsonContent(DeletedSchema, 'Deleted'), ...errorResponses(400, 401, 404) },
});

export function wearRoutes(ctx: AppContext) {
  const service = wearService(ctx);
  return featureRouter()
    .openapi(log, async (c) => {
      const { wear, created } = await service.log(userIdOf(c), c.req.valid('json'));
      return created ? c.json(wear, 201) : c.json(wear, 200);
    })
    .openapi(list, async (c) => c.json(await service.list(userIdOf(c), c.req.valid('query')), 200))
    .openapi(getOne, async (c) =>
      c.json(await service.get(userIdOf(c), c.req.valid('param').id), 200),
    )
    .openapi(replace, async (c) =>
      c.json(await service.replace(userIdOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(remove, async (c) => {
      const { id } = c.req.valid('param');
      await service.remove(userIdOf(c), id);
      return c.json({ deleted: id }, 200);
    });
}
