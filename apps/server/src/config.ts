/**
 * The one place that reads the environment. Every variable is validated at start-up; a wrong
 * value stops the process with a message naming the variable, instead of failing later.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import {
  CorsOriginsSchema,
  LLM_ENV,
  envInt as int,
  parseEnv,
  llmConfigOf,
  FORECAST_ENV,
  forecastConfigOf,
  type ForecastConfig,
  llmEnvProblems,
  type LlmConfig,
  type ModelKind,
} from '@fashion/core';
import { modelPathsFromEnv } from '@fashion/vision';
import { CLOUD_ENV, checkCloudEnv, cloudConfig, type CloudConfig } from './cloud-config.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

const EnvSchema = z
  .object({
    PORT: int(0, 65535).default(8080),
    /** 127.0.0.1 keeps the anonymous embedded app private to this machine; containers set 0.0.0.0. */
    HOST: z.string().min(1).default('127.0.0.1'),
    DATA_DIR: z.string().min(1).default('./data'),
    /** Built web app to serve at `/` (when the folder exists). */
    WEB_DIST: z.string().min(1).default(resolve(REPO_ROOT, 'apps/web/dist')),
    /** Comma list of browser origins allowed by CORS, or `*`. Empty: same-origin only. */
    CORS_ORIGINS: CorsOriginsSchema,
    AUTH0_DOMAIN: z
      .string()
      .regex(/^(https:\/\/)?[a-z0-9.-]+\/?$/i, 'must be a domain like my-tenant.eu.auth0.com')
      .optional(),
    AUTH0_AUDIENCE: z.string().min(1).optional(),
    AUTH0_ISSUER: httpUrl.optional(),
    AUTH0_JWKS_URI: httpUrl.optional(),
    ML_SERVICE_URL: httpUrl.optional(),
    ML_TIMEOUT_MS: int(100, 300_000).default(15_000),
    RATE_LIMIT_WINDOW_S: int(1, 86_400).default(60),
    /** Requests per window per user (per address when anonymous); 0 turns limiting off. */
    RATE_LIMIT_MAX: int(0, 1_000_000_000).default(600),
    /** Uploads and classifications per window per user. */
    RATE_LIMIT_HEAVY_MAX: int(0, 1_000_000_000).default(120),
    /**
     * Image files no garment references (and `*.tmp` leftovers) older than this are deleted at
     * start-up and every 10 minutes; 0 deletes every unreferenced one at start-up.
     */
    IMAGE_SWEEP_AGE_S: int(0, 10_000_000).default(3600),
    /** Uploads/classifications running at once (each holds a body and a decoded image). */
    HEAVY_MAX_IN_FLIGHT: int(1, 1000).default(2),
    /** …and waiting for a slot; the surplus is answered 503 busy with Retry-After. */
    HEAVY_MAX_QUEUED: int(0, 100_000).default(8),
    MAX_UPLOAD_MB: z.coerce.number().positive().max(100).default(10),
    MAX_IMAGE_MEGAPIXELS: z.coerce.number().positive().max(500).default(40),
    /**
     * Reverse proxies in front of the server (Render, Docker ingress): the client address is the
     * X-Forwarded-For entry this many from the right. `true` = 1, `false` = 0 (the socket's).
     */
    TRUST_PROXY: z
      .string()
      .regex(/^(true|false|yes|no|\d{1,2})$/, 'must be true, false or a number of proxy hops')
      .transform((v) =>
        v === 'true' || v === 'yes' ? 1 : v === 'false' || v === 'no' ? 0 : Number(v),
      )
      .default(0),
    /** Failed logins (401) per client address per rate-limit window. */
    RATE_LIMIT_AUTH_FAILURES: int(0, 1_000_000_000).default(30),
    /**
     * Absolute origin of this API as browsers reach it (e.g. https://api.example.com): image
     * URLs are made absolute with it, for clients on another origin. Unset: the request's own.
     */
    PUBLIC_BASE_URL: httpUrl.optional(),
    // The stylist's LLM and audio models (LLM_*): see packages/core/src/llm-env.ts.
    ...LLM_ENV,
    // The weather provider (FORECAST_*, GEOCODING_*, CLIMATE_*): see packages/core/src/forecast-env.ts.
    ...FORECAST_ENV,
    // Free cloud stack (R2_*, MONGODB_URI): see cloud-config.ts.
    ...CLOUD_ENV,
  })
  .superRefine((env, ctx) => {
    checkCloudEnv(env, ctx);
    for (const p of llmEnvProblems(env)) {
      ctx.addIssue({ code: 'custom', path: [p.path], message: p.message });
    }
    if (Boolean(env.AUTH0_DOMAIN) !== Boolean(env.AUTH0_AUDIENCE)) {
      const missing = env.AUTH0_DOMAIN ? 'AUTH0_AUDIENCE' : 'AUTH0_DOMAIN';
      ctx.addIssue({
        code: 'custom',
        path: [missing],
        message:
          'AUTH0_DOMAIN and AUTH0_AUDIENCE must be set together (or both left unset for anonymous mode)',
      });
    }
  });

