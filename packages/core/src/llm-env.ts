/**
 * The stylist's language-model settings, validated the same way by the Node server and the
 * Worker (each reads its own environment and passes the values here). All unset: the built-in
 * stylist answers and voice is off.
 */
import { z } from 'zod';
import { envInt } from './env-schemas.ts';

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

export const LLM_ENV = {
  /** OpenAI-compatible API root: https://openrouter.ai/api/v1, http://127.0.0.1:11434/v1 (Ollama). */
  LLM_BASE_URL: httpUrl.optional(),
  LLM_API_KEY: z.string().min(1).optional(),
  /** Chat model; required with LLM_BASE_URL unless only audio is wanted. */
  LLM_MODEL: z.string().min(1).optional(),
  /** For camera frames (defaults to LLM_MODEL). */
  LLM_VISION_MODEL: z.string().min(1).optional(),
  LLM_TTS_MODEL: z.string().min(1).optional(),
  LLM_TTS_VOICE: z.string().min(1).optional(),
  LLM_TRANSCRIBE_MODEL: z.string().min(1).optional(),
  LLM_TIMEOUT_MS: envInt(100, 300_000).default(60_000),
};

export interface LlmConfig {
  baseUrl: string;
  apiKey?: string;
  timeoutMs: number;
  chat: { model: string; visionModel?: string } | null;
  speech: { ttsModel: string; transcribeModel: string; voice?: string } | null;
}

type LlmEnv = z.infer<z.ZodObject<typeof LLM_ENV>>;

/** Problems with the combination (model names without a base URL, half of the audio pair). */
export function llmEnvProblems(e: LlmEnv): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const needsBase = [e.LLM_MODEL, e.LLM_TTS_MODEL, e.LLM_TRANSCRIBE_MODEL].some(Boolean);
  if (needsBase && !e.LLM_BASE_URL) {
    problems.push({ path: 'LLM_BASE_URL', message: 'is required when an LLM_* model is set' });
  }
  if (Boolean(e.LLM_TTS_MODEL) !== Boolean(e.LLM_TRANSCRIBE_MODEL)) {
    const missing = e.LLM_TTS_MODEL ? 'LLM_TRANSCRIBE_MODEL' : 'LLM_TTS_MODEL';
    problems.push({ path: missing, message: 'LLM_TTS_MODEL and LLM_TRANSCRIBE_MODEL go together' });
  }
  if (e.LLM_BASE_URL && !e.LLM_MODEL && !e.LLM_TTS_MODEL) {
    problems.push({ path: 'LLM_MODEL', message: 'is required with LLM_BASE_URL' });
  }
  return problems;
}

export function llmConfigOf(e: LlmEnv): LlmConfig | null {
  if (!e.LLM_BASE_URL) return null;
  return {
    baseUrl: e.LLM_BASE_URL,
    ...(e.LLM_API_KEY ? { apiKey: e.LLM_API_KEY } : {}),
    timeoutMs: e.LLM_TIMEOUT_MS,
    chat: e.LLM_MODEL
      ? { model: e.LLM_MODEL, ...(e.LLM_VISION_MODEL ? { visionModel: e.LLM_VISION_MODEL } : {}) }
      : null,
    speech:
      e.LLM_TTS_MODEL && e.LLM_TRANSCRIBE_MODEL
        ? {
            ttsModel: e.LLM_TTS_MODEL,
            transcribeModel: e.LLM_TRANSCRIBE_MODEL,
            ...(e.LLM_TTS_VOICE ? { voice: e.LLM_TTS_VOICE } : {}),
          }
        : null,
  };
}
