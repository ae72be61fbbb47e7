/**
 * /api/model/:model/metrics and /api/model/:model/confusion-matrix: how good the models are
 * (public: it describes the models, not anyone's data), by name (core's MODELS), with the seed's
 * /api/model/metrics(-vit) and /api/model/confusion-matrix(-vit) kept as aliases. Served through
 * the Classifier port, so it works in-process and over the ML service alike. The figures of
 * core's MODEL_FIGURES (data audit, training curves, confusion on real photos) are at
 * /api/model/<name>, as the original system served them.
 */
import { z } from '@hono/zod-openapi';
import {
  MODEL_FIGURE_NAMES,
  MODEL_KINDS,
  MODELS,
  ModelKindSchema,
  isModelKind,
} from '@fashion/core';
import type { AppContext, AppCtx } from '../../deps.ts';
import { notFound } from '../../http/errors.ts';
import { errorResponses, featureRouter, jsonContent } from '../../http/openapi.ts';
import { modelService } from './service.ts';

const MetricsSchema = z.record(z.string(), z.unknown());
const params = z.object({ model: ModelKindSchema });

export function modelRoutes(ctx: AppContext) {
  const service = modelService(ctx);
  const app = featureRouter();
  const pick = (c: AppCtx, fixed?: string) => {
    const kind = fixed ?? c.req.param('model');
    if (!isModelKind(kind)) throw notFound(`model "${kind}"`);
    return kind;
  };

  const metrics = (fixed?: string) => async (c: AppCtx) =>
    c.json(await service.metrics(pick(c, fixed)), 200);
  const pngBody = (c: AppCtx, png: Uint8Array) =>
    c.body(png as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': 'image/png',
      'Cache-Control': 'public, max-age=300',
    });
  const confusion = (fixed?: string) => async (c: AppCtx) =>
    pngBody(c, await service.confusionMatrix(pick(c, fixed)));
  const metricsDoc = (path: string, what: string, named: boolean) =>
    app.openAPIRegistry.registerPath({
      method: 'get',
      path,
      summary: `Evaluation metrics of ${what}`,
      ...(named ? { request: { params } } : {}),
      responses: {
        200: jsonContent(MetricsSchema, 'Metrics as written by the training pipeline'),
        ...errorResponses(404, 503),
      },
    });
  const confusionDoc = (path: string, what: string, named: boolean) =>
    app.openAPIRegistry.registerPath({
      method: 'get',
      path,
      summary: `Confusion matrix of ${what} (PNG)`,
      ...(named ? { request: { params } } : {}),
      responses: {
        200: {
          description: 'PNG image',
          content: { 'image/png': { schema: z.string().meta({ format: 'binary' }) } },
        },
        ...errorResponses(404, 503),
      },
    });

  const models = `a model by name (${MODEL_KINDS.join(', ')})`;
  metricsDoc('/api/model/{model}/metrics', models, true);
  confusionDoc('/api/model/{model}/confusion-matrix', models, true);
  app.get('/api/model/:model/metrics', metrics());
  app.get('/api/model/:model/confusion-matrix', confusion());
  for (const kind of MODEL_KINDS) {
    const alias = MODELS[kind].aliases?.api;
    if (!alias) continue;
    const what = `the ${MODELS[kind].label} (= /api/model/${kind}/…)`;
    metricsDoc(alias.metrics, what, false);
    confusionDoc(alias.confusion, what, false);
    app.get(alias.metrics, metrics(kind));
    app.get(alias.confusion, confusion(kind));
  }
  for (const name of MODEL_FIGURE_NAMES) {
    app.openAPIRegistry.registerPath({
      method: 'get',
      path: `/api/model/${name}`,
      summary: `Figure: ${name} (PNG, from the training data and models)`,
      responses: {
        200: {
          description: 'PNG image',
          content: { 'image/png': { schema: z.string().meta({ format: 'binary' }) } },
        },
        ...errorResponses(404, 503),
      },
    });
    app.get(`/api/model/${name}`, async (c) => pngBody(c, await service.figure(name)));
  }
  return app;
}
