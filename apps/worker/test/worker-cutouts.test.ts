/**
 * Cut-outs on workerd: an upload answers at once and its cut-out runs after the answer, on that
 * request's own queue (kept alive by its waitUntil). A queue shared by the isolate hung workerd
 * ("Cannot perform I/O on behalf of a different request"), so these tests also prove that the
 * jobs of several requests finish.
 */
import { expect, it, vi } from 'vitest';
import { bucketKeys, call, fixture, upload } from './helpers.ts';

interface Garment {
  _id: string;
  recorte_url?: string;
  color?: string;
  color_origen?: string;
  colores_secundarios?: unknown[];
  estampado_sugerido?: string;
}

async function cutoutOf(id: string): Promise<string> {
  return vi.waitFor(
    async () => {
      const g = (await (await call(`/api/prendas/${id}`)).json()) as Garment;
      expect(g.recorte_url).toMatch(/\/api\/images\/[0-9a-f]{32}\.recorte\.webp$/);
      return g.recorte_url!;
    },
    { timeout: 15_000, interval: 50 },
  );
}

it('cuts out uploads of separate requests after answering them, and a delete removes the cut-out', async () => {
  const created = await Promise.all(
    ['shirt-1.jpg', 'outwear-2.jpg', 'shoes-1.jpg'].map(async (name) => {
      const res = await call('/api/prendas/upload', upload(fixture(name), { color: 'azul' }));
      expect(res.status).toBe(201);
      return (await res.json()) as Garment;
    }),
  );
  const cutouts = await Promise.all(created.map((g) => cutoutOf(g._id)));

  const image = await call(cutouts[0]!.replace(/^https?:\/\/[^/]+/, ''));
  expect(image.status).toBe(200);
  expect(image.headers.get('content-type')).toBe('image/webp');
  const key = cutouts[0]!.split('/').pop()!;
  expect(await bucketKeys()).toContain(`fashion_ai/${key}`);

  for (const g of created) {
    expect((await call(`/api/prendas/${g._id}`, { method: 'DELETE' })).status).toBe(200);
  }
  expect(await bucketKeys()).not.toContain(`fashion_ai/${key}`);
});

it("takes the colour the ML service measured on the cut-out's mask, unless the person named one", async () => {
  const machine = (await (
    await call('/api/prendas/upload', upload(fixture('outwear-2.jpg')))
  ).json()) as Garment;
  const named = (await (
    await call('/api/prendas/upload', upload(fixture('shirt-1.jpg'), { color: 'azul' }))
  ).json()) as Garment;
  expect(machine).toMatchObject({ color: 'verde', color_origen: 'foto' });
  await Promise.all([cutoutOf(machine._id), cutoutOf(named._id)]);
  const after = async (id: string) => (await (await call(`/api/prendas/${id}`)).json()) as Garment;
  expect(await after(machine._id)).toMatchObject({
    color: 'marrón',
    color_hex: '#6f4a2f',
    color_origen: 'recorte',
    color_proporcion: 0.7,
    colores_secundarios: [{ color: 'beige', hex: '#d9c7a7', proporcion: 0.2 }],
    estampado_sugerido: 'rayas',
  });
  const kept = await after(named._id);
  expect(kept).toMatchObject({
    color: 'azul',
    color_origen: 'persona',
    estampado_sugerido: 'rayas',
  });
  expect(kept.colores_secundarios).toBeUndefined();
  for (const g of [machine, named]) await call(`/api/prendas/${g._id}`, { method: 'DELETE' });
});
