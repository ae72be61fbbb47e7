/**
 * /api/classify/:model (a model by name, core's MODELS), the seed's /api/classify (CNN), and
 * /api/classify/vit-base64 (Vision Transformer, a JSON data URL).
 */
import { createRoute, z } from '@hono/zod-openapi';
import {
  ClassificationSchema,
  ClassifyBase64Schema,
  MODEL_KINDS,
  MODELS,
  ModelKindSchema,
  isModelKind,
} from '@fashion/core';
import type { AppContext, AppCtx } from '../../deps.ts';
import {
  MULTIPART_OVERHEAD,
  base64BodyLimit,
  decodeBase64Image,
  limitBody,
  readMultipartImage,
} from '../../http/body.ts';
import { HttpError, notFound } from '../../http/errors.ts';
import {
  bearer,
  errorResponses,
  featureRouter,
  jsonBody,
  jsonContent,
} from '../../http/openapi.ts';
import { classifyService } from './service.ts';

const responses = {
  200: jsonContent(ClassificationSchema, 'Class, type, confidence, colour and top 3'),
  ...errorResponses(400, 401, 413, 415, 429, 503),
};

const multipartBody = {
  required: true,
  content: {
    'multipart/form-data': {
      schema: z.object({ imagen: z.string().meta({ format: 'binary' }) }),
    },
  },
};

export function classifyRoutes(ctx: AppContext) {
  const service = classifyService(ctx);
  const maxBytes = ctx.options.maxUploadBytes;

  const base64 = createRoute({
    method: 'post',
    path: '/api/classify/vit-base64',
    summary: 'Classify a base64 image (data URL) with the Vision Transformer',
    security: bearer,
    middleware: [limitBody(base64BodyLimit(maxBytes), 'image')] as const,
    request: { body: jsonBody(ClassifyBase64Schema) },
    responses,
  });

  const app = featureRouter().openapi(base64, async (c) => {
    const bytes = decodeBase64Image(c.req.valid('json').imageDataUrl, maxBytes, 'imageDataUrl');
    return c.json(await service.classify(bytes, 'vit'), 200);
  });

  const multipart = (model: (c: AppCtx) => string | undefined) => async (c: AppCtx) => {
    const kind = model(c);
    if (!isModelKind(kind)) throw notFound(`model "${kind}"`);
    const { bytes, fields } = await readMultipartImage(c, maxBytes);
    const extra = Object.keys(fields);
    if (extra.length > 0)
      throw new HttpError(400, `unknown field "${extra[0]}": send only "imagen"`);
    return c.json(await service.classify(bytes, kind), 200);
  };
  const limit = limitBody(maxBytes + MULTIPART_OVERHEAD, 'image');

  // By name: /api/classify/:model (after vit-base64, which it would otherwise shadow).
  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/api/classify/{model}',
    summary: `Classify an uploaded photo with a model by name (${MODEL_KINDS.join(', ')})`,
    security: bearer,
    request: { params: z.object({ model: ModelKindSchema }), body: multipartBody },
    responses: { ...responses, ...errorResponses(404) },
  });
  app.post(
    '/api/classify/:model',
    limit,
    multipart((c) => c.req.param('model')),
  );
  // The seed's paths (/api/classify is the CNN).
  for (const kind of MODEL_KINDS) {
    const path = MODELS[kind].aliases?.api.classify;
    if (!path) continue;
    app.openAPIRegistry.registerPath({
      method: 'post',
      path,
      summary: `Classify an uploaded photo with the ${MODELS[kind].label} (= /api/classify/${kind})`,
      security: bearer,
      request: { body: multipartBody },
      responses,
    });
    app.post(
      path,
      limit,
      multipart(() => kind),
    );
  }
  return app;
}
