/**
 * A real API server for tests: the Node adapter on 127.0.0.1:0, a SQLite file and an image
 * folder in a fresh temp dir, the real upload processor (sharp). Counts rows and files so
 * tests can prove that a failed request stored nothing.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import Database from 'better-sqlite3';
import { createSqliteStore } from '@fashion/adapters/sqlite/index.ts';
import { DiskImageStore } from '@fashion/adapters/disk/index.ts';
import { createNullClassifier } from '@fashion/adapters/classifier-null/index.ts';
import { createUploadProcessor } from '@fashion/vision';
import {
  anonymousAuthenticator,
  createApp,
  type AppOptionsInput,
  type Authenticator,
  type ChatModel,
  type SpeechModel,
  type Forecast,
  type Classifier,
  type ImageStore,
  type Segmenter,
  type Compositor,
  type Store,
} from '../../src/index.ts';

export interface TestServer {
  url: string;
  /** Unexpected errors the app logged (500s). */
  errors: unknown[];
  /** The access log's lines. */
  accessLog: string[];
  dir: string;
  imagesDir: string;
  /** The real adapters behind the app (before any wrapping). */
  store: Store;
  images: ImageStore;
  counts(): { garments: number; outfits: number; profiles: number; files: number };
  files(): string[];
  close(): Promise<void>;
}

export async function startTestServer(
  opts: {
    authenticator?: Authenticator;
    classifier?: Classifier;
    chatModel?: ChatModel;
    speech?: SpeechModel;
    segmenter?: Segmenter;
    compositor?: Compositor;
    forecast?: Forecast;
    options?: AppOptionsInput;
    /** Failure injection around the real adapters (for the no-orphans tests). */
    wrapStore?: (store: Store) => Store;
    wrapImages?: (images: ImageStore) => ImageStore;
    /** Where the SQLite file lives (default: in the temp dir), e.g. on a small filesystem. */
    dbPath?: string;
  } = {},
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'fashion-api-'));
  const dbPath = opts.dbPath ?? join(dir, 'fashion.db');
  const imagesDir = join(dir, 'images');
  const store = createSqliteStore(dbPath);
  const images = new DiskImageStore({ dir: imagesDir });
  const errors: unknown[] = [];
  const accessLog: string[] = [];
  const app = createApp({
    store: opts.wrapStore ? opts.wrapStore(store) : store,
    images: opts.wrapImages ? opts.wrapImages(images) : images,
    imageProcessor: createUploadProcessor(),
    classifier: opts.classifier ?? createNullClassifier(),
    authenticator: opts.authenticator ?? anonymousAuthenticator,
    ...(opts.chatModel ? { chatModel: opts.chatModel } : {}),
    ...(opts.speech ? { speech: opts.speech } : {}),
    connInfo: getConnInfo,
    ...(opts.segmenter ? { segmenter: opts.segmenter } : {}),
    ...(opts.compositor ? { compositor: opts.compositor } : {}),
    ...(opts.forecast ? { forecast: opts.forecast } : {}),
    options: {
      logError: (_m, err) => errors.push(err),
      logAccess: (line) => accessLog.push(line),
      ...opts.options,
    },
  });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  // As the real server (apps/server): Node's 5 s idle timeout races a loaded test's next poll on
  // the same kept-alive connection (ECONNRESET).
  if ('keepAliveTimeout' in server) server.keepAliveTimeout = 65_000;
  const { port } = server.address() as AddressInfo;
  const counter = new Database(dbPath, { readonly: true });
  const count = (table: string) =>
    counter.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  const files = () => readdirSync(imagesDir).sort();

  return {
    url: `http://127.0.0.1:${port}`,
    errors,
    accessLog,
    store,
    images,
    dir,
    imagesDir,
    files,
    counts: () => ({
      garments: count('garments'),
      outfits: count('outfits'),
      profiles: count('profiles'),
      files: files().length,
    }),
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      counter.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
