export { S3ImageStore } from './s3-image-store.ts';
export { r2Endpoint, type S3ImageStoreOptions } from './config.ts';
export { imageKeyFromPublicUrl } from './keys.ts';
