/**
 * GET /api/outfits/recommend. Mounted before the saved-outfit routes, or /api/outfits/{id}
 * would capture it. A wardrobe that cannot make an outfit is a 400 `{ error, missing, codes }`.
 */
import { createRoute } from '@hono/zod-openapi';
import {
  RecommendQuerySchema,
  RecommendResponseSchema,
  WardrobeIncompleteError,
  WardrobeIncompleteSchema,
} from '@fashion/core';
import type { AppContext } from '../../deps.ts';
import { userIdOf } from '../../http/auth.ts';
import { bearer, errorResponses, featureRouter, jsonContent } from '../../http/openapi.ts';
import { withOriginalSlots } from '../compat/outfit-slots.ts';
import { recommendService } from './service.ts';

const recommend = createRoute({
  method: 'get',
  path: '/api/outfits/recommend',
  summary: 'Outfits from the caller’s wardrobe, scored and explained',
  description:
    'Unset preferences come from the saved profile, then the defaults. `exclude` (JSON array of ' +
    'id arrays or `key`s) skips combos already shown; `seed` breaks exact ties. Each outfit ' +
    'carries the slot ids of `POST /api/outfits/save`.',
  security: bearer,
  request: { query: RecommendQuerySchema },
  responses: {
    200: jsonContent(RecommendResponseSchema, 'Outfits, best first'),
    400: jsonContent(
      WardrobeIncompleteSchema,
      'Invalid query, or a wardrobe that cannot make an outfit (`missing` says what to add)',
    ),
    ...errorResponses(401, 429),
  },
});

export function recommendRoutes(ctx: AppContext) {
  const service = recommendService(ctx);
  return featureRouter().openapi(recommend, async (c) => {
    try {
      const userId = userIdOf(c);
      const { outfits } = await service.recommend(userId, c.req.valid('query'));
      ctx.suggestions.served(c, userId, outfits);
      return c.json(outfits.map(withOriginalSlots), 200);
    } catch (err) {
      if (!(err instanceof WardrobeIncompleteError)) throw err;
      const { message, missing, codes } = err;
      return c.json(
        { error: message, code: 'bad_request' as const, missing: [...missing], codes: [...codes] },
        400,
      );
    }
  });
}
