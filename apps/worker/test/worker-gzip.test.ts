/**
 * The wardrobe list as a browser asks for it (Accept-Encoding: gzip): the body must be JSON after
 * the one decoding a client does. The runtime compresses by Content-Encoding itself, so an app
 * that also gzips sends a body gzipped twice that no browser can parse.
 */
import { describe, expect, it } from 'vitest';
import { call, fixture, upload } from './helpers.ts';

describe('Worker: GET /api/prendas with Accept-Encoding: gzip', () => {
  it('is JSON once decoded (not gzipped twice), with ETag revalidation', async () => {
    expect(
      (
        await call(
          '/api/prendas/upload',
          upload(fixture('shirt-1.jpg'), { clase_nombre: 'Shirt', color: 'azul' }),
        )
      ).status,
    ).toBe(201);
    const res = await call('/api/prendas', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    const text = await res.text();
    const list = JSON.parse(text) as { clase_nombre: string }[];
    expect(list.some((g) => g.clase_nombre === 'Shirt')).toBe(true);
    const etag = res.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await call('/api/prendas', {
      headers: { 'accept-encoding': 'gzip', 'if-none-match': etag! },
    });
    expect(again.status).toBe(304);
  });
});
