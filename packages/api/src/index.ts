export * from './ports/index.ts';
export { createApp, type App } from './app.ts';
export {
  DEFAULT_OPTIONS,
  type AppContext,
  type AppCtx,
  type AppDeps,
  type AppEnv,
  type AppOptions,
  type AppOptionsInput,
  type RateLimitOptions,
} from './deps.ts';
export { anonymousAuthenticator, userIdOf } from './http/auth.ts';
export { HttpError, notFound } from './http/errors.ts';
export { featureRouter, bearer, errorResponses, jsonBody, jsonContent } from './http/openapi.ts';
export {
  DEFAULT_DIRECT_UPLOAD_OPTIONS,
  PENDING_PREFIX,
  sweepPendingUploads,
  type DirectUploadOptions,
} from './features/direct-upload/index.ts';
export { canSweepImages, sweepImages, type SweepResult } from './features/images/sweep.ts';
