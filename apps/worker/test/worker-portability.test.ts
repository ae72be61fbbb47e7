/**
 * Export and import on workerd with D1 and R2: the streamed ZIP (fflate, Web Crypto) works in the
 * Worker, and importing it back after deleting the garments restores them with their images.
 */
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bucketKeys, call, fixture, upload } from './helpers.ts';

interface Garment {
  _id: string;
  clase_nombre: string;
}

describe('Worker export/import (workerd, D1, R2)', () => {
  it('exports a ZIP, and an import after deleting restores the garments and images', async () => {
    for (const [name, clase] of [
      ['shirt-1.jpg', 'Shirt'],
      ['shoes-1.jpg', 'Shoes'],
    ] as const) {
      const res = await call(
        '/api/prendas/upload',
        upload(fixture(name), { clase_nombre: clase, color: 'negro' }),
      );
      expect(res.status).toBe(201);
    }
    const exported = await call('/api/export');
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toBe('application/zip');
    const zip = new Uint8Array(await exported.arrayBuffer());
    const m = JSON.parse(new TextDecoder().decode(unzipSync(zip)['wardrobe.json']));
    const before = (await (await call('/api/prendas')).json()) as Garment[];
    expect(m.garments).toHaveLength(before.length);

    // Same photos again: duplicates, nothing added.
    const again = await call('/api/import', {
      method: 'POST',
      headers: { 'content-type': 'application/zip' },
      body: zip,
    });
    expect(again.status).toBe(201);
    expect(await again.json()).toMatchObject({
      imported: { garments: 0 },
      duplicates: before.length,
    });

    for (const g of before)
      expect((await call(`/api/prendas/${g._id}`, { method: 'DELETE' })).status).toBe(200);
    expect(await bucketKeys()).toHaveLength(0);
    const restored = await call('/api/import', {
      method: 'POST',
      headers: { 'content-type': 'application/zip' },
      body: zip,
    });
    expect(restored.status).toBe(201);
    const after = (await (await call('/api/prendas')).json()) as Garment[];
    expect(after.map((g) => g.clase_nombre).sort()).toEqual(
      before.map((g) => g.clase_nombre).sort(),
    );
    expect((await bucketKeys()).length).toBe(Object.keys(unzipSync(zip)).length - 1);
  });
});
