/**
 * What the HTTP application needs from the outside: the ports (implemented by adapters and
 * chosen by an entry point) and a few options. Nothing here reads the environment.
 */
import type { GetConnInfo } from 'hono/conninfo';
import type { Context } from 'hono';
import type { AdmissionOptions } from './http/admission.ts';
import type { Authenticator, Principal } from './ports/auth.ts';
import type { Classifier } from './ports/classifier.ts';
import type { RateLimitCounter } from './ports/rate-limit.ts';
import type { ImageProcessor, ImageStore } from './ports/images.ts';
import type { Segmenter } from './ports/segmenter.ts';
import type { Compositor } from './ports/compositor.ts';
import type { Store } from './ports/store.ts';
import type { SerialQueue } from './features/cutouts/queue.ts';
import type { CutoutService } from './features/cutouts/service.ts';
import type { SuggestionLog } from './features/recommend/suggestion-log.ts';
import type { ChatModel, SpeechModel } from './ports/stylist.ts';
import type { Forecast } from './ports/forecast.ts';

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
  /** Largest accepted export ZIP for POST /api/import, in bytes (it is read into memory). */
  maxImportBytes: number;
  /**
   * Where an import of the original system's data may fetch its garment photos from: origins
   * (`https://res.cloudinary.com`) or `https://*.domain` for any subdomain. Nothing else is fetched.
   */
  legacyImageOrigins: readonly string[];
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
  /**
   * The runtime's client address (Hono's `getConnInfo`: `@hono/node-server/conninfo` on Node,
   * `hono/cloudflare-workers` on Workers); without it the address is unknown unless a trusted
   * proxy's X-Forwarded-For names it.
   */
  connInfo?: GetConnInfo;
  /** Background removal; without one garments have no cut-out (clients show the photo). */
  segmenter?: Segmenter;
  /** Draws outfit collages (GET /api/outfits/:id/image); without one that route is 503. */
  compositor?: Compositor;
  /** The weather provider; without one the weather routes answer 503 forecast_unavailable. */
  forecast?: Forecast;
  options?: AppOptionsInput;
}

export const DEFAULT_OPTIONS: AppOptions = {
  version: '0.1.0',
  mode: 'embedded',
  corsOrigins: [],
  maxUploadBytes: 10 * 1024 * 1024,
  maxImportBytes: 512 * 1024 * 1024,
  legacyImageOrigins: ['https://res.cloudinary.com', 'https://*.r2.dev'],
  rateLimit: { windowMs: 60_000, max: 600, heavyMax: 120, authFailureMax: 30 },
  admission: { maxInFlight: 2, maxQueued: 8, retryAfterSeconds: 5 },
  trustProxy: 0,
  logError: (message, err) => console.error(message, err),
  logAccess: (line) => console.log(line),
};

/** The deps every feature receives, with the options resolved. */
export interface AppContext extends Omit<AppDeps, 'options'> {
  options: AppOptions;
  /** The process's cut-out queue (present when a segmenter is configured). */
  cutouts?: CutoutService;
  /** Counts the garments of the outfits served (the "suggested, never worn" insight). */
  suggestions: SuggestionLog;
}

/** Hono environment of the app: the authenticated principal, set by the auth middleware. */
export interface AppEnv {
  /** cutoutQueue: the request's own cut-out queue, on the edge only (cutouts/request-queues.ts). */
  Variables: { principal: Principal; requestId: string; cutoutQueue?: SerialQueue };
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
