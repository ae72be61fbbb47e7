/** /api/outfits: saved outfits (the recommender's routes are mounted before these). */
import { createRoute, z } from '@hono/zod-openapi';
import {
  DeletedSchema,
  OutfitExpandedSchema,
  OutfitPatchSchema,
  OutfitSaveSchema,
  WornSchema,
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
import { OutfitPopulatedSchema, populateSlots } from '../compat/populated-outfit.ts';
import { outfitService } from './service.ts';

const save = createRoute({
  method: 'post',
  path: '/api/outfits/save',
  summary: 'Save an outfit of the caller’s garments',
  security: bearer,
  middleware: [limitBody(64 * 1024)] as const,
  request: { body: jsonBody(OutfitSaveSchema) },
  responses: {
    201: jsonContent(OutfitPopulatedSchema, 'The saved outfit with its garments'),
    ...errorResponses(400, 401, 404, 429),
  },
});

const list = createRoute({
  method: 'get',
  path: '/api/outfits',
  summary: 'The caller’s saved outfits, newest first, with their garments',
  security: bearer,
  responses: {
    200: jsonContent(z.array(OutfitPopulatedSchema), 'Outfits'),
    ...errorResponses(401, 429),
  },
});

const getOne = createRoute({
  method: 'get',
  path: '/api/outfits/{id}',
  summary: 'One saved outfit with its garments',
  security: bearer,
  request: { params: IdParams },
  responses: {
    200: jsonContent(OutfitPopulatedSchema, 'The outfit'),
    ...errorResponses(400, 401, 404),
  },
});

const rename = createRoute({
  method: 'patch',
  path: '/api/outfits/{id}',
  summary: 'Rename a saved outfit',
  security: bearer,
  middleware: [limitBody(16 * 1024)] as const,
  request: { params: IdParams, body: jsonBody(OutfitPatchSchema) },
  responses: {
    200: jsonContent(OutfitExpandedSchema, 'The renamed outfit with its garments'),
    ...errorResponses(400, 401, 404),
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/outfits/{id}',
  summary: 'Delete a saved outfit (its garments stay)',
  security: bearer,
  request: { params: IdParams },
  responses: { 200: jsonContent(DeletedSchema, 'Deleted'), ...errorResponses(400, 401, 404) },
});

const worn = createRoute({
  method: 'post',
  path: '/api/outfits/{id}/worn',
  summary:
    'Mark a saved outfit as worn now (its `ultimo_uso`): the recommender rotates its garments for a few days',
  security: bearer,
  request: { params: IdParams },
  responses: {
    200: jsonContent(WornSchema, 'The garments marked and the time'),
    ...errorResponses(400, 401, 404),
  },
});

export function outfitRoutes(ctx: AppContext) {
  const service = outfitService(ctx);
  return featureRouter()
    .openapi(save, async (c) =>
      c.json(populateSlots(await service.save(userIdOf(c), c.req.valid('json'))), 201),
    )
    .openapi(list, async (c) => c.json((await service.list(userIdOf(c))).map(populateSlots), 200))
    .openapi(getOne, async (c) =>
      c.json(populateSlots(await service.get(userIdOf(c), c.req.valid('param').id)), 200),
    )
    .openapi(rename, async (c) =>
      c.json(await service.rename(userIdOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(worn, async (c) =>
      c.json(await service.markWorn(userIdOf(c), c.req.valid('param').id), 200),
    )
    .openapi(remove, async (c) => {
      const { id } = c.req.valid('param');
      await service.remove(userIdOf(c), id);
      return c.json({ deleted: id }, 200);
    });
}
