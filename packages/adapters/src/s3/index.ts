export { S3ImageStore } from './s3-image-store.ts';
export { DEFAULT_R2_FOLDER, r2Endpoint, type S3ImageStoreOptions } from './config.ts';
export { assertSafeKey, imageKeyFromPublicUrl, joinKey } from './keys.ts';
