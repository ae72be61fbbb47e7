/**
 * The free-cloud-stack settings of the Node server: R2 on when its variables are set (a partial
 * set stops start-up naming what is missing), MONGODB_URI checked, and a real server started
 * against a local S3 (s3rver) storing its images there.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';
import { startServer } from '../src/server.ts';
import {
  S3RVER_CREDENTIALS,
  startLocalS3,
} from '../../../packages/adapters/test/helpers/local-s3.ts';

function problems(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.message;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('cloud configuration', () => {
  it('keeps local images and SQLite when no cloud variable is set', () => {
    const c = loadConfig({});
    expect(c.r2).toBeNull();
    expect(c.mongodbUri).toBeNull();
  });

  it('names every missing R2 variable of a partial configuration', () => {
    const message = problems({ R2_BUCKET_NAME: 'wardrobe', R2_ACCESS_KEY_ID: 'k' });
    expect(message).toMatch(/partial R2 configuration/);
    for (const name of ['R2_ACCOUNT_ID', 'R2_SECRET_ACCESS_KEY', 'R2_PUBLIC_URL']) {
      expect(message).toContain(name);
    }
    expect(message).not.toContain('R2_BUCKET_NAME,');
  });

  it('builds the R2 endpoint from the account id, with the default folder', () => {
    const c = loadConfig({
      R2_ACCOUNT_ID: 'a1b2c3',
      R2_ACCESS_KEY_ID: 'key',
      R2_SECRET_ACCESS_KEY: 'secret',
      R2_BUCKET_NAME: 'fashion-ai-images',
      R2_PUBLIC_URL: 'https://pub-123.r2.dev/',
    });
    expect(c.r2).toEqual({
      endpoint: 'https://a1b2c3.r2.cloudflarestorage.com',
      accessKeyId: 'key',
      secretAccessKey: 'secret',
      bucket: 'fashion-ai-images',
      publicUrl: 'https://pub-123.r2.dev',
      folder: 'fashion_ai',
    });
  });

  it('checks MONGODB_URI', () => {
    expect(problems({ MONGODB_URI: 'http://example.com' })).toMatch(/MONGODB_URI/);
    expect(
      loadConfig({ MONGODB_URI: 'mongodb+srv://u:p@cluster0.x.mongodb.net/fashion' }).mongodbUri,
    ).toBe('mongodb+srv://u:p@cluster0.x.mongodb.net/fashion');
  });

  it('serves the API with images in an S3-compatible bucket (R2_ENDPOINT)', async () => {
    const s3 = await startLocalS3('fashion-ai-images');
    const dataDir = await mkdtemp(join(tmpdir(), 'fashion-cloud-'));
    const server = await startServer(
      loadConfig({
        PORT: '0',
        DATA_DIR: dataDir,
        WEB_DIST: join(dataDir, 'no-web'),
        ML_SERVICE_URL: 'http://127.0.0.1:9',
        R2_ENDPOINT: s3.endpoint,
        R2_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
        R2_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
        R2_BUCKET_NAME: 'fashion-ai-images',
        R2_PUBLIC_URL: `${s3.endpoint}/fashion-ai-images`,
      }),
    );
    try {
      const health = (await (await fetch(`${server.url}/api/health`)).json()) as { mode: string };
      expect(health.mode).toBe('cloud');

      const form = new FormData();
      const photo = await readFile(
        new URL('../../../fixtures/photos/dress-1.jpg', import.meta.url),
      );
      form.set('imagen', new Blob([photo], { type: 'image/jpeg' }), 'dress.jpg');
      form.set('clase_nombre', 'Dress');
      form.set('color', 'rojo');
      const res = await fetch(`${server.url}/api/prendas/upload`, { method: 'POST', body: form });
      expect(res.status).toBe(201);
      const g = (await res.json()) as { imagen_url: string; thumbnail_url: string };
      expect(g.imagen_url.startsWith(`${s3.endpoint}/fashion-ai-images/fashion_ai/`)).toBe(true);
      for (const url of [g.imagen_url, g.thumbnail_url]) {
        expect((await fetch(url)).status).toBe(200);
      }

      const signed = await fetch(`${server.url}/api/prendas/upload-url`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ contentType: 'image/jpeg', size: photo.byteLength }),
      });
      expect(signed.status).toBe(200);
    } finally {
      await server.close();
      await s3.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
