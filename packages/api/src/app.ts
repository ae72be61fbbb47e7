/**
 * The HTTP application: one Hono app over the ports, mounted by the Node entry (apps/server)
 * and the Worker entry. Cross-cutting concerns run in this order on /api: security headers →
 * CORS → authentication (protected paths) → rate limits → the feature's route.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { resolveOptions, type AppContext, type AppDeps, type AppEnv } from './deps.ts';
import { authenticate } from './http/auth.ts';
import { errorHandler, notFoundHandler, validationError } from './http/errors.ts';
import { FixedWindowLimiter, clientAddress, rateLimit } from './http/rate-limit.ts';
import { apiCors, apiSecureHeaders } from './http/security.ts';
import { absoluteImageUrls } from './http/absolute-urls.ts';
import { classifyRoutes } from './features/classify/routes.ts';
import { directUploadRoutes } from './features/direct-upload/routes.ts';
import { garmentRoutes } from './features/garments/routes.ts';
import { healthRoutes } from './features/health/routes.ts';
import { imageRoutes } from './features/images/routes.ts';
import { meRoutes } from './features/me/routes.ts';
import { modelRoutes } from './features/model/routes.ts';
import { outfitRoutes } from './features/outfits/routes.ts';
import { recommendRoutes } from './features/recommend/routes.ts';
import { stylistRoutes } from './features/stylist/routes.ts';

/** Need the caller's identity (a valid token when Auth0 is configured). */
const PROTECTED = [
  '/api/prendas/*',
  '/api/outfits/*',
  '/api/me/*',
  '/api/classify/*',
  '/api/chat',
  '/api/chat/*',
  '/api/mirror/*',
];
/** Decode images or run models: a stricter rate limit. */
const HEAVY = [
  '/api/prendas/upload',
  '/api/prendas/auto',
  '/api/prendas/confirm',
  '/api/classify/*',
  '/api/mirror/analyze-frame',
];

export type App = OpenAPIHono<AppEnv>;

export function createApp(deps: AppDeps): App {
  const options = resolveOptions(deps.options);
  const ctx: AppContext = { ...deps, options };
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error);
    },
  });
  app.onError(errorHandler(options.logError));
  app.notFound(notFoundHandler(app));

  app.use('/api/*', apiSecureHeaders());
  const cors = apiCors(options.corsOrigins);
  if (cors) app.use('/api/*', cors);
  app.use('/api/*', absoluteImageUrls(options.publicBaseUrl));
  const auth = authenticate(deps.authenticator);
  for (const path of PROTECTED) app.use(path, auth);
  const address = (c: Context) => clientAddress(c, options.trustProxy, options.mode === 'edge');
  const { windowMs, max, heavyMax } = options.rateLimit;
  app.use('/api/*', rateLimit(new FixedWindowLimiter(max, windowMs), 'api', address));
  const heavy = rateLimit(new FixedWindowLimiter(heavyMax, windowMs), 'heavy', address);
  for (const path of HEAVY) app.use(path, heavy);

  app.route('/', healthRoutes(ctx));
  app.route('/', imageRoutes(ctx));
  app.route('/', modelRoutes(ctx));
  app.route('/', garmentRoutes(ctx));
  // Browser-to-bucket uploads, only where the ImageStore can presign (S3/R2 credentials).
  const directUploads = directUploadRoutes(ctx);
  if (directUploads) app.route('/', directUploads);
  app.route('/', classifyRoutes(ctx));
  app.route('/', meRoutes(ctx));
  // Outfit recommendations mount here, BEFORE the outfit routes: /api/outfits/{id} would
  // otherwise capture /api/outfits/recommend (and answer 400 for a malformed id).
  app.route('/', recommendRoutes(ctx));
  app.route('/', outfitRoutes(ctx));
  app.route('/', stylistRoutes(ctx));

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
  return app;
}
