/**
 * What the HTTP application needs from the outside: the ports (implemented by adapters and
 * chosen by an entry point) and a few options. Nothing here reads the environment.
 */
import type { Context } from 'hono';
import type { Authenticator, Principal } from './ports/auth.ts';
import type { Classifier } from './ports/classifier.ts';
import type { ImageProcessor, ImageStore } from './ports/images.ts';
import type { Store } from './ports/store.ts';
import type { ChatModel, SpeechModel } from './ports/stylist.ts';

export interface RateLimitOptions {
  /** Window length in milliseconds (fixed windows). */
  windowMs: number;
  /** Requests per window per user (or per client address when anonymous); 0 disables. */
  max: number;
  /** Stricter budget for uploads and classification (image decoding, model inference). */
  heavyMax: number;
}

export interface AppOptions {
  /** Reported by /api/health. */
  version: string;
  /** Which column of DESIGN §1 this process runs as. */
  mode: 'embedded' | 'cloud' | 'edge';
  /** Allowed browser origins for CORS; `'*'` allows any (no credentials are used: tokens are headers). */
  corsOrigins: readonly string[] | '*';
  /** Largest accepted image upload, in bytes (also for base64 bodies after decoding). */
  maxUploadBytes: number;
  rateLimit: RateLimitOptions;
  /** Use the first X-Forwarded-For hop as the client address (only behind a trusted proxy). */
  trustProxy: boolean;
  /**
   * Absolute origin browsers reach the API at (no trailing slash): image URLs in answers are
   * made absolute with it. Unset: only cross-origin requests get absolute URLs (their origin).
   */
  publicBaseUrl?: string;
  /** Where unexpected errors are reported (defaults to console.error). */
  logError: (message: string, err: unknown) => void;
}

export interface AppDeps {
  store: Store;
  images: ImageStore;
  imageProcessor: ImageProcessor;
  classifier: Classifier;
  authenticator: Authenticator;
  /** The stylist's LLM; without one the built-in stylist (the recommender) answers. */
  chatModel?: ChatModel;
  /** Text-to-speech and transcription for the chat; without one those routes are 501. */
  speech?: SpeechModel;
  options?: Partial<AppOptions>;
}

export const DEFAULT_OPTIONS: AppOptions = {
  version: '0.1.0',
  mode: 'embedded',
  corsOrigins: [],
  maxUploadBytes: 10 * 1024 * 1024,
  rateLimit: { windowMs: 60_000, max: 600, heavyMax: 120 },
  trustProxy: false,
  logError: (message, err) => console.error(message, err),
};

/** The deps every feature receives, with the options resolved. */
export interface AppContext extends Omit<AppDeps, 'options'> {
  options: AppOptions;
}

/** Hono environment of the app: the authenticated principal, set by the auth middleware. */
export interface AppEnv {
  Variables: { principal: Principal };
}

export type AppCtx = Context<AppEnv>;

export function resolveOptions(options: Partial<AppOptions> = {}): AppOptions {
  return {
    ...DEFAULT_OPTIONS,
    ...options,
    rateLimit: { ...DEFAULT_OPTIONS.rateLimit, ...options.rateLimit },
  };
}
