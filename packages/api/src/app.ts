/**
 * The HTTP application: one Hono app over the ports, mounted by the Node entry (apps/server)
 * and the Worker entry. Cross-cutting concerns run in this order on /api: security headers →
 * CORS → authentication (protected paths) → rate limits → admission of heavy work → JSON guard →
 * the feature's route.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { contextStorage } from 'hono/context-storage';
import { resolveOptions, type AppContext, type AppDeps, type AppEnv } from './deps.ts';
import { accessLog } from './http/access-log.ts';
import { Admission, admit } from './http/admission.ts';
import { MULTIPART_OVERHEAD, base64BodyLimit } from './http/body.ts';
import { errorHandler, notFoundHandler, validationError } from './http/errors.ts';
import { guardJson } from './http/json-guard.ts';
import {
  FixedWindowLimiter,
  authenticateLimited,
  clientAddress,
  rateLimit,
} from './http/rate-limit.ts';
import { idempotency } from './features/idempotency/middleware.ts';
import { apiCors, apiSecureHeaders } from './http/security.ts';
import { MemoryRateLimitCounter } from './ports/rate-limit.ts';
import { absoluteImageUrls } from './http/absolute-urls.ts';
import { categoryRoutes } from './features/categorias/routes.ts';
import { classifyRoutes } from './features/classify/routes.ts';
import { cutoutRoutes } from './features/cutouts/routes.ts';
import { collageRoutes } from './features/outfits/collage.ts';
import { cutoutService } from './features/cutouts/service.ts';
import { suggestionLog } from './features/recommend/suggestion-log.ts';
import { directUploadRoutes } from './features/direct-upload/routes.ts';
import { garmentRoutes } from './features/garments/routes.ts';
import { healthRoutes } from './features/health/routes.ts';
import { imageRoutes } from './features/images/routes.ts';
import { meRoutes } from './features/me/routes.ts';
import { modelRoutes } from './features/model/routes.ts';
import { insightsRoutes } from './features/insights/routes.ts';
import { outfitRoutes } from './features/outfits/routes.ts';
import { portabilityRoutes } from './features/portability/routes.ts';
import { recommendRoutes } from './features/recommend/routes.ts';
import { stylistRoutes } from './features/stylist/routes.ts';
import { planRoutes } from './features/plans/routes.ts';
import { wearRoutes } from './features/wears/routes.ts';
import { weatherRoutes } from './features/weather/routes.ts';
import { tripRoutes } from './features/trips/routes.ts';

/** Need the caller's identity (a valid token when Auth0 is configured). */
const PROTECTED = [
  '/api/prendas/*',
  '/api/outfits/*',
  '/api/me/*',
  '/api/categorias',
  '/api/categorias/*',
  '/api/classify/*',
  '/api/chat',
  '/api/chat/*',
  '/api/mirror/*',
  '/api/usos',
  '/api/usos/*',
  '/api/planes',
  '/api/planes/*',
  '/api/viajes',
  '/api/viajes/*',
  '/api/weather',
  '/api/geocode',
  '/api/export',
  '/api/import',
  '/api/insights',
];
/** Decode images or run models: a stricter rate limit. */
const HEAVY = [
  '/api/prendas/upload',
  '/api/prendas/auto',
  '/api/prendas/confirm',
  '/api/prendas/batch',
  '/api/classify/*',
  '/api/mirror/analyze-frame',
  '/api/import',
];

/** Create something: a repeat with the same Idempotency-Key answers the first result. */
const IDEMPOTENT = [
  '/api/prendas/upload',
  '/api/prendas/auto',
  '/api/prendas/confirm',
  '/api/prendas/batch',
  '/api/outfits/save',
  '/api/categorias',
  '/api/categorias/:id/fusionar',
  '/api/usos',
  '/api/planes',
  // Not '/api/planes/*': Hono's wildcard matches '/api/planes' too, and a second claim of the
  // same key would wait on the first.
  '/api/planes/:id/worn',
  '/api/viajes',
  '/api/viajes/:id/planificar',
  '/api/viajes/:id/cambiar',
];

/** How often a waiting heavy request on a Worker looks for a free slot. */
const EDGE_ADMISSION_POLL_MS = 25;

export type App = OpenAPIHono<AppEnv> & {
  /**
   * Stops the work the app runs after its answers (queued cut-outs) and waits for the job that
   * runs: call it once the server stopped taking requests and before the store closes.
   */
  stopBackgroundWork(): Promise<void>;
};