export interface Config extends CloudConfig {
  port: number;
  host: string;
  /** Absolute. */
  dataDir: string;
  /** Absolute path of the web build. */
  webDist: string;
  corsOrigins: string[] | '*';
  auth0: { domain: string; audience: string; issuer?: string; jwksUri?: string } | null;
  /** `models`: the in-process ONNX files (used when serviceUrl is unset), ML_CNN_PATH, … */
  ml: { serviceUrl: string | null; timeoutMs: number; models: Record<ModelKind, string> };
  rateLimit: { windowMs: number; max: number; heavyMax: number; authFailureMax: number };
  admission: { maxInFlight: number; maxQueued: number; retryAfterSeconds: number };
  imageSweepAgeMs: number;
  maxUploadBytes: number;
  maxImagePixels: number;
  trustProxy: number;
  version: string;
  /** Without a trailing slash; null: image URLs follow the request's origin. */
  publicBaseUrl: string | null;
  /** null: the built-in stylist, no voice. */
  llm: LlmConfig | null;
  /** Open-Meteo (or a server answering like it). */
  forecast: ForecastConfig;
}

export { ConfigError } from '@fashion/core';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version?: string;
  };
  return pkg.version ?? '0.0.0';
}

/** Validates `env` (the process environment by default); throws ConfigError naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const e = parseEnv(EnvSchema, env);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    webDist: resolve(e.WEB_DIST),
    corsOrigins: e.CORS_ORIGINS,
    auth0:
      e.AUTH0_DOMAIN && e.AUTH0_AUDIENCE
        ? {
            domain: e.AUTH0_DOMAIN,
            audience: e.AUTH0_AUDIENCE,
            ...(e.AUTH0_ISSUER ? { issuer: e.AUTH0_ISSUER } : {}),
            ...(e.AUTH0_JWKS_URI ? { jwksUri: e.AUTH0_JWKS_URI } : {}),
          }
        : null,
    ml: {
      serviceUrl: e.ML_SERVICE_URL ?? null,
      timeoutMs: e.ML_TIMEOUT_MS,
      models: modelPathsFromEnv(env, resolve(REPO_ROOT, 'models')),
    },
    rateLimit: {
      windowMs: e.RATE_LIMIT_WINDOW_S * 1000,
      max: e.RATE_LIMIT_MAX,
      heavyMax: e.RATE_LIMIT_HEAVY_MAX,
      authFailureMax: e.RATE_LIMIT_AUTH_FAILURES,
    },
    admission: {
      maxInFlight: e.HEAVY_MAX_IN_FLIGHT,
      maxQueued: e.HEAVY_MAX_QUEUED,
      retryAfterSeconds: 5,
    },
    imageSweepAgeMs: e.IMAGE_SWEEP_AGE_S * 1000,
    maxUploadBytes: Math.round(e.MAX_UPLOAD_MB * 1024 * 1024),
    maxImagePixels: Math.round(e.MAX_IMAGE_MEGAPIXELS * 1_000_000),
    trustProxy: e.TRUST_PROXY,
    version: version(),
    publicBaseUrl: e.PUBLIC_BASE_URL?.replace(/\/+$/, '') ?? null,
    llm: llmConfigOf(e),
    forecast: forecastConfigOf(e),
    ...cloudConfig(e),
  };
}
