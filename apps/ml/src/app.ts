/**
 * The ML service's HTTP contract (docs/architecture.md §3, the Hugging Face Space). Models are addressed by
 * name (core's MODELS table):
 *   GET  /                              service info
 *   GET  /health                        {status, model_loaded, models: {cnn, vit}, load, …};
 *                                       503 unless every model serves (container HEALTHCHECK)
 *   POST /classify/:model               the image as multipart field `imagen`, or as the raw body
 *                                       (Content-Type image/*) → Classification (core schema)
 *   GET  /model/:model/metrics          metrics-*.json as training wrote them
 *   GET  /model/:model/confusion-matrix PNG
 *   GET  /data-audit, /training-curves-vit, /training-curves-cnn, /confusion-matrix-vit-real
 *                                       figures (PNG, core's MODEL_FIGURES; `npm run figures`)
 *   POST /segment                       the garment's cut-out, transparent WebP (segment-route.ts)
 * The seed's paths (/classify, /classify-vit, /metrics-vit, /confusion-matrix-vit, …) stay as
 * aliases. Errors are JSON `{error, code}`: 400 no/invalid image, 413 too large, 404 unknown
 * route or model, 503 model not loaded (`classifier_unavailable`) or overloaded (`busy`, with
 * Retry-After).
 *
 * A classification answers a Server-Timing header (hono/timing): the body read, the whole
 * classification (admission wait, decode, inference, colour) and the handler's total, so a client
 * can tell the service's own time from the network's.
 *
 * Memory stays bounded under load because a request's body is read only once the classifier
 * admitted it (GarmentClassifier's single admission limiter): surplus requests are refused before
 * their uploads are read.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { endTime, startTime, timing } from 'hono/timing';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  formatMegabytes as mb,
  ImageRejected,
  MODEL_FIGURE_NAMES,
  MODEL_KINDS,
  MODELS,
  isModelKind,
  mlNamedPaths,
  type ErrorCode,
  type ModelKind,
} from '@fashion/core';
import { DEFAULT_DECODE_LIMITS, ModelUnavailable, type GarmentClassifier } from '@fashion/vision';
import { addSegmentRoute } from './segment-route.ts';

export interface MlAppOptions {
  classifier: GarmentClassifier;
  corsOrigins: string[] | '*';
  /** Largest accepted image, bytes (the multipart body may be a little larger). */
  maxUploadBytes: number;
  /** Largest accepted width × height of a photo to segment (default: vision's 40 MP). */
  maxImagePixels?: number;
  version: string;
}

const FIELD = 'imagen';
/** Room for the multipart envelope around a maximum-size image. */
const MULTIPART_OVERHEAD = 64 * 1024;

const fail = (c: Context, status: ContentfulStatusCode, code: ErrorCode, error: string) =>
  c.json({ error, code }, status);

const IMAGE_CODES: Record<ImageRejected['status'], ErrorCode> = {
  400: 'image_invalid',
  413: 'image_too_large',
  415: 'image_unsupported',
};

/** Reads the image from a multipart field `imagen` or a raw image body; bad input → ImageRejected. */
async function readImage(c: Context, maxBytes: number): Promise<Uint8Array> {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  if (type.startsWith('image/') || type.startsWith('application/octet-stream')) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await c.req.arrayBuffer());
    } catch {
      throw new ImageRejected('the request body could not be read (upload interrupted?)');
    }
    if (bytes.length > maxBytes) throw tooLarge(maxBytes);
    return bytes;
  }
  if (!type.startsWith('multipart/form-data')) {
    throw new ImageRejected(
      `send the image as multipart/form-data in the field "${FIELD}", or as the body with Content-Type image/*`,
    );
  }
  let form: Record<string, string | File | (string | File)[]>;
  try {
    form = await c.req.parseBody({ all: true });
  } catch {
    throw new ImageRejected('the multipart body could not be parsed');
  }
  const field = form[FIELD];
  const file = Array.isArray(field) ? field[0] : field;
  if (!(file instanceof File)) {
    const got = Object.keys(form);
    throw new ImageRejected(
      `no image: send it as a file in the multipart field "${FIELD}"${
        got.length ? ` (got: ${got.join(', ')})` : ''
      }`,
    );
  }
  if (file.size > maxBytes) throw tooLarge(maxBytes);
  return new Uint8Array(await file.arrayBuffer());
}

const tooLarge = (maxBytes: number) =>
  new ImageRejected(`image too large: the limit is ${mb(maxBytes)}`, 413);

