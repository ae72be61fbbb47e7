/**
 * /api/weather (a day's weather at coordinates or a city) and /api/geocode (city search). A
 * provider that is down, slow or garbled answers 503 `forecast_unavailable`: the web app then
 * asks for the temperature and rain by hand.
 */
import { createRoute } from '@hono/zod-openapi';
import {
  ErrorSchema,
  GeocodeQuerySchema,
  GeocodeResponseSchema,
  WeatherQuerySchema,
  WeatherResponseSchema,
} from '@fashion/core';
import type { AppContext } from '../../deps.ts';
import { bearer, errorResponses, featureRouter, jsonContent } from '../../http/openapi.ts';
import { todayUtc, weatherService } from './service.ts';

const unavailable = jsonContent(
  ErrorSchema,
  'The weather provider is down, slow or answered badly (code forecast_unavailable)',
);

const weather = createRoute({
  method: 'get',
  path: '/api/weather',
  summary: 'The weather of one day (today by default) at coordinates or a city',
  description:
    'Within the provider’s horizon (16 days) the forecast, beyond it the climate normals of the ' +
    'same dates in past years (`source`). `rain` is true from a 50 % chance or 1 mm.',
  security: bearer,
  request: { query: WeatherQuerySchema },
  responses: {
    200: jsonContent(WeatherResponseSchema, 'The day’s weather'),
    ...errorResponses(400, 401, 404),
    503: unavailable,
  },
});

const geocode = createRoute({
  method: 'get',
  path: '/api/geocode',
  summary: 'Places matching a name, best first',
  security: bearer,
  request: { query: GeocodeQuerySchema },
  responses: {
    200: jsonContent(GeocodeResponseSchema, 'Matches (maybe none)'),
    ...errorResponses(400, 401),
    503: unavailable,
  },
});

export function weatherRoutes(ctx: AppContext) {
  const service = weatherService(ctx);
  return featureRouter()
    .openapi(weather, async (c) => {
      const q = c.req.valid('query');
      const place =
        q.lat !== undefined && q.lon !== undefined
          ? undefined
          : await service.place(q.city ?? '', q.lang);
      const point = place ?? { lat: q.lat ?? 0, lon: q.lon ?? 0 };
      const date = q.date ?? todayUtc();
      const [day] = await service.days(point, date, date);
      return c.json({ ...day!, ...(place ? { place } : {}) }, 200);
    })
    .openapi(geocode, async (c) => {
      const q = c.req.valid('query');
      return c.json({ results: await service.geocode(q.q, q.lang) }, 200);
    });
}
