/**
 * The ML service's HTTP contract (DESIGN §3, the Hugging Face Space):
 *   GET  /                       service info
 *   GET  /health                 {status, model_loaded, models: {cnn, vit}, load, …}
 *   POST /classify, /classify-vit  multipart field `imagen` → Classification (core schema)
 *   GET  /metrics, /metrics-vit  metrics-*.json as training wrote them
 *   GET  /confusion-matrix, /confusion-matrix-vit  PNG
 * Errors are JSON `{error}`: 400 no/invalid image, 413 too large, 503 model not loaded or
 * overloaded (with Retry-After), 404 unknown route.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { ImageRejected, type ModelKind } from '@fashion/core';
import { ModelUnavailable, type GarmentClassifier } from '@fashion/vision';

export interface MlAppOptions {
  classifier: GarmentClassifier;
  corsOrigins: string[] | '*';
  /** Largest accepted image, bytes (the multipart body may be a little larger). */
  maxUploadBytes: number;
  version: string;
}

const FIELD = 'imagen';
const ROUTES: Readonly<
  Record<ModelKind, { classify: string; metrics: string; confusion: string }>
> = {
  cnn: { classify: '/classify', metrics: '/metrics', confusion: '/confusion-matrix' },
  vit: { classify: '/classify-vit', metrics: '/metrics-vit', confusion: '/confusion-matrix-vit' },
};
/** Room for the multipart envelope around a maximum-size image. */
const MULTIPART_OVERHEAD = 64 * 1024;

function mb(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

export function createMlApp(options: MlAppOptions): Hono {
  const { classifier } = options;
  const started = Date.now();
  const app = new Hono();

  if (options.corsOrigins === '*' || options.corsOrigins.length > 0) {
    app.use('*', cors({ origin: options.corsOrigins, allowMethods: ['GET', 'POST', 'OPTIONS'] }));
  }

  const tooLarge = (c: Context) =>
    c.json({ error: `image too large: the limit is ${mb(options.maxUploadBytes)}` }, 413);

  app.get('/', (c) =>
    c.json({
      service: 'fashion-ai-ml',
      version: options.version,
      description: 'Garment classification (CNN and ViT, ONNX) and dominant colour',
      endpoints: {
        'GET /health': 'model status',
        'POST /classify': `CNN; multipart field "${FIELD}"`,
        'POST /classify-vit': `ViT; multipart field "${FIELD}"`,
        'GET /metrics': 'CNN validation metrics',
        'GET /metrics-vit': 'ViT validation metrics',
        'GET /confusion-matrix': 'CNN confusion matrix (PNG)',
        'GET /confusion-matrix-vit': 'ViT confusion matrix (PNG)',
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

  for (const kind of ['cnn', 'vit'] as const) {
    const routes = ROUTES[kind];

    app.post(
      routes.classify,
      bodyLimit({ maxSize: options.maxUploadBytes + MULTIPART_OVERHEAD, onError: tooLarge }),
      async (c) => {
        if (!classifier.isLoaded(kind)) {
          const reason = classifier.status().find((s) => s.kind === kind)?.error;
          return c.json(
            { error: `model ${kind} is not loaded${reason ? `: ${reason}` : ''}` },
            503,
          );
        }
        if (classifier.saturated) {
          c.header('Retry-After', '1');
          return c.json({ error: 'the classifier is busy, retry shortly' }, 503);
        }
        const type = c.req.header('content-type') ?? '';
        if (!type.toLowerCase().startsWith('multipart/form-data')) {
          return c.json(
            { error: `send the image as multipart/form-data in the field "${FIELD}"` },
            400,
          );
        }
        let form: Record<string, string | File | (string | File)[]>;
        try {
          form = await c.req.parseBody({ all: true });
        } catch {
          return c.json({ error: 'the multipart body could not be parsed' }, 400);
        }
        const field = form[FIELD];
        const file = Array.isArray(field) ? field[0] : field;
        if (!(file instanceof File)) {
          const got = Object.keys(form);
          return c.json(
            {
              error: `no image: send it as a file in the multipart field "${FIELD}"${
                got.length ? ` (got: ${got.join(', ')})` : ''
              }`,
            },
            400,
          );
        }
        if (file.size > options.maxUploadBytes) return tooLarge(c);
        const bytes = new Uint8Array(await file.arrayBuffer());
        return c.json(await classifier.classify(bytes, kind));
      },
    );

    app.get(routes.metrics, async (c) => {
      const metrics = await classifier.metrics(kind);
      return metrics ? c.json(metrics) : c.json({ error: `no metrics for model ${kind}` }, 404);
    });

    app.get(routes.confusion, async (c) => {
      const png = await classifier.confusionMatrix(kind);
      if (!png) return c.json({ error: `no confusion matrix for model ${kind}` }, 404);
      return c.body(png as Uint8Array<ArrayBuffer>, 200, {
        'content-type': 'image/png',
        'cache-control': 'public, max-age=3600',
      });
    });
  }

  app.notFound((c) => c.json({ error: `not found: ${c.req.method} ${c.req.path}` }, 404));

  app.onError((err, c) => {
    if (err instanceof ImageRejected) return c.json({ error: err.message }, err.status);
    if (err instanceof ModelUnavailable) {
      if (err.retryAfterSeconds) c.header('Retry-After', String(err.retryAfterSeconds));
      return c.json({ error: err.message }, 503);
    }
    console.error('[ml] unexpected error:', err);
    return c.json({ error: 'internal error' }, 500);
  });

  return app;
}
