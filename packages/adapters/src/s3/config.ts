/** Settings of the S3-compatible ImageStore (R2 in production, s3rver in tests). */
export interface S3ImageStoreOptions {
  /** `https://<account>.r2.cloudflarestorage.com`, or any S3-compatible endpoint. */
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Key prefix inside the bucket (R2_FOLDER, default `fashion_ai`). */
  folder: string;
  /** Public base URL of the bucket, no trailing slash (R2_PUBLIC_URL). */
  publicUrl: string;
  /** R2 ignores the region; other S3 stores may need theirs. */
  region?: string;
}

export const DEFAULT_R2_FOLDER = 'fashion_ai';

export function r2Endpoint(accountId: string): string {
  if (!/^[A-Za-z0-9]{1,64}$/.test(accountId)) throw new Error('R2_ACCOUNT_ID must be alphanumeric');
  return `https://${accountId}.r2.cloudflarestorage.com`;
}
