import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { GarmentClassifier, type GarmentClassifierOptions } from '@fashion/vision';
import { createMlApp, type MlAppOptions } from '../src/app.ts';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const PHOTOS = join(REPO, 'fixtures/photos');
const TINY_DIR = join(REPO, 'packages/vision/test/fixtures/tiny-model');
export const TINY = { cnn: join(TINY_DIR, 'cnn.onnx'), vit: join(TINY_DIR, 'vit.onnx') };

export interface RunningService {
  url: string;
  classifier: GarmentClassifier;
  close(): Promise<void>;
}

/** The ML service on a random 127.0.0.1 port, over real HTTP. */
export async function startService(
  engine: Partial<GarmentClassifierOptions> = {},
  app: Partial<Omit<MlAppOptions, 'classifier'>> = {},
): Promise<RunningService> {
  const classifier = await GarmentClassifier.start({ models: TINY, ...engine });
  const hono = createMlApp({
    classifier,
    corsOrigins: [],
    maxUploadBytes: 10 * 1024 * 1024,
    version: 'test',
    ...app,
  });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: hono.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    classifier,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await classifier.close();
    },
  };
}

export function imageForm(bytes: Uint8Array, field = 'imagen', name = 'photo.jpg'): FormData {
  const form = new FormData();
  form.append(field, new Blob([bytes as Uint8Array<ArrayBuffer>]), name);
  return form;
}
