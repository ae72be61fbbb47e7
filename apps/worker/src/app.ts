/**
 * The same Hono application as the Node server, wired to edge adapters: D1 (the SQLite schema),
 * the R2 binding, the HTTP classifier pointed at the Space, Auth0 JWT checks (or the anonymous
 * user), and an image processor that needs no native code.
 */
import { getConnInfo } from 'hono/cloudflare-workers';
import {
  anonymousAuthenticator,
  createApp,
  type App,
  type ImageStore,
  type Store,
} from '@fashion/api';
import { createAuth0Authenticator } from '@fashion/adapters/auth0/index.ts';
import { createHttpClassifier } from '@fashion/adapters/classifier-http/index.ts';
import { createHttpSegmenter } from '@fashion/adapters/segmenter-http/index.ts';
import { createNullClassifier } from '@fashion/adapters/classifier-null/index.ts';
import { createD1Store } from '@fashion/adapters/d1/index.ts';
import { stylistDeps } from '@fashion/adapters/llm-openai/index.ts';
import { OpenMeteoForecast } from '@fashion/adapters/forecast-open-meteo/index.ts';
import { EdgeImageProcessor, DEFAULT_EDGE_LIMITS } from '@fashion/adapters/image-edge/index.ts';
import { R2BindingImageStore } from '@fashion/adapters/r2-binding/index.ts';
import type { WorkerConfig } from './config.ts';
import { DurableObjectRateLimitCounter } from './rate-limiter.ts';
import type { WorkerEnv } from './env.ts';

export const WORKER_VERSION = '0.1.0';

/** The metadata and image stores over the bindings (the app's, and the image sweep's). */
export function workerStores(
  env: WorkerEnv,
  config: WorkerConfig,
): { store: Store; images: ImageStore } {
  return {
    store: createD1Store(env.DB),
    images: new R2BindingImageStore({
      bucket: env.IMAGES,
      folder: config.folder,
      ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
    }),
  };
}

export function createWorkerApp(env: WorkerEnv, config: WorkerConfig): App {
  return createApp({
    ...workerStores(env, config),
    imageProcessor: new EdgeImageProcessor({
      ...DEFAULT_EDGE_LIMITS,
      maxBytes: config.maxUploadBytes,
    }),
    classifier: config.mlServiceUrl
      ? createHttpClassifier({ baseUrl: config.mlServiceUrl, timeoutMs: config.mlTimeoutMs })
      : createNullClassifier('no classifier is configured (set ML_SERVICE_URL to the ML Space)'),
    // Cut-outs through the ML service: opencv.js (wasm) and sharp are too heavy for a Worker.
    ...(config.mlServiceUrl
      ? { segmenter: createHttpSegmenter({ baseUrl: config.mlServiceUrl }) }
      : {}),
    authenticator: config.auth0 ? createAuth0Authenticator(config.auth0) : anonymousAuthenticator,
    ...(env.RATE_LIMITER
      ? { rateLimitCounter: new DurableObjectRateLimitCounter(env.RATE_LIMITER) }
      : {}),
    ...stylistDeps(config.llm),
    // CF-Connecting-IP, the address Cloudflare saw.
    connInfo: getConnInfo,
    forecast: new OpenMeteoForecast(config.forecast),
    options: {
      version: WORKER_VERSION,
      mode: 'edge',
      corsOrigins: config.corsOrigins,
      maxUploadBytes: config.maxUploadBytes,
      trustProxy: 0,
    },
  });
}
