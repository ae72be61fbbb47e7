/**
 * GET /api/insights: the caller's wardrobe insights (core's computeInsights) over the wear log.
 * A garment whose `ultimo_uso` no logged wear explains (set before the log existed) counts that
 * day as its one known wear, so older wardrobes are not shown as never worn. What the
 * recommender suggested and was not worn since comes from the suggestion log
 * (features/recommend/suggestion-log.ts).
 */
import { createRoute, z } from '@hono/zod-openapi';
import { computeInsights, wearsFromLastWorn } from '@fashion/core';
import type { AppContext } from '../../deps.ts';
import { userIdOf } from '../../http/auth.ts';
import { bearer, errorResponses, featureRouter, jsonContent } from '../../http/openapi.ts';

const GarmentWearsSchema = z.object({
  id: z.string(),
  wears: z.number(),
  last: z.string().optional(),
});
const InsightsSchema = z.object({
  garments: z.number(),
  total_wears: z.number(),
  most_worn: z.array(GarmentWearsSchema),
  least_worn: z.array(GarmentWearsSchema),
  not_worn_recently: z.array(z.string()),
  idle_days: z.number(),
  cost_per_wear: z.array(
    z.object({ id: z.string(), precio: z.number(), wears: z.number(), cost_per_wear: z.number() }),
  ),
  wardrobe_value: z.object({ total: z.number(), priced: z.number() }),
  wears_per_month: z.array(z.object({ month: z.string(), wears: z.number() })),
  by_color: z.record(z.string(), z.number()),
  by_tipo: z.record(z.string(), z.number()),
  suggested_not_worn: z.array(
    z.object({
      id: z.string(),
      veces: z.number(),
      primera: z.string(),
      ultima: z.string(),
      last_worn: z.string().optional(),
    }),
  ),
});

const get = createRoute({
  method: 'get',
  path: '/api/insights',
  summary:
    'Wardrobe insights: wear counts, idle garments, cost per wear, distributions, suggested but not worn',
  security: bearer,
  responses: { 200: jsonContent(InsightsSchema, 'Insights'), ...errorResponses(401, 429) },
});

/** A price, when the garment record declares one (a later garment field). */
const priceOf = (g: object) => {
  const p = (g as { precio?: unknown }).precio;
  return typeof p === 'number' ? p : undefined;
};

export function insightsRoutes(ctx: AppContext) {
  return featureRouter().openapi(get, async (c) => {
    const userId = userIdOf(c);
    const [garments, log, suggestions] = await Promise.all([
      ctx.store.garments.list(userId),
      ctx.store.wears.list(userId, {}),
      ctx.store.suggestions.list(userId),
    ]);
    const logged = new Set(log.flatMap((w) => w.prenda_ids));
    const wears = [
      ...log.map((w) => ({ fecha: w.fecha, prenda_ids: w.prenda_ids })),
      ...wearsFromLastWorn(garments.filter((g) => !logged.has(g._id))),
    ];
    const rows = garments.map((g) => ({
      _id: g._id,
      tipo: g.tipo,
      color: g.color,
      clase_nombre: g.clase_nombre,
      precio: priceOf(g),
    }));
    return c.json(computeInsights(rows, wears, { now: new Date(), suggestions }), 200);
  });
}
