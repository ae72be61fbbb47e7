/**
 * GET /api/export (the caller's wardrobe as one streamed ZIP) and POST /api/import (such a ZIP,
 * as the body or a multipart `file`). Plain handlers, documented in the OpenAPI registry: the
 * bodies are binary streams, not JSON.
 */
import { z } from '@hono/zod-openapi';
import type { AppContext, AppCtx } from '../../deps.ts';
import { userIdOf } from '../../http/auth.ts';
import { limitBody } from '../../http/body.ts';
import { HttpError } from '../../http/errors.ts';
import { bearer, errorResponses, featureRouter, jsonContent } from '../../http/openapi.ts';
import { exportZip } from './zip-export.ts';
import { LEGACY_GARMENTS, readLegacy } from './legacy-read.ts';
import { MANIFEST_NAME } from './format.ts';
import { importExport } from './zip-import.ts';
import { readExport, unzip } from './zip-read.ts';

const ImportSummarySchema = z.object({
  imported: z.record(z.string(), z.number()),
  duplicates: z.number(),
  /** From the original system only: garments left out, with why (their photo could not be had). */
  skipped: z.array(z.object({ _id: z.string(), reason: z.string() })).optional(),
});

/** How long one photo of the original system may take to download. */
const LEGACY_IMAGE_TIMEOUT_MS = 15_000;

/** The ZIP's bytes from a raw `application/zip` body or a multipart field `file`. */
async function zipBytes(c: AppCtx): Promise<Uint8Array> {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  if (type.startsWith('multipart/form-data')) {
    const form = await c.req.parseBody();
    const file = form['file'];
    if (!(file instanceof File))
      throw new HttpError(400, 'send the export ZIP in the field "file"');
    return new Uint8Array(await file.arrayBuffer());
  }
  if (type.startsWith('application/zip') || type.startsWith('application/octet-stream')) {
    return new Uint8Array(await c.req.arrayBuffer());
  }
  throw new HttpError(415, 'send the export ZIP as application/zip or multipart/form-data "file"');
}

export function portabilityRoutes(ctx: AppContext) {
  const app = featureRouter();
  const { maxImportBytes, maxUploadBytes, legacyImageOrigins } = ctx.options;

  app.get('/api/export', (c) => {
    const day = new Date().toISOString().slice(0, 10);
    return c.body(exportZip(ctx, userIdOf(c)), 200, {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="fashion-ai-${day}.zip"`,
      'Cache-Control': 'no-store',
    });
  });

  app.post('/api/import', limitBody(maxImportBytes, 'export ZIP'), async (c) => {
    const userId = userIdOf(c);
    const files = unzip(await zipBytes(c), maxImportBytes * 4);
    if (!files[MANIFEST_NAME] && files[LEGACY_GARMENTS]) {
      const legacy = await readLegacy(files, userId, {
        allowedOrigins: legacyImageOrigins,
        maxBytes: maxUploadBytes,
        timeoutMs: LEGACY_IMAGE_TIMEOUT_MS,
      });
      const summary = await importExport(ctx, userId, legacy);
      return c.json(
        { ...summary, ...(legacy.skipped.length ? { skipped: legacy.skipped } : {}) },
        201,
      );
    }
    return c.json(await importExport(ctx, userId, await readExport(files)), 201);
  });

  app.openAPIRegistry.registerPath({
    method: 'get',
    path: '/api/export',
    summary: 'The caller’s wardrobe as a ZIP: wardrobe.json (docs/export-format.md) and images/',
    security: bearer,
    responses: {
      200: {
        description: 'The ZIP, streamed',
        content: { 'application/zip': { schema: z.string().openapi({ format: 'binary' }) } },
      },
      ...errorResponses(401, 429),
    },
  });
  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/api/import',
    summary:
      'Add an export ZIP (or the original system’s mongoexport ZIP) to the caller’s wardrobe (ids remapped, duplicate photos skipped)',
    security: bearer,
    responses: {
      201: jsonContent(ImportSummarySchema, 'What was added'),
      ...errorResponses(400, 401, 413, 415, 429),
    },
  });
  return app;
}
