/**
 * The Worker's one reader of its environment (bindings and vars), validated like the Node
 * server's config: a wrong or partial setting becomes a ConfigError naming the variables. A
 * Worker has no start-up to stop, so every request then answers 500 with that message.
 */
import { z } from 'zod';
import { ConfigError, readEnv } from '@fashion/core';
import { LLM_ENV, llmConfigOf, llmEnvProblems, type LlmConfig } from '@fashion/core';
import { FORECAST_ENV, forecastConfigOf, type ForecastConfig } from '@fashion/core';
import type { WorkerEnv } from './env.ts';

export { ConfigError };

export interface WorkerConfig {
  folder: string;
  publicUrl: string | null;
  mlServiceUrl: string | null;
  mlTimeoutMs: number;
  corsOrigins: string[] | '*';
  auth0: { domain: string; audience: string } | null;
  maxUploadBytes: number;
  /** The stylist's LLM (LLM_* vars); null: the built-in stylist. */
  llm: LlmConfig | null;
  /** The weather provider (FORECAST_*, GEOCODING_*, CLIMATE_* vars). */
  forecast: ForecastConfig;
}

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

const VarsSchema = z
  .object({
    R2_FOLDER: z
      .string()
      .regex(/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/, 'must be a folder name like fashion_ai')
      .default('fashion_ai'),
    R2_PUBLIC_URL: httpUrl.optional(),
    ML_SERVICE_URL: httpUrl.optional(),
    ML_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(20_000),
    CORS_ORIGINS: z.string().default(''),
    AUTH0_DOMAIN: z
      .string()
      .regex(/^(https:\/\/)?[a-z0-9.-]+\/?$/i, 'must be a domain like my-tenant.eu.auth0.com')
      .optional(),
    AUTH0_AUDIENCE: z.string().min(1).optional(),
    MAX_UPLOAD_MB: z.coerce.number().positive().max(90).default(10),
    ...LLM_ENV,
    ...FORECAST_ENV,
  })
  .superRefine((v, ctx) => {
    for (const p of llmEnvProblems(v)) {
      ctx.addIssue({ code: 'custom', path: [p.path], message: p.message });
    }
    if (Boolean(v.AUTH0_DOMAIN) !== Boolean(v.AUTH0_AUDIENCE)) {
      const missing = v.AUTH0_DOMAIN ? 'AUTH0_AUDIENCE' : 'AUTH0_DOMAIN';
      ctx.addIssue({
        code: 'custom',
        path: [missing],
        message: 'is missing: AUTH0_DOMAIN and AUTH0_AUDIENCE go together',
      });
    }
  });

function corsOrigins(text: string): string[] | '*' {
  if (text.trim() === '*') return '*';
  return text
    .split(',')
    .map((o) => o.trim().replace(/\/+$/, ''))
    .filter(Boolean);
}

export function loadWorkerConfig(env: WorkerEnv): WorkerConfig {
  const problems: string[] = [];
  if (!env.DB) problems.push('DB: the D1 binding is missing (wrangler.toml [[d1_databases]])');
  if (!env.IMAGES)
    problems.push('IMAGES: the R2 binding is missing (wrangler.toml [[r2_buckets]])');
  const parsed = readEnv(VarsSchema, env as unknown as Record<string, unknown>);
  if (!parsed.ok) problems.push(...parsed.problems);
  if (problems.length > 0 || !parsed.ok) {
    throw new ConfigError(problems, 'invalid Worker configuration');
  }
  const v = parsed.value;
  return {
    folder: v.R2_FOLDER,
    publicUrl: v.R2_PUBLIC_URL?.replace(/\/+$/, '') ?? null,
    mlServiceUrl: v.ML_SERVICE_URL ?? null,
    mlTimeoutMs: v.ML_TIMEOUT_MS,
    corsOrigins: corsOrigins(v.CORS_ORIGINS),
    auth0:
      v.AUTH0_DOMAIN && v.AUTH0_AUDIENCE
        ? { domain: v.AUTH0_DOMAIN, audience: v.AUTH0_AUDIENCE }
        : null,
    maxUploadBytes: Math.round(v.MAX_UPLOAD_MB * 1024 * 1024),
    llm: llmConfigOf(v),
    forecast: forecastConfigOf(v),
  };
}
