/**
 * The image sweep on the edge: R2 objects no D1 row references are deleted once old enough; the
 * hourly cron runs it (young objects stay: an upload may be between its put and its row).
 */
import {
  createExecutionContext,
  createScheduledController,
  env,
  waitOnExecutionContext,
} from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { sweepImages } from '@fashion/api';
import worker from '../src/index.ts';
import { workerStores } from '../src/app.ts';
import { loadWorkerConfig } from '../src/config.ts';
import { bucketKeys, call, fixture, upload } from './helpers.ts';

describe('Worker image sweep (R2 + D1)', () => {
  it('keeps referenced and young objects, removes unreferenced ones past the age', async () => {
    const res = await call(
      '/api/prendas/upload',
      upload(fixture('shirt-1.jpg'), { clase_nombre: 'Shirt', color: 'azul' }),
    );
    expect(res.status).toBe(201);
    const referenced = await bucketKeys();
    expect(referenced.length).toBeGreaterThan(0);
    const orphan = `fashion_ai/${'f'.repeat(32)}.webp`;
    await env.IMAGES.put(orphan, new Uint8Array([1, 2, 3]));

    // The cron: the orphan is seconds old, so it stays.
    const ctx = createExecutionContext();
    await worker.scheduled!(createScheduledController(), env, ctx);
    await waitOnExecutionContext(ctx);
    expect(await bucketKeys()).toEqual([...referenced, orphan].sort());

    const { store, images } = workerStores(env, loadWorkerConfig(env));
    expect(await sweepImages(images, store, 0)).toEqual({ removed: 1, failed: 0 });
    expect(await bucketKeys()).toEqual(referenced);
  });
});
