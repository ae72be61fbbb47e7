/**
 * The ML service's configuration: the only reader of process.env in this app. Every variable is
 * validated at start-up; a bad value stops the process with a message naming the variable.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CorsOriginsSchema, envInt as int, parseEnv, type ModelKind } from '@fashion/core';
import { modelPathsFromEnv } from '@fashion/vision';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const EnvSchema = z.object({
  /** 7860 is the Hugging Face Space convention. */
  PORT: int(0, 65535).default(7860),
  /** The container sets 0.0.0.0; locally the service stays on this machine. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Comma list of browser origins, or `*`. Empty: no CORS headers (server-to-server calls only). */
  CORS_ORIGINS: CorsOriginsSchema,
  ML_MAX_UPLOAD_MB: z.coerce.number().positive().max(100).default(10),
  ML_MAX_IMAGE_MEGAPIXELS: z.coerce.number().positive().max(500).default(40),
  /** onnxruntime intra-op threads (non-spinning) for both models; unset: per-model defaults
   * measured on the 2-vCPU free Space (GarmentClassifier's DEFAULT_THREADS). */
  ML_THREADS: int(1, 64).optional(),
  ML_MAX_BATCH: int(1, 64).default(4),
  /** Requests processed at once, and requests allowed to wait; beyond that: 503 + Retry-After. */
  ML_MAX_INFLIGHT: int(1, 1024).default(16),
  /** Upload megabytes admitted at once: bounds memory under large uploads. */
  ML_MAX_INFLIGHT_MB: z.coerce.number().positive().max(4096).default(32),
  ML_MAX_QUEUE: int(0, 10_000).default(32),
});

export interface MlConfig {
  port: number;
  host: string;
  corsOrigins: string[] | '*';
  models: Record<ModelKind, string>;
  maxUploadBytes: number;
  maxImagePixels: number;
  /** Unset: the classifier's per-model defaults. */
  threads: number | undefined;
  maxBatch: number;
  maxInFlight: number;
  maxInFlightBytes: number;
  maxQueue: number;
}

export { ConfigError } from '@fashion/core';

export function loadConfig(env: Record<string, string | undefined> = process.env): MlConfig {
  const e = parseEnv(EnvSchema, env);
  return {
    port: e.PORT,
    host: e.HOST,
    corsOrigins: e.CORS_ORIGINS,
    models: modelPathsFromEnv(env, join(REPO_ROOT, 'models')),
    maxUploadBytes: Math.round(e.ML_MAX_UPLOAD_MB * 1024 * 1024),
    maxImagePixels: Math.round(e.ML_MAX_IMAGE_MEGAPIXELS * 1_000_000),
    threads: e.ML_THREADS,
    maxBatch: e.ML_MAX_BATCH,
    maxInFlight: e.ML_MAX_INFLIGHT,
    maxInFlightBytes: Math.round(e.ML_MAX_INFLIGHT_MB * 1024 * 1024),
    maxQueue: e.ML_MAX_QUEUE,
  };
}
