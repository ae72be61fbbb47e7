/**
 * Builds the app's dependencies from the configuration: each port gets the adapter that the
 * environment asks for (embedded defaults: SQLite file + image folder under DATA_DIR).
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import { join } from 'node:path';
import {
  DEFAULT_DIRECT_UPLOAD_OPTIONS,
  anonymousAuthenticator,
  type AppDeps,
  type Authenticator,
  type ImageStore,
  type Store,
  canSweepImages,
  supportsDirectUploads,
  sweepImages,
  sweepPendingUploads,
} from '@fashion/api';
import { createAuth0Authenticator } from '@fashion/adapters/auth0/index.ts';
import { DiskImageStore } from '@fashion/adapters/disk/index.ts';
import { createSqliteStore } from '@fashion/adapters/sqlite/index.ts';
import { createMongoRateLimitCounter, createMongoStore } from '@fashion/adapters/mongo/index.ts';
import { stylistDeps } from '@fashion/adapters/llm-openai/index.ts';
import { OpenMeteoForecast } from '@fashion/adapters/forecast-open-meteo/index.ts';
import { S3ImageStore, imageKeyFromPublicUrl } from '@fashion/adapters/s3/index.ts';
import { createLocalSegmenter } from '@fashion/adapters/segmenter-local/index.ts';
import { createSharpCompositor } from '@fashion/adapters/compositor-sharp/index.ts';
import { createUploadProcessor } from '@fashion/vision';
import { logAccessLine } from './access-lines.ts';
import { selectClassifier } from './classifier.ts';
import type { Config } from './config.ts';

/** Metadata store: MONGODB_URI → MongoDB (the old system's collections), else the SQLite file. */
export async function selectStore(config: Config): Promise<Store> {
  if (config.mongodbUri) {
    const r2 = config.r2;
    return createMongoStore(config.mongodbUri, {
      // Old garments only stored their public R2 URL; this recovers the key for deletes.
      ...(r2
        ? { imageKeyFromUrl: (url: string) => imageKeyFromPublicUrl(url, r2.publicUrl, r2.folder) }
        : {}),
    });
  }
  return createSqliteStore(join(config.dataDir, 'fashion.db'));
}

/** Image store: R2_* → the S3/R2 adapter (public bucket URLs, presigned uploads), else a folder. */
export async function selectImageStore(config: Config): Promise<ImageStore> {
  if (config.r2) return new S3ImageStore(config.r2);
  return new DiskImageStore({ dir: join(config.dataDir, 'images') });
}

export function selectAuthenticator(config: Config): Authenticator {
  return config.auth0 ? createAuth0Authenticator(config.auth0) : anonymousAuthenticator;
}

/** Between periodic image sweeps; they never touch files younger than this either. */
const IMAGE_SWEEP_EVERY_MS = 10 * 60_000;

/**
 * Sweeps unreferenced images once now (before the server listens, so `ageMs` 0 cannot race an
 * upload) and then every 10 minutes. A failed sweep is logged and tried again next time.
 */
async function startImageSweeps(
  images: ImageStore,
  store: Store,
  ageMs: number,
): Promise<NodeJS.Timeout> {
  const sweep = async (age: number) => {
    try {
      const { removed, failed } = await sweepImages(images, store, age);
      if (removed || failed) {
        console.log(`[images] sweep removed ${removed} unreferenced file(s), ${failed} failed`);
      }
    } catch (err) {
      console.error('[images] sweep of unreferenced images failed', err);
    }
  };
  await sweep(ageMs);
  return setInterval(
    () => void sweep(Math.max(ageMs, IMAGE_SWEEP_EVERY_MS)),
    IMAGE_SWEEP_EVERY_MS,
  ).unref();
}

export async function createDeps(config: Config): Promise<AppDeps & { close(): Promise<void> }> {
  const [store, images, classifier] = await Promise.all([
    selectStore(config),
    selectImageStore(config),
    selectClassifier(config),
  ]);
  // Presigned uploads never confirmed are removed on a timer (and on upload-url requests).
  const sweeper = supportsDirectUploads(images)
    ? setInterval(() => {
        sweepPendingUploads(images, DEFAULT_DIRECT_UPLOAD_OPTIONS.maxPendingAgeMs).catch(
          (err: unknown) => console.error('[uploads] sweep of unconfirmed uploads failed', err),
        );
      }, DEFAULT_DIRECT_UPLOAD_OPTIONS.sweepEveryMs).unref()
    : null;
  // Several instances behind Render's balancer must count in one place: the database.
  const rateLimitCounter = config.mongodbUri
    ? await createMongoRateLimitCounter(config.mongodbUri)
    : null;
  const imageSweeper = canSweepImages(images, store)
    ? await startImageSweeps(images, store, config.imageSweepAgeMs)
    : null;
  return {
    store,
    images,
    classifier,
    imageProcessor: createUploadProcessor({
      limits: { maxPixels: config.maxImagePixels, maxBytes: config.maxUploadBytes },
    }),
    authenticator: selectAuthenticator(config),
    // Cut-outs in this process (one at a time, behind the uploads; see features/cutouts).
    segmenter: createLocalSegmenter({
      maxPixels: config.maxImagePixels,
      maxBytes: config.maxUploadBytes,
    }),
    compositor: createSharpCompositor(),
    ...(rateLimitCounter ? { rateLimitCounter } : {}),
    ...stylistDeps(config.llm),
    connInfo: getConnInfo,
    forecast: new OpenMeteoForecast(config.forecast),
    options: {
      version: config.version,
      mode: config.mongodbUri || config.r2 ? 'cloud' : 'embedded',
      corsOrigins: config.corsOrigins,
      maxUploadBytes: config.maxUploadBytes,
      rateLimit: config.rateLimit,
      admission: config.admission,
      trustProxy: config.trustProxy,
      logAccess: logAccessLine,
      ...(config.publicBaseUrl ? { publicBaseUrl: config.publicBaseUrl } : {}),
    },
    async close() {
      if (sweeper) clearInterval(sweeper);
      if (imageSweeper) clearInterval(imageSweeper);
      await store.close?.();
      await rateLimitCounter?.close();
      // The in-process classifier owns an inference worker thread.
      await (classifier as Partial<{ close(): Promise<void> }>).close?.();
    },
  };
}
