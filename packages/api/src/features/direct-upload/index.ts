export {
  DEFAULT_DIRECT_UPLOAD_OPTIONS,
  sweepPendingUploads,
  type DirectUploadOptions,
} from './service.ts';
export { PENDING_PREFIX } from './pending-keys.ts';
