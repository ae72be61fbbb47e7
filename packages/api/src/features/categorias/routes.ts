/** /api/categorias: the person's own categories (core's categories.ts). */
import { createRoute, z } from '@hono/zod-openapi';
import {
  CategoryCreateSchema,
  CategoryMergeSchema,
  CategoryMergedSchema,
  CategoryPatchSchema,
  CategorySchema,
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
import { categoryService } from './service.ts';

const list = createRoute({
  method: 'get',
  path: '/api/categorias',
  summary: 'The caller’s own categories, by name',
  security: bearer,
  responses: {
    200: jsonContent(z.array(CategorySchema), 'Categories'),
    ...errorResponses(401, 429),
  },
});

const create = createRoute({
  method: 'post',
  path: '/api/categorias',
  summary: 'Create a category (name unique without regard to case); accepts Idempotency-Key',
  security: bearer,
  middleware: [limitBody(16 * 1024)] as const,
  request: { body: jsonBody(CategoryCreateSchema) },
  responses: {
    201: jsonContent(CategorySchema, 'The new category'),
    ...errorResponses(400, 401, 409, 429),
  },
});

const patch = createRoute({
  method: 'patch',
  path: '/api/categorias/{id}',
  summary: 'Rename a category or change its icon, colour, role or refined class',
  security: bearer,
  middleware: [limitBody(16 * 1024)] as const,
  request: { params: IdParams, body: jsonBody(CategoryPatchSchema) },
  responses: {
    200: jsonContent(CategorySchema, 'The updated category'),
    ...errorResponses(400, 401, 404, 409),
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/categorias/{id}',
  summary: 'Delete a category; its garments keep their class and lose the category',
  security: bearer,
  request: { params: IdParams },
  responses: {
    200: jsonContent(
      z.object({ deleted: z.string(), prendas: z.number() }),
      'Deleted, and how many garments lost it',
    ),
    ...errorResponses(400, 401, 404),
  },
});

const merge = createRoute({
  method: 'post',
  path: '/api/categorias/{id}/fusionar',
  summary: 'Merge this category into `destino`: its garments move there and it is deleted',
  security: bearer,
  middleware: [limitBody(16 * 1024)] as const,
  request: { params: IdParams, body: jsonBody(CategoryMergeSchema) },
  responses: {
    200: jsonContent(CategoryMergedSchema, 'The surviving category and how many garments moved'),
    ...errorResponses(400, 401, 404),
  },
});

export function categoryRoutes(ctx: AppContext) {
  const service = categoryService(ctx);
  return featureRouter()
    .openapi(list, async (c) => c.json(await service.list(userIdOf(c)), 200))
    .openapi(create, async (c) =>
      c.json(await service.create(userIdOf(c), c.req.valid('json')), 201),
    )
    .openapi(patch, async (c) =>
      c.json(await service.update(userIdOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(remove, async (c) =>
      c.json(await service.remove(userIdOf(c), c.req.valid('param').id), 200),
    )
    .openapi(merge, async (c) =>
      c.json(
        await service.merge(userIdOf(c), c.req.valid('param').id, c.req.valid('json').destino),
        200,
      ),
    );
}