export function createMlApp(options: MlAppOptions): Hono {
  const { classifier } = options;
  const started = Date.now();
  const app = new Hono();

  if (options.corsOrigins === '*' || options.corsOrigins.length > 0) {
    app.use('*', cors({ origin: options.corsOrigins, allowMethods: ['GET', 'POST', 'OPTIONS'] }));
  }

  app.get('/', (c) =>
    c.json({
      service: 'fashion-ai-ml',
      version: options.version,
      description: 'Garment classification (CNN and ViT, ONNX) and dominant colour',
      endpoints: {
        'GET /health': 'model status',
        'POST /classify/:model': `${MODEL_KINDS.join(' | ')}; multipart field "${FIELD}" or a raw image body`,
        'POST /segment':
          'cut-out (transparent WebP); multipart "imagen" (+ "mascara": apply a mask)',
        'GET /model/:model/metrics': 'validation metrics',
        'GET /model/:model/confusion-matrix': 'confusion matrix (PNG)',
        ...Object.fromEntries(
          MODEL_KINDS.flatMap((k) => {
            const alias = MODELS[k].aliases?.ml;
            const named = mlNamedPaths(k);
            return alias
              ? [
                  [`POST ${alias.classify}`, `= POST ${named.classify}`],
                  [`GET ${alias.metrics}`, `= GET ${named.metrics}`],
                  [`GET ${alias.confusion}`, `= GET ${named.confusion}`],
                ]
              : [];
          }),
        ),
      },
      models: Object.fromEntries(classifier.status().map((s) => [s.kind, s.loaded])),
    }),
  );

  app.get('/health', (c) => {
    const status = classifier.status();
    const loaded = status.filter((s) => s.loaded).length;
    const healthy = loaded === status.length;
    // 503 unless every model answers, so a container HEALTHCHECK (curl -f) sees the failure.
    return c.json(
      {
        status: healthy ? 'ok' : loaded > 0 ? 'degraded' : 'unavailable',
        model_loaded: loaded > 0,
        models: Object.fromEntries(
          status.map((s) => [
            s.kind,
            {
              loaded: s.loaded,
              ...(s.file ? { file: s.file } : {}),
              ...(s.error && !s.loaded ? { error: s.error } : {}),
              ...(s.preprocess ? { preprocess: s.preprocess } : {}),
            },
          ]),
        ),
        load: classifier.load,
        worker_restarts: classifier.workerRestarts,
        version: options.version,
        uptime_s: Math.round((Date.now() - started) / 1000),
      },
      healthy ? 200 : 503,
    );
  });

  const limit = bodyLimit({
    maxSize: options.maxUploadBytes + MULTIPART_OVERHEAD,
    onError: (c) => fail(c, 413, 'image_too_large', tooLarge(options.maxUploadBytes).message),
  });

  const classify = (model: (c: Context) => string | undefined) => async (c: Context) => {
    const kind = model(c);
    if (!isModelKind(kind)) return unknownModel(c, kind);
    if (!classifier.isLoaded(kind)) {
      const reason = classifier.status().find((s) => s.kind === kind)?.error;
      return fail(
        c,
        503,
        'classifier_unavailable',
        `model ${kind} is not loaded${reason ? `: ${reason}` : ''}`,
      );
    }
    // The body is read inside the admission slot: a refused request never holds its upload.
    const upload = {
      // Content-Length bounds what reading will hold; without it, assume the largest.
      size: Math.min(
        Number(c.req.header('content-length')) || options.maxUploadBytes,
        options.maxUploadBytes + MULTIPART_OVERHEAD,
      ),
      read: async () => {
        startTime(c, 'read', 'request body read');
        try {
          return await readImage(c, options.maxUploadBytes);
        } finally {
          endTime(c, 'read');
        }
      },
    };
    startTime(c, 'classify', 'admission + decode + inference + colour');
    const result = await classifier.classify(upload, kind);
    endTime(c, 'classify');
    return c.json(result);
  };

  const metrics = (model: (c: Context) => string | undefined) => async (c: Context) => {
    const kind = model(c);
    if (!isModelKind(kind)) return unknownModel(c, kind);
    const found = await classifier.metrics(kind);
    return found ? c.json(found) : fail(c, 404, 'not_found', `no metrics for model ${kind}`);
  };

  const confusion = (model: (c: Context) => string | undefined) => async (c: Context) => {
    const kind = model(c);
    if (!isModelKind(kind)) return unknownModel(c, kind);
    const png = await classifier.confusionMatrix(kind);
    if (!png) return fail(c, 404, 'not_found', `no confusion matrix for model ${kind}`);
    return c.body(png as Uint8Array<ArrayBuffer>, 200, {
      'content-type': 'image/png',
      'cache-control': 'public, max-age=3600',
    });
  };

  const byName = (c: Context) => c.req.param('model');
  const named = mlNamedPaths(':model');
  const timed = timing({ totalDescription: 'handler' });
  app.post(named.classify, timed, limit, classify(byName));
  app.get(named.metrics, metrics(byName));
  app.get(named.confusion, confusion(byName));
  for (const kind of MODEL_KINDS) {
    const alias = MODELS[kind].aliases?.ml;
    if (!alias) continue;
    const fixed = (): ModelKind => kind;
    app.post(alias.classify, timed, limit, classify(fixed));
    app.get(alias.metrics, metrics(fixed));
    app.get(alias.confusion, confusion(fixed));
  }

  for (const name of MODEL_FIGURE_NAMES) {
    app.get(`/${name}`, async (c) => {
      const png = await classifier.figure(name);
      if (!png) return fail(c, 404, 'not_found', `no ${name} figure (run npm run figures)`);
      return c.body(png as Uint8Array<ArrayBuffer>, 200, {
        'content-type': 'image/png',
        'cache-control': 'public, max-age=3600',
      });
    });
  }
  addSegmentRoute(app, {
    maxBytes: options.maxUploadBytes,
    maxPixels: options.maxImagePixels ?? DEFAULT_DECODE_LIMITS.maxPixels,
  });

  app.notFound((c) => fail(c, 404, 'not_found', `not found: ${c.req.method} ${c.req.path}`));

  app.onError((err, c) => {
    if (err instanceof ImageRejected)
      return fail(c, err.status, IMAGE_CODES[err.status], err.message);
    if (err instanceof ModelUnavailable) {
      if (err.retryAfterSeconds) c.header('Retry-After', String(err.retryAfterSeconds));
      return fail(c, 503, err.code, err.message);
    }
    console.error('[ml] unexpected error:', err);
    return fail(c, 500, 'internal', 'internal error');
  });

  return app;
}

function unknownModel(c: Context, kind: string | undefined) {
  return fail(c, 404, 'not_found', `unknown model "${kind}": one of ${MODEL_KINDS.join(', ')}`);
}
