/**
 * What the HTTP application needs from the outside: the ports (implemented by adapters and
 * chosen by an entry point) and a few options. Nothing here reads the environment.
 */
import type { Context } from 'hono';
import type { AdmissionOptions } from './http/admission.ts';
import type { Authenticator, Principal } from './ports/auth.ts';
import type { Classifier } from './ports/classifier.ts';
import type { RateLimitCounter } from './ports/rate-limit.ts';
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
  /** Failed logins (401) per client address per window; past it, 429 without checking. */
  authFailureMax: number;
}

export interface AppOptions {
  /** Reported by /api/health. */
  version: string;
  /** Which column of docs/architecture.md §1 this process runs as. */
  mode: 'embedded' | 'cloud' | 'edge';
  /** Allowed browser origins for CORS; `'*'` allows any (no credentials are used: tokens are headers). */
  corsOrigins: readonly string[] | '*';
  /** Largest accepted image upload, in bytes (also for base64 bodies after decoding). */
  maxUploadBytes: number;
  rateLimit: RateLimitOptions;
  /** How many uploads/classifications run and wait at once (the rest: 503 busy). */
  admission: AdmissionOptions;
  /**
   * Proxies of ours in front of the app (0: none). The client address is the X-Forwarded-For
   * entry that many from the right; entries left of it are the client's own word.
   */
  trustProxy: number;
  /**
   * Absolute origin browsers reach the API at (no trailing slash): image URLs in answers are
   * made absolute with it. Unset: only cross-origin requests get absolute URLs (their origin).
   */
  publicBaseUrl?: string;
  /** Where unexpected errors are reported (defaults to console.error). */
  logError: (message: string, err: unknown) => void;
  /** Where the access log goes, one line per request (defaults to console.log). */
  logAccess: (line: string) => void;
}

/** What an entry point passes: any option may be left out, also inside the nested groups. */
export type AppOptionsInput = Partial<Omit<AppOptions, 'rateLimit' | 'admission'>> & {
  rateLimit?: Partial<RateLimitOptions>;
  admission?: Partial<AdmissionOptions>;
};

export interface AppDeps {
  store: Store;
  images: ImageStore;
  imageProcessor: ImageProcessor;
  classifier: Classifier;
  authenticator: Authenticator;
  /** Where rate-limit counts live; this process's memory when left out. */
  rateLimitCounter?: RateLimitCounter;
  /** The stylist's LLM; without one the built-in stylist (the recommender) answers. */
  chatModel?: ChatModel;
  /** Text-to-speech and transcription for the chat; without one those routes are 501. */
  speech?: SpeechModel;
  options?: AppOptionsInput;
}

export const DEFAULT_OPTIONS: AppOptions = {
  version: '0.1.0',
  mode: 'embedded',
  corsOrigins: [],
  maxUploadBytes: 10 * 1024 * 1024,
  rateLimit: { windowMs: 60_000, max: 600, heavyMax: 120, authFailureMax: 30 },
  admission: { maxInFlight: 2, maxQueued: 8, retryAfterSeconds: 5 },
  trustProxy: 0,
  logError: (message, err) => console.error(message, err),
  logAccess: (line) => console.log(line),
};

/** The deps every feature receives, with the options resolved. */
export interface AppContext extends Omit<AppDeps, 'options'> {
  options: AppOptions;
}

/** Hono environment of the app: the authenticated principal, set by the auth middleware. */
export interface AppEnv {
  Variables: { principal: Principal; requestId: string };
}

export type AppCtx = Context<AppEnv>;

export function resolveOptions(options: AppOptionsInput = {}): AppOptions {
  return {
    ...DEFAULT_OPTIONS,
    ...options,
    rateLimit: { ...DEFAULT_OPTIONS.rateLimit, ...options.rateLimit },
    admission: { ...DEFAULT_OPTIONS.admission, ...options.admission },
  };
}
