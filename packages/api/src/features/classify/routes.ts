/** /api/classify (CNN), /api/classify/vit and /api/classify/vit-base64 (Vision Transformer). */
import { createRoute, z } from '@hono/zod-openapi';
import { ClassificationSchema, ClassifyBase64Schema, type ModelKind } from '@fashion/core';
import type { AppContext, AppCtx } from '../../deps.ts';
import {
  MULTIPART_OVERHEAD,
  base64BodyLimit,
  decodeBase64Image,
  limitBody,
  readMultipartImage,
} from '../../http/body.ts';
import { HttpError } from '../../http/errors.ts';
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

  const multipart = (model: ModelKind) => async (c: AppCtx) => {
    const { bytes, fields } = await readMultipartImage(c, maxBytes);
    const extra = Object.keys(fields);
    if (extra.length > 0)
      throw new HttpError(400, `unknown field "${extra[0]}": send only "imagen"`);
    return c.json(await service.classify(bytes, model), 200);
  };
  for (const [path, model, summary] of [
    ['/api/classify', 'cnn', 'Classify an uploaded photo with the CNN'],
    ['/api/classify/vit', 'vit', 'Classify an uploaded photo with the Vision Transformer'],
  ] as const) {
    app.openAPIRegistry.registerPath({
      method: 'post',
      path,
      summary,
      security: bearer,
      request: { body: multipartBody },
      responses,
    });
    app.post(path, limitBody(maxBytes + MULTIPART_OVERHEAD, 'image'), multipart(model));
  }
  return app;
}
