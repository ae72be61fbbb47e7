/**
 * Classifier over HTTP: the ML service (docs/architecture.md §3, the Hugging Face Space). Every failure to get
 * an answer (down, slow, 5xx, nonsense) becomes ClassifierUnavailable, a 503 for the API's
 * clients; a 400/413 from the service means the image itself was refused.
 */
import {
  ClassificationSchema,
  IMAGE_FORMAT_CONTENT_TYPES,
  ImageRejected,
  sniffImageFormat,
  MODEL_KINDS,
  mlPaths,
  type Classification,
  type ModelFigure,
  type ModelKind,
} from '@fashion/core';
import {
  ClassifierUnavailable,
  type Classifier,
  type ClassifierHealth,
  type ModelMetrics,
} from '@fashion/api';
import { mapLegacyAnswer } from './legacy-answer.ts';

export interface HttpClassifierOptions {
  /** Base URL of the ML service, e.g. `https://user-fashion-ml.hf.space`. */
  baseUrl: string;
  /** Per-request timeout (default 15 s; a sleeping Space can take a while to answer). */
  timeoutMs?: number;
  /** Injected for runtimes with their own fetch (the Worker); defaults to the global one. */
  fetch?: typeof fetch;
}

function sniffType(image: Uint8Array): string {
  return IMAGE_FORMAT_CONTENT_TYPES[sniffImageFormat(image) ?? 'webp'];
}

async function errorMessage(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { error?: unknown };
    if (typeof body.error === 'string') return body.error;
  } catch {
    // not JSON: the status says enough
  }
  return `HTTP ${res.status}`;
}

export function createHttpClassifier(options: HttpClassifierOptions): Classifier {
  const base = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 15_000;
  const doFetch = options.fetch ?? fetch;

  async function call(path: string, init?: RequestInit): Promise<Response> {
    try {
      return await doFetch(`${base}${path}`, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch (err) {
      const timedOut = err instanceof DOMException && err.name === 'TimeoutError';
      throw new ClassifierUnavailable(
        timedOut
          ? `the ML service did not answer within ${timeoutMs} ms`
          : 'the ML service cannot be reached',
        timedOut ? 5 : 30,
      );
    }
  }

  return {
    async classify(image: Uint8Array, model: ModelKind): Promise<Classification> {
      const form = new FormData();
      const type = sniffType(image);
      form.append('imagen', new Blob([image], { type }), `image.${type.split('/')[1]}`);
      const res = await call(mlPaths(model).classify, { method: 'POST', body: form });
      if (res.status === 400 || res.status === 413 || res.status === 415) {
        throw new ImageRejected(await errorMessage(res), res.status);
      }
      if (!res.ok) {
        const retry = Number(res.headers.get('retry-after'));
        throw new ClassifierUnavailable(
          `the ML service failed: ${await errorMessage(res)}`,
          Number.isFinite(retry) && retry > 0 ? retry : 30,
        );
      }
      let body: unknown;
      try {
        body = await res.json();
      } catch {
        throw new ClassifierUnavailable('the ML service answered with something other than JSON');
      }
      const parsed = ClassificationSchema.safeParse({
        model,
        ...(mapLegacyAnswer(body, model) as Record<string, unknown>),
      });
      if (!parsed.success) {
        throw new ClassifierUnavailable('the ML service answered with an unexpected shape');
      }
      return parsed.data;
    },

    async health(): Promise<ClassifierHealth> {
      try {
        const res = await call('/health');
        const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
        const models: ClassifierHealth['models'] = {};
        const listed = body.models as
          Record<string, { loaded?: unknown; file?: unknown }> | undefined;
        for (const kind of MODEL_KINDS) {
          const m = listed?.[kind];
          if (m && typeof m === 'object') {
            models[kind] = {
              loaded: m.loaded === true,
              ...(typeof m.file === 'string' ? { file: m.file } : {}),
            };
          }
        }
        if (Object.keys(models).length === 0 && typeof body.model_loaded === 'boolean') {
          models.cnn = { loaded: body.model_loaded };
        }
        const anyLoaded = Object.values(models).some((m) => m?.loaded);
        // The service answers 503 while any model is down; one still loaded is "degraded".
        return {
          status: res.ok && anyLoaded ? 'ok' : anyLoaded ? 'degraded' : 'unavailable',
          mode: 'http',
          models,
          ...(res.ok ? {} : { detail: `the ML service answered HTTP ${res.status}` }),
        };
      } catch (err) {
        return { status: 'unavailable', mode: 'http', models: {}, detail: (err as Error).message };
      }
    },

    async metrics(model: ModelKind): Promise<ModelMetrics | null> {
      const res = await call(mlPaths(model).metrics);
      if (res.status === 404) return null;
      if (!res.ok)
        throw new ClassifierUnavailable(`the ML service failed: ${await errorMessage(res)}`);
      return (await res.json()) as ModelMetrics;
    },

    confusionMatrix: (model: ModelKind) => png(mlPaths(model).confusion),
    figure: (name: ModelFigure) => png(`/${name}`),
  };

  /** A PNG the ML service serves; null when it has none (404). */
  async function png(path: string): Promise<Uint8Array | null> {
    const res = await call(path);
    if (res.status === 404) return null;
    if (!res.ok)
      throw new ClassifierUnavailable(`the ML service failed: ${await errorMessage(res)}`);
    return new Uint8Array(await res.arrayBuffer());
  }
}