export function createApp(deps: AppDeps): App {
  const options = resolveOptions(deps.options);
  const base = { ...deps, options, suggestions: suggestionLog({ store: deps.store, options }) };
  const ctx: AppContext = deps.segmenter
    ? { ...base, cutouts: cutoutService(base, deps.segmenter) }
    : base;
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error);
    },
  });
  app.onError(errorHandler(options.logError));
  app.notFound(notFoundHandler(app));

  app.use('*', accessLog(options.logAccess));

  app.use('/api/*', apiSecureHeaders());
  const cors = apiCors(options.corsOrigins);
  if (cors) app.use('/api/*', cors);
  app.use('/api/*', absoluteImageUrls(options.publicBaseUrl));
  // The edge's cut-out jobs run on their request's own queue (features/cutouts/request-queues.ts).
  if (ctx.cutouts && options.mode === 'edge') app.use('/api/*', contextStorage());
  const address = (c: Context) => clientAddress(c, options.trustProxy, deps.connInfo);
  const { windowMs, max, heavyMax, authFailureMax } = options.rateLimit;
  const counter = deps.rateLimitCounter ?? new MemoryRateLimitCounter();
  const failures = new FixedWindowLimiter(authFailureMax, windowMs, counter);
  const auth = authenticateLimited(deps.authenticator, failures, address);
  for (const path of PROTECTED) app.use(path, auth);
  app.use('/api/*', rateLimit(new FixedWindowLimiter(max, windowMs, counter), 'api', address));
  const heavy = rateLimit(new FixedWindowLimiter(heavyMax, windowMs, counter), 'heavy', address);
  for (const path of HEAVY) app.use(path, heavy);
  // Bodies of heavy routes are read only once admitted: the surplus gets 503 busy at once. On the
  // edge a waiter polls for its slot (a request may not resolve another's promise there).
  const admissionOptions =
    options.mode === 'edge'
      ? { poll: EDGE_ADMISSION_POLL_MS, ...options.admission }
      : options.admission;
  const admission = admit(new Admission(admissionOptions), base64BodyLimit(options.maxUploadBytes));
  // Not /api/prendas/confirm: its body is a small JSON, and overlapping confirms of one upload
  // must meet in the service (which answers them all with the one garment), not in a queue.
  for (const path of HEAVY.filter((p) => p !== '/api/prendas/confirm' && p !== '/api/import')) {
    app.use(path, admission);
  }
  // An import's body is a whole export ZIP: admitted on its own queue, with its own size limit.
  app.use('/api/import', admit(new Admission(admissionOptions), options.maxImportBytes));
  // JSON is read (bounded, depth-scanned) only once the caller was admitted.
  app.use('/api/*', guardJson(base64BodyLimit(options.maxUploadBytes)));
  const idempotent = idempotency(deps.store.idempotency, {
    maxBodyBytes: Math.max(
      base64BodyLimit(options.maxUploadBytes),
      options.maxUploadBytes + MULTIPART_OVERHEAD,
    ),
    logError: options.logError,
  });
  for (const path of IDEMPOTENT) app.on('POST', path, idempotent);
  // An import's body is a whole export ZIP: its own, larger limit (a replay answers the summary).
  app.on(
    'POST',
    '/api/import',
    idempotency(deps.store.idempotency, {
      maxBodyBytes: options.maxImportBytes + MULTIPART_OVERHEAD,
      logError: options.logError,
    }),
  );

  app.route('/', healthRoutes(ctx));
  app.route('/', imageRoutes(ctx));
  app.route('/', modelRoutes(ctx));
  app.route('/', garmentRoutes(ctx));
  app.route('/', cutoutRoutes(ctx));
  // Browser-to-bucket uploads, only where the ImageStore can presign (S3/R2 credentials).
  const directUploads = directUploadRoutes(ctx);
  if (directUploads) app.route('/', directUploads);
  app.route('/', classifyRoutes(ctx));
  app.route('/', meRoutes(ctx));
  app.route('/', categoryRoutes(ctx));
  // Outfit recommendations mount here, BEFORE the outfit routes: /api/outfits/{id} would
  // otherwise capture /api/outfits/recommend (and answer 400 for a malformed id).
  app.route('/', recommendRoutes(ctx));
  // Before the outfit routes, like the recommendations (their {id} routes would capture it).
  app.route('/', collageRoutes(ctx));
  app.route('/', outfitRoutes(ctx));
  app.route('/', stylistRoutes(ctx));
  app.route('/', wearRoutes(ctx));
  app.route('/', planRoutes(ctx));
  app.route('/', weatherRoutes(ctx));
  app.route('/', tripRoutes(ctx));
  app.route('/', portabilityRoutes(ctx));
  app.route('/', insightsRoutes(ctx));

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'Auth0 access token (RS256). Not needed when the server runs without Auth0.',
  });
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Fashion AI API',
      version: options.version,
      description:
        'A digital wardrobe: garments classified from photos, saved outfits, preferences. ' +
        'Errors are JSON `{ error }`.',
    },
  });
  return Object.assign(app, {
    stopBackgroundWork: () => ctx.cutouts?.stop() ?? Promise.resolve(),
  });
}
