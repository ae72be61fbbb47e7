import type { RateLimiter } from './rate-limiter.ts';

/** The Worker's bindings and variables (wrangler.toml `[vars]`, secrets, D1 and R2 bindings). */
export interface WorkerEnv {
  /** D1 database, migrated from packages/adapters/src/sqlite/drizzle. */
  DB: D1Database;
  /** R2 bucket with the garment images. */
  IMAGES: R2Bucket;
  /** Rate-limit counts shared by all isolates (Durable Object; memory per isolate without it). */
  RATE_LIMITER?: DurableObjectNamespace<RateLimiter>;
  R2_FOLDER?: string;
  /** Public bucket URL (r2.dev or a custom domain); without it the Worker serves the images. */
  R2_PUBLIC_URL?: string;
  /** The ML service (Hugging Face Space), e.g. https://user-fashion-ml.hf.space. */
  ML_SERVICE_URL?: string;
  ML_TIMEOUT_MS?: string;
  CORS_ORIGINS?: string;
  AUTH0_DOMAIN?: string;
  AUTH0_AUDIENCE?: string;
  MAX_UPLOAD_MB?: string;
  /** The stylist's OpenAI-compatible LLM (LLM_API_KEY as a secret); see packages/core/src/llm-env.ts. */
  LLM_BASE_URL?: string;
  LLM_API_KEY?: string;
  LLM_MODEL?: string;
  LLM_VISION_MODEL?: string;
  LLM_TTS_MODEL?: string;
  LLM_TTS_VOICE?: string;
  LLM_TRANSCRIBE_MODEL?: string;
  LLM_TIMEOUT_MS?: string;
  /** The weather provider; see packages/core/src/forecast-env.ts (Open-Meteo by default). */
  FORECAST_BASE_URL?: string;
  GEOCODING_BASE_URL?: string;
  CLIMATE_BASE_URL?: string;
  FORECAST_TIMEOUT_MS?: string;
}
