/**
 * The portable wardrobe across backends: exported from the embedded app (SQLite + image folder),
 * imported into the cloud configuration (images in an S3 bucket: s3rver), exported there and
 * imported into a fresh embedded app. Each export describes the same wardrobe (rows without
 * ids, images by SHA-256).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { startServer, type RunningServer } from '../src/server.ts';
import {
  S3RVER_CREDENTIALS,
  startLocalS3,
} from '../../../packages/adapters/test/helpers/local-s3.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const cleanups: (() => Promise<unknown>)[] = [];

async function embedded(): Promise<RunningServer> {
  const dir = await mkdtemp(join(tmpdir(), 'fashion-portable-'));
  const server = await startServer(
    loadConfig({
      PORT: '0',
      DATA_DIR: dir,
      WEB_DIST: join(dir, 'no-web'),
      ML_SERVICE_URL: 'http://127.0.0.1:9',
    }),
  );
  cleanups.push(
    () => server.close(),
    () => rm(dir, { recursive: true, force: true }),
  );
  return server;
}

async function exportOf(server: RunningServer): Promise<Uint8Array> {
  const res = await fetch(`${server.url}/api/export`);
  expect(res.status).toBe(200);
  return new Uint8Array(await res.arrayBuffer());
}

async function importInto(server: RunningServer, zip: Uint8Array): Promise<Json> {
  const res = await fetch(`${server.url}/api/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/zip' },
    body: zip as Uint8Array<ArrayBuffer>,
  });
  expect(res.status).toBe(201);
  return res.json();
}

/** The wardrobe of an export without ids and paths: garments by image hash, outfits by theirs. */
function normalised(zip: Uint8Array) {
  const m: Json = JSON.parse(new TextDecoder().decode(unzipSync(zip)['wardrobe.json']));
  const hashOf = new Map<string, string>(m.garments.map((g: Json) => [g._id, g.image.sha256]));
  const garments = m.garments
    .map(({ _id, image, thumbnail, ...g }: Json) => ({
      ...g,
      image: image.sha256,
      thumb: thumbnail?.sha256,
    }))
    .sort((a: Json, b: Json) => a.image.localeCompare(b.image));
  const outfits = m.outfits
    .map(({ _id, ...o }: Json) =>
      Object.fromEntries(
        Object.entries(o).map(([k, v]) => [k, k.endsWith('_id') ? hashOf.get(v as string) : v]),
      ),
    )
    .sort((a: Json, b: Json) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return { garments, outfits, preferences: m.preferences };
}

let origin: RunningServer;
let cloud: RunningServer;

beforeAll(async () => {
  origin = await embedded();
  const s3 = await startLocalS3('fashion-ai-images');
  const dir = await mkdtemp(join(tmpdir(), 'fashion-portable-cloud-'));
  cloud = await startServer(
    loadConfig({
      PORT: '0',
      DATA_DIR: dir,
      WEB_DIST: join(dir, 'no-web'),
      ML_SERVICE_URL: 'http://127.0.0.1:9',
      R2_ENDPOINT: s3.endpoint,
      R2_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
      R2_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
      R2_BUCKET_NAME: 'fashion-ai-images',
      R2_PUBLIC_URL: `${s3.endpoint}/fashion-ai-images`,
    }),
  );
  cleanups.push(
    () => cloud.close(),
    () => s3.close(),
    () => rm(dir, { recursive: true, force: true }),
  );
}, 60_000);

afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

describe('export from the embedded app, import into the cloud configuration and back', () => {
  it('is the same wardrobe at every step', async () => {
    const ids: Record<string, string> = {};
    for (const [file, clase, color] of [
      ['shirt-1.jpg', 'Shirt', 'azul'],
      ['pants-1.jpg', 'Pants', 'negro'],
      ['shoes-1.jpg', 'Shoes', 'blanco'],
    ]) {
      const form = new FormData();
      const photo = await readFile(new URL(`../../../fixtures/photos/${file}`, import.meta.url));
      form.set('imagen', new Blob([photo], { type: 'image/jpeg' }), file);
      form.set('clase_nombre', clase!);
      form.set('color', color!);
      const res = await fetch(`${origin.url}/api/prendas/upload`, { method: 'POST', body: form });
      expect(res.status).toBe(201);
      ids[clase!] = ((await res.json()) as Json)._id;
    }
    const saved = await fetch(`${origin.url}/api/outfits/save`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        superior_id: ids.Shirt,
        inferior_id: ids.Pants,
        zapatos_id: ids.Shoes,
      }),
    });
    expect(saved.status).toBe(201);

    const first = await exportOf(origin);
    const want = normalised(first);
    expect(want.garments).toHaveLength(3);

    expect(await importInto(cloud, first)).toMatchObject({ imported: { garments: 3, outfits: 1 } });
    const fromCloud = await exportOf(cloud);
    expect(normalised(fromCloud)).toEqual(want);
    // The cloud's garments point at its bucket.
    const listed = (await (await fetch(`${cloud.url}/api/prendas`)).json()) as Json[];
    expect(listed.every((g) => g.imagen_url.includes('/fashion-ai-images/'))).toBe(true);

    const back = await embedded();
    await importInto(back, fromCloud);
    expect(normalised(await exportOf(back))).toEqual(want);
  }, 120_000);
});
