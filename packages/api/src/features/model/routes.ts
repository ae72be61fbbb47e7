/**
 * /api/model/*: how good the models are (public: it describes the models, not anyone's data).
 * Served through the Classifier port, so it works in-process and over the ML service alike.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { ModelKind } from '@fashion/core';
import type { AppContext } from '../../deps.ts';
import { errorResponses, featureRouter, jsonContent } from '../../http/openapi.ts';
import { modelService } from './service.ts';

const MetricsSchema = z.record(z.string(), z.unknown());

export function modelRoutes(ctx: AppContext) {
  const service = modelService(ctx);
  const app = featureRouter();
  for (const [suffix, model] of [
    ['', 'cnn'],
    ['-vit', 'vit'],
  ] as const satisfies readonly (readonly [string, ModelKind])[]) {
    app.openapi(
      createRoute({
        method: 'get',
        path: `/api/model/metrics${suffix}`,
        summary: `Evaluation metrics of the ${model.toUpperCase()} model`,
        responses: {
          200: jsonContent(MetricsSchema, 'Metrics as written by the training pipeline'),
          ...errorResponses(404, 503),
        },
      }),
      async (c) => c.json(await service.metrics(model), 200),
    );
    app.openapi(
      createRoute({
        method: 'get',
        path: `/api/model/confusion-matrix${suffix}`,
        summary: `Confusion matrix of the ${model.toUpperCase()} model (PNG)`,
        responses: {
          200: {
            description: 'PNG image',
            content: { 'image/png': { schema: z.string().meta({ format: 'binary' }) } },
          },
          ...errorResponses(404, 503),
        },
      }),
      async (c) => {
        const png = await service.confusionMatrix(model);
        return c.body(png as Uint8Array<ArrayBuffer>, 200, {
          'Content-Type': 'image/png',
          'Cache-Control': 'public, max-age=300',
        });
      },
    );
  }
  return app;
}
