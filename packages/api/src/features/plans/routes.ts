/** /api/planes: the calendar's planned outfits (create, list, move, remove, mark worn, suggest). */
import { createRoute, z } from '@hono/zod-openapi';
import {
  DaySchema,
  DeletedSchema,
  PlanCreateSchema,
  PlanExpandedSchema,
  PlanPatchSchema,
  PlanQuerySchema,
  RecommendQuerySchema,
  RecommendResponseSchema,
  WardrobeIncompleteError,
  WardrobeIncompleteSchema,
  WearExpandedSchema,
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
import { withOriginalSlots } from '../compat/outfit-slots.ts';
import { planService } from './service.ts';

const create = createRoute({
  method: 'post',
  path: '/api/planes',
  summary:
    'Plan a day: a saved outfit (`outfit_id`) or a suggestion’s garments (its slot ids); today or later',
  security: bearer,
  middleware: [limitBody(16 * 1024)] as const,
  request: { body: jsonBody(PlanCreateSchema) },
  responses: {
    201: jsonContent(PlanExpandedSchema, 'The plan with its garments'),
    ...errorResponses(400, 401, 404, 429),
  },
});

const list = createRoute({
  method: 'get',
  path: '/api/planes',
  summary: 'The caller’s plans, earliest day first, within `desde`..`hasta` (inclusive)',
  security: bearer,
  request: { query: PlanQuerySchema },
  responses: {
    200: jsonContent(z.array(PlanExpandedSchema), 'Plans'),
    ...errorResponses(400, 401, 429),
  },
});

const suggest = createRoute({
  method: 'get',
  path: '/api/planes/sugerencias',
  summary:
    'Outfits for a planned day (`fecha`): garments worn or planned around it weigh less, garments in the laundry are left out',
  security: bearer,
  request: { query: RecommendQuerySchema.extend({ fecha: DaySchema }) },
  responses: {
    200: jsonContent(RecommendResponseSchema, 'Outfits, best first'),
    400: jsonContent(WardrobeIncompleteSchema, 'Invalid query, or a wardrobe too small'),
    ...errorResponses(401, 429),
  },
});

const getOne = createRoute({
  method: 'get',
  path: '/api/planes/{id}',
  summary: 'One plan with its garments',
  security: bearer,
  request: { params: IdParams },
  responses: {
    200: jsonContent(PlanExpandedSchema, 'The plan'),
    ...errorResponses(400, 401, 404),
  },
});

const update = createRoute({
  method: 'patch',
  path: '/api/planes/{id}',
  summary: 'Move a plan to another day (`fecha`), or change its occasion or note',
  security: bearer,
  middleware: [limitBody(16 * 1024)] as const,
  request: { params: IdParams, body: jsonBody(PlanPatchSchema) },
  responses: {
    200: jsonContent(PlanExpandedSchema, 'The changed plan'),
    ...errorResponses(400, 401, 404),
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/planes/{id}',
  summary: 'Remove a plan',
  security: bearer,
  request: { params: IdParams },
  responses: { 200: jsonContent(DeletedSchema, 'Deleted'), ...errorResponses(400, 401, 404) },
});

const worn = createRoute({
  method: 'post',
  path: '/api/planes/{id}/worn',
  summary: 'Mark a plan as worn: logs the wear on its day (a day to come is refused)',
  security: bearer,
  request: { params: IdParams },
  responses: {
    201: jsonContent(WearExpandedSchema, 'The wear'),
    ...errorResponses(400, 401, 404),
  },
});

export function planRoutes(ctx: AppContext) {
  const service = planService(ctx);
  return featureRouter()
    .openapi(create, async (c) =>
      c.json(await service.create(userIdOf(c), c.req.valid('json')), 201),
    )
    .openapi(list, async (c) => c.json(await service.list(userIdOf(c), c.req.valid('query')), 200))
    .openapi(suggest, async (c) => {
      const { fecha, ...query } = c.req.valid('query');
      try {
        const userId = userIdOf(c);
        const outfits = await service.suggest(userId, fecha, query);
        ctx.suggestions.served(c, userId, outfits);
        return c.json(outfits.map(withOriginalSlots), 200);
      } catch (err) {
        if (!(err instanceof WardrobeIncompleteError)) throw err;
        const { message, missing, codes } = err;
        return c.json(
          {
            error: message,
            code: 'bad_request' as const,
            missing: [...missing],
            codes: [...codes],
          },
          400,
        );
      }
    })
    .openapi(getOne, async (c) =>
      c.json(await service.get(userIdOf(c), c.req.valid('param').id), 200),
    )
    .openapi(update, async (c) =>
      c.json(await service.update(userIdOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(worn, async (c) =>
      c.json(await service.worn(userIdOf(c), c.req.valid('param').id), 201),
    )
    .openapi(remove, async (c) => {
      const { id } = c.req.valid('param');
      await service.remove(userIdOf(c), id);
      return c.json({ deleted: id }, 200);
    });
}
