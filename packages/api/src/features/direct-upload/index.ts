export {
  DEFAULT_DIRECT_UPLOAD_OPTIONS,
  sweepPendingUploads,
  type DirectUploadOptions,
} from './service.ts';
