/** /api/health and /api/ml-health (public). */
import { createRoute } from '@hono/zod-openapi';
import { ClassifierHealthSchema, HealthSchema } from '@fashion/core';
import type { AppContext } from '../../deps.ts';
import { featureRouter, jsonContent } from '../../http/openapi.ts';
import { healthService } from './service.ts';

const health = createRoute({
  method: 'get',
  path: '/api/health',
  summary: 'API status, store and image-store ping, version and mode',
  responses: {
    200: jsonContent(HealthSchema, 'Healthy'),
    503: jsonContent(
      HealthSchema,
      'The store or the image store does not answer (which: store, images)',
    ),
  },
});

const mlHealth = createRoute({
  method: 'get',
  path: '/api/ml-health',
  summary: 'Which classifier runs and which models are loaded',
  responses: { 200: jsonContent(ClassifierHealthSchema, 'Classifier status') },
});

export function healthRoutes(ctx: AppContext) {
  const service = healthService(ctx);
  return featureRouter()
    .openapi(health, async (c) => {
      const h = await service.health();
      return h.status === 'ok' ? c.json(h, 200) : c.json(h, 503);
    })
    .openapi(mlHealth, async (c) => c.json(await service.ml(), 200));
}
