/**
 * The free-cloud-stack part of the configuration (docs/architecture.md §1): R2 images and the MongoDB store.
 * config.ts reads the environment and folds these fields and checks into its schema. R2 is on
 * when any R2 variable is set; then every one it needs must be there, and start-up stops with
 * a message naming the missing ones.
 */
import { z } from 'zod';

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

export const CLOUD_ENV = {
  /** MongoDB Atlas (or any MongoDB) connection string: the store of the free cloud stack. */
  MONGODB_URI: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\/\S+$/, 'must be a mongodb:// or mongodb+srv:// connection string')
    .optional(),
  R2_ACCOUNT_ID: z
    .string()
    .regex(/^[A-Za-z0-9]{1,64}$/, 'must be the 32-character account id')
    .optional(),
  /** Any S3-compatible endpoint instead of R2's (another provider, or a local S3 in tests). */
  R2_ENDPOINT: httpUrl.optional(),
  R2_ACCESS_KEY_ID: z.string().min(1).optional(),
  R2_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  R2_BUCKET_NAME: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,62}$/, 'must be a bucket name')
    .optional(),
  /** Public bucket URL (r2.dev or a custom domain), no trailing slash needed. */
  R2_PUBLIC_URL: httpUrl.optional(),
  R2_FOLDER: z
    .string()
    .regex(/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/, 'must be a folder name like fashion_ai')
    .default('fashion_ai'),
};

type CloudEnv = z.output<ReturnType<typeof z.object<typeof CLOUD_ENV>>>;

/** Variables that switch R2 on (R2_FOLDER has a default, so it alone does not). */
const R2_SWITCHES = [
  'R2_ACCOUNT_ID',
  'R2_ENDPOINT',
  'R2_ACCESS_KEY_ID',
  'R2_SECRET_ACCESS_KEY',
  'R2_BUCKET_NAME',
  'R2_PUBLIC_URL',
] as const;
const R2_REQUIRED = [
  'R2_ACCESS_KEY_ID',
  'R2_SECRET_ACCESS_KEY',
  'R2_BUCKET_NAME',
  'R2_PUBLIC_URL',
] as const;

export function checkCloudEnv(env: CloudEnv, ctx: z.RefinementCtx): void {
  if (!R2_SWITCHES.some((k) => env[k] !== undefined)) return;
  const missing: string[] = R2_REQUIRED.filter((k) => env[k] === undefined);
  if (!env.R2_ACCOUNT_ID && !env.R2_ENDPOINT) missing.unshift('R2_ACCOUNT_ID (or R2_ENDPOINT)');
  if (missing.length > 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['R2'],
      message: `partial R2 configuration, missing ${missing.join(', ')} (set them all, or none for local images)`,
    });
  }
}

export interface CloudConfig {
  /** Set: images go to R2 (S3 API) and are linked by their public URL. */
  r2: {
    endpoint: string;
    accessKeyId: string;
    secretAccessKey: string;
    bucket: string;
    publicUrl: string;
    folder: string;
  } | null;
  /** Set: metadata lives in MongoDB instead of the SQLite file. */
  mongodbUri: string | null;
}

export function cloudConfig(env: CloudEnv): CloudConfig {
  const r2 =
    env.R2_ACCESS_KEY_ID && env.R2_SECRET_ACCESS_KEY && env.R2_BUCKET_NAME && env.R2_PUBLIC_URL
      ? {
          endpoint: env.R2_ENDPOINT ?? `https://${env.R2_ACCOUNT_ID}.r2.cloudflarestorage.com`,
          accessKeyId: env.R2_ACCESS_KEY_ID,
          secretAccessKey: env.R2_SECRET_ACCESS_KEY,
          bucket: env.R2_BUCKET_NAME,
          publicUrl: env.R2_PUBLIC_URL.replace(/\/+$/, ''),
          folder: env.R2_FOLDER,
        }
      : null;
  return { r2, mongodbUri: env.MONGODB_URI ?? null };
}
