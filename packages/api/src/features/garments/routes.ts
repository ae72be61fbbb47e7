/** /api/prendas: the wardrobe's garments. */
import { createRoute, z } from '@hono/zod-openapi';
import {
  ArchiveSchema,
  DeletedSchema,
  GarmentListQuerySchema,
  GarmentPageSchema,
  GarmentAutoSchema,
  GarmentBatchResultSchema,
  GarmentBatchSchema,
  GarmentFieldsSchema,
  GarmentPatchSchema,
  GarmentSchema,
  OcasionUpdateSchema,
  TipoSchema,
} from '@fashion/core';
import type { AppContext } from '../../deps.ts';
import { userIdOf } from '../../http/auth.ts';
import {
  MULTIPART_OVERHEAD,
  base64BodyLimit,
  decodeBase64Image,
  limitBody,
  readMultipartImage,
} from '../../http/body.ts';
import {
  IdParams,
  bearer,
  errorResponses,
  featureRouter,
  jsonBody,
  jsonContent,
} from '../../http/openapi.ts';
import { sendJsonEntity } from '../../http/cached-json.ts';
import { validationError } from '../../http/errors.ts';
import { parseMultipartFields } from './fields.ts';
import { garmentService } from './service.ts';

const GarmentListSchema = z.array(GarmentSchema);

const filter = createRoute({
  method: 'get',
  path: '/api/prendas/filter',
  summary: 'The caller’s garments of one type',
  security: bearer,
  request: { query: z.strictObject({ type: TipoSchema }) },
  responses: {
    200: jsonContent(GarmentListSchema, 'Garments of that type'),
    ...errorResponses(400, 401, 429),
  },
});

const getOne = createRoute({
  method: 'get',
  path: '/api/prendas/{id}',
  summary: 'One garment',
  security: bearer,
  request: { params: IdParams },
  responses: { 200: jsonContent(GarmentSchema, 'The garment'), ...errorResponses(400, 401, 404) },
});

const patch = createRoute({
  method: 'patch',
  path: '/api/prendas/{id}',
  summary:
    'Correct class, type, colour or occasions; `confirmado: true` confirms the class as it is, and any edit of class or type confirms it too',
  security: bearer,
  middleware: [limitBody(64 * 1024)] as const,
  request: { params: IdParams, body: jsonBody(GarmentPatchSchema) },
  responses: {
    200: jsonContent(GarmentSchema, 'The updated garment'),
    ...errorResponses(400, 401, 404),
  },
});

const setOcasion = createRoute({
  method: 'put',
  path: '/api/prendas/{id}/ocasion',
  summary: 'Replace the occasions of a garment',
  security: bearer,
  middleware: [limitBody(64 * 1024)] as const,
  request: { params: IdParams, body: jsonBody(OcasionUpdateSchema) },
  responses: {
    200: jsonContent(GarmentSchema, 'The updated garment'),
    ...errorResponses(400, 401, 404),
  },
});

const archive = createRoute({
  method: 'post',
  path: '/api/prendas/{id}/archivar',
  summary:
    'Archive a garment (sold, given away, broken…): it leaves the wardrobe list and the recommender; saved outfits keep it',
  security: bearer,
  middleware: [limitBody(4 * 1024)] as const,
  request: { params: IdParams, body: jsonBody(ArchiveSchema) },
  responses: {
    200: jsonContent(GarmentSchema, 'The archived garment'),
    ...errorResponses(400, 401, 404),
  },
});

const restore = createRoute({
  method: 'post',
  path: '/api/prendas/{id}/restaurar',
  summary: 'Bring an archived garment back into the wardrobe',
  security: bearer,
  request: { params: IdParams },
  responses: {
    200: jsonContent(GarmentSchema, 'The restored garment'),
    ...errorResponses(400, 401, 404),
  },
});

