export * from './ports/index.ts';
export { createApp, type App } from './app.ts';
export {
  type AppContext,
  type AppCtx,
  type AppDeps,
  type AppEnv,
  type AppOptions,
  type AppOptionsInput,
  type RateLimitOptions,
} from './deps.ts';
export { anonymousAuthenticator } from './http/auth.ts';
export {
  DEFAULT_DIRECT_UPLOAD_OPTIONS,
  sweepPendingUploads,
  type DirectUploadOptions,
} from './features/direct-upload/index.ts';
export { canSweepImages, sweepImages, type SweepResult } from './features/images/sweep.ts';
