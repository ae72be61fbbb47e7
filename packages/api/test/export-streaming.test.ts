/**
 * The export is paced by its reader: an image is read from the store only when the bytes before
 * it were taken, so memory holds one image at a time however large the wardrobe is.
 */
import { describe, expect, it } from 'vitest';
import { newId } from '@fashion/core';
import { exportZip } from '../src/features/portability/zip-export.ts';
import { resolveOptions, type AppContext } from '../src/deps.ts';
import type { ImageStore } from '../src/index.ts';
import { startTestServer } from './helpers/server.ts';

describe('export streaming', () => {
  it('reads images only as the client reads the ZIP', async () => {
    const s = await startTestServer();
    try {
      const N = 40;
      const body = new Uint8Array(50_000).fill(7);
      for (let i = 0; i < N; i += 1) {
        const key = `${newId()}${'0'.repeat(8)}.webp`;
        await s.images.put(key, body, 'image/webp');
        await s.store.garments.create({
          _id: newId(),
          userId: 'u1',
          imagen_url: s.images.url(key),
          image_key: key,
          tipo: 'superior',
          clase_nombre: 'Shirt',
          color: 'azul',
          confianza: 1,
          ocasion: [],
          fecha_agregada: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
        });
      }
      let gets = 0;
      const images: ImageStore = {
        ...s.images,
        get: (k) => (gets++, s.images.get(k)),
        url: (k) => k,
      };
      const ctx = { store: s.store, images, options: resolveOptions() } as AppContext;
      const reader = exportZip(ctx, 'u1').getReader();
      await reader.read();
      await new Promise((r) => setTimeout(r, 50));
      expect(gets).toBeLessThanOrEqual(2);
      let bytes = 0;
      for (let r = await reader.read(); !r.done; r = await reader.read()) bytes += r.value.length;
      expect(gets).toBe(N);
      expect(bytes).toBeGreaterThan(N * body.length);
    } finally {
      await s.close();
    }
  });
});
