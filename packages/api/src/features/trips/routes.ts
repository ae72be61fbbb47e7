/**
 * /api/viajes: trips with their plan and packing list (create, list, read, change, delete,
 * plan for the weather, check items off, swap a piece of a day).
 */
import { createRoute, z } from '@hono/zod-openapi';
import {
  DeletedSchema,
  ErrorSchema,
  TripCheckSchema,
  TripCreateSchema,
  TripExpandedSchema,
  TripPatchSchema,
  TripPlanRequestSchema,
  TripSchema,
  TripSwapSchema,
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
import { tripService } from './service.ts';

const notPlanned = jsonContent(
  ErrorSchema,
  'The trip has no plan yet (trip_not_planned), or no other outfit exists (no_alternative)',
);

const create = createRoute({
  method: 'post',
  path: '/api/viajes',
  summary:
    'A trip: destination, dates (31 days at most), activities per day (work, evening, sport, casual), laundry or not',
  security: bearer,
  middleware: [limitBody(32 * 1024)] as const,
  request: { body: jsonBody(TripCreateSchema) },
  responses: {
    201: jsonContent(TripExpandedSchema, 'The trip (not planned yet)'),
    ...errorResponses(400, 401, 429),
  },
});

const list = createRoute({
  method: 'get',
  path: '/api/viajes',
  summary: 'The caller’s trips, earliest start first',
  security: bearer,
  responses: { 200: jsonContent(z.array(TripSchema), 'Trips'), ...errorResponses(401, 429) },
});

const getOne = createRoute({
  method: 'get',
  path: '/api/viajes/{id}',
  summary: 'One trip with the garments its plan names',
  security: bearer,
  request: { params: IdParams },
  responses: { 200: jsonContent(TripExpandedSchema, 'The trip'), ...errorResponses(400, 401, 404) },
});

const update = createRoute({
  method: 'patch',
  path: '/api/viajes/{id}',
  summary: 'Change destination, dates, activities or laundry; the plan is dropped (plan again)',
  security: bearer,
  middleware: [limitBody(32 * 1024)] as const,
  request: { params: IdParams, body: jsonBody(TripPatchSchema) },
  responses: {
    200: jsonContent(TripExpandedSchema, 'The changed trip'),
    ...errorResponses(400, 401, 404),
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/viajes/{id}',
  summary: 'Delete a trip',
  security: bearer,
  request: { params: IdParams },
  responses: { 200: jsonContent(DeletedSchema, 'Deleted'), ...errorResponses(400, 401, 404) },
});

const plan = createRoute({
  method: 'post',
  path: '/api/viajes/{id}/planificar',
  summary:
    'Plan the trip: one outfit per day and activity for that day’s forecast (climate normals beyond the horizon), the fewest garments; or for temperatures given by hand (`manual`)',
  security: bearer,
  middleware: [limitBody(32 * 1024)] as const,
  request: {
    params: IdParams,
    body: { content: { 'application/json': { schema: TripPlanRequestSchema } } },
  },
  responses: {
    200: jsonContent(TripExpandedSchema, 'The planned trip (`plan`: days, packing list, sizes)'),
    ...errorResponses(400, 401, 404, 429),
    503: jsonContent(
      ErrorSchema,
      'No weather provider, or it failed (forecast_unavailable): send `manual` temperatures',
    ),
  },
});

const check = createRoute({
  method: 'patch',
  path: '/api/viajes/{id}/lista',
  summary: 'Check a packing-list item off (`marcado: true`) or back on',
  security: bearer,
  middleware: [limitBody(32 * 1024)] as const,
  request: { params: IdParams, body: jsonBody(TripCheckSchema) },
  responses: {
    200: jsonContent(TripExpandedSchema, 'The trip'),
    ...errorResponses(400, 401, 404),
    409: notPlanned,
  },
});

const swap = createRoute({
  method: 'post',
  path: '/api/viajes/{id}/cambiar',
  summary:
    'Swap a piece of one day’s outfit: that outfit is chosen again without it, the other days stay, the packing list follows',
  security: bearer,
  middleware: [limitBody(32 * 1024)] as const,
  request: { params: IdParams, body: jsonBody(TripSwapSchema) },
  responses: {
    200: jsonContent(TripExpandedSchema, 'The trip with the new plan'),
    ...errorResponses(400, 401, 404),
    409: notPlanned,
  },
});

export function tripRoutes(ctx: AppContext) {
  const service = tripService(ctx);
  return featureRouter()
    .openapi(create, async (c) =>
      c.json(await service.create(userIdOf(c), c.req.valid('json')), 201),
    )
    .openapi(list, async (c) => c.json(await service.list(userIdOf(c)), 200))
    .openapi(getOne, async (c) =>
      c.json(await service.get(userIdOf(c), c.req.valid('param').id), 200),
    )
    .openapi(update, async (c) =>
      c.json(await service.update(userIdOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(remove, async (c) => {
      const { id } = c.req.valid('param');
      await service.remove(userIdOf(c), id);
      return c.json({ deleted: id }, 200);
    })
    .openapi(plan, async (c) =>
      // The body is optional: without one (or without `manual`) the forecast is used.
      c.json(
        await service.plan(userIdOf(c), c.req.valid('param').id, c.req.valid('json') ?? {}),
        200,
      ),
    )
    .openapi(check, async (c) =>
      c.json(await service.check(userIdOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(swap, async (c) =>
      c.json(await service.swap(userIdOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
    );
}