const batch = createRoute({
  method: 'post',
  path: '/api/prendas/batch',
  summary:
    'One change for up to 500 garments, all or nothing: set fields, add/remove tags, archive, restore or delete',
  description:
    '404 (and nothing changed) when one id is not the caller’s; 400 when one change is invalid. ' +
    'Send an Idempotency-Key to make a retry safe.',
  security: bearer,
  middleware: [limitBody(256 * 1024)] as const,
  request: { body: jsonBody(GarmentBatchSchema) },
  responses: {
    200: jsonContent(GarmentBatchResultSchema, 'What was done'),
    ...errorResponses(400, 401, 404),
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/prendas/{id}',
  summary: 'Delete a garment, its image files and every outfit that uses it',
  security: bearer,
  request: { params: IdParams },
  responses: { 200: jsonContent(DeletedSchema, 'Deleted'), ...errorResponses(400, 401, 404) },
});

const UPLOAD_DESCRIPTION =
  'Fields the client leaves out are filled by the classifier (CNN): clase_nombre, tipo, color, ' +
  'color_hex, confianza, modelo. Without clase_nombre and color and without a classifier: 503.';

export function garmentRoutes(ctx: AppContext) {
  const service = garmentService(ctx);
  const maxBytes = ctx.options.maxUploadBytes;
  const auto = createRoute({
    method: 'post',
    path: '/api/prendas/auto',
    summary: 'Add a garment from a base64 image (e.g. a camera frame)',
    description: UPLOAD_DESCRIPTION,
    security: bearer,
    middleware: [limitBody(base64BodyLimit(maxBytes), 'image')] as const,
    request: { body: jsonBody(GarmentAutoSchema) },
    responses: {
      201: jsonContent(GarmentSchema, 'The new garment'),
      ...errorResponses(400, 401, 413, 415, 429, 503),
    },
  });

  const app = featureRouter();
  // The list answers pre-serialized JSON (see GarmentService.listEntity), so it is described in
  // the document explicitly rather than through a typed route.
  app.openAPIRegistry.registerPath({
    method: 'get',
    path: '/api/prendas',
    summary: 'The caller’s garments, newest first (active ones unless `estado` says otherwise)',
    description:
      'Without `limit` or `cursor`: a bare array (the original clients read it). With them: ' +
      '`{items, next}` in the stable order fecha_agregada desc, _id desc; pass `next` as ' +
      '`cursor` for the following page (null on the last). Filters run in the store.',
    security: bearer,
    request: { query: GarmentListQuerySchema },
    responses: {
      200: jsonContent(z.union([GarmentListSchema, GarmentPageSchema]), 'Garments'),
      ...errorResponses(400, 401, 429),
    },
  });
  app.get('/api/prendas', async (c) => {
    const parsed = GarmentListQuerySchema.safeParse(c.req.query());
    if (!parsed.success) throw validationError(parsed.error);
    const query = parsed.data;
    // No paging asked: the bare array the original frontend reads (with its ETag).
    if (query.limit === undefined && query.cursor === undefined) {
      return sendJsonEntity(c, await service.listEntity(userIdOf(c), query));
    }
    return c.json(await service.page(userIdOf(c), { ...query, limit: query.limit ?? 50 }), 200);
  });
  app
    .openapi(filter, async (c) =>
      c.json(await service.list(userIdOf(c), c.req.valid('query').type), 200),
    )
    .openapi(auto, async (c) => {
      const { imagen_base64, ...fields } = c.req.valid('json');
      const bytes = decodeBase64Image(imagen_base64, maxBytes, 'imagen_base64');
      return c.json(await service.create(userIdOf(c), bytes, fields), 201);
    })
    .openapi(getOne, async (c) =>
      c.json(await service.get(userIdOf(c), c.req.valid('param').id), 200),
    )
    .openapi(patch, async (c) =>
      c.json(await service.update(userIdOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(setOcasion, async (c) =>
      c.json(
        await service.setOcasion(userIdOf(c), c.req.valid('param').id, c.req.valid('json').ocasion),
        200,
      ),
    )
    .openapi(batch, async (c) => c.json(await service.batch(userIdOf(c), c.req.valid('json')), 200))
    .openapi(archive, async (c) => {
      const { motivo, fecha } = c.req.valid('json');
      return c.json(
        await service.archive(userIdOf(c), c.req.valid('param').id, motivo, fecha),
        200,
      );
    })
    .openapi(restore, async (c) =>
      c.json(await service.restore(userIdOf(c), c.req.valid('param').id), 200),
    )
    .openapi(remove, async (c) => {
      const { id } = c.req.valid('param');
      await service.remove(userIdOf(c), id);
      return c.json({ deleted: id }, 200);
    });

  // Multipart is read by hand (one file, size limits, string fields converted), so this route
  // is described in the document explicitly rather than validated by the OpenAPI layer.
  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/api/prendas/upload',
    summary: 'Add a garment from an uploaded photo',
    description: `${UPLOAD_DESCRIPTION} \`ocasion\` may be a JSON array or a comma list.`,
    security: bearer,
    request: {
      body: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: GarmentFieldsSchema.extend({
              imagen: z.string().meta({
                format: 'binary',
                description: 'JPEG, PNG, WebP, GIF, TIFF, AVIF or HEIC',
              }),
              ocasion: z.string().optional().meta({ description: 'JSON array or comma-separated' }),
              temporadas: z
                .string()
                .optional()
                .meta({ description: 'JSON array or comma-separated' }),
              etiquetas: z
                .string()
                .optional()
                .meta({ description: 'JSON array or comma-separated' }),
              confirmado: z.enum(['true', 'false']).optional(),
              favorito: z.enum(['true', 'false']).optional(),
              precio: z.string().optional().meta({ description: 'A number ≥ 0' }),
            }),
          },
        },
      },
    },
    responses: {
      201: jsonContent(GarmentSchema, 'The new garment'),
      ...errorResponses(400, 401, 413, 415, 429, 503),
    },
  });
  app.post('/api/prendas/upload', limitBody(maxBytes + MULTIPART_OVERHEAD, 'image'), async (c) => {
    const { bytes, fields } = await readMultipartImage(c, maxBytes, [
      'ocasion',
      'temporadas',
      'etiquetas',
    ]);
    const garment = await service.create(userIdOf(c), bytes, parseMultipartFields(fields));
    return c.json(garment, 201);
  });

  return app;
}
