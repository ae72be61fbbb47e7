/**
 * The richer wardrobe on workerd (D1 + R2) over HTTP, as the embedded server serves it: editable
 * fields round-trip, the list pages by cursor and filters in D1, a batch archives and restores
 * all at once (archived garments leave the default list), and a batch delete removes the photos.
 */
import { describe, expect, it } from 'vitest';
import { bucketKeys, call, fixture, json, upload } from './helpers.ts';

interface Garment {
  _id: string;
  imagen_url: string;
  marca?: string;
  precio?: number;
  temporadas?: string[];
  favorito?: boolean;
  estado?: string;
  motivo_archivo?: string;
}
interface Page {
  items: Garment[];
  next: string | null;
}

async function list(query: string): Promise<Page> {
  const res = await call(`/api/prendas?${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Page;
}

describe('the wardrobe on the Worker', () => {
  it('edits fields, pages, filters, archives and restores in one batch, and deletes in one', async () => {
    const ids: string[] = [];
    for (const [name, color] of [
      ['shirt-1.jpg', 'azul'],
      ['outwear-2.jpg', 'verde'],
      ['shoes-1.jpg', 'negro'],
    ] as const) {
      const res = await call('/api/prendas/upload', upload(fixture(name), { color }));
      expect(res.status).toBe(201);
      ids.push(((await res.json()) as Garment)._id);
    }
    const [shirt, coat, shoes] = ids as [string, string, string];

    const patched = await call(
      `/api/prendas/${shirt}`,
      json('PATCH', {
        marca: 'Nácar',
        precio: 39.9,
        temporadas: ['primavera', 'verano'],
        favorito: true,
      }),
    );
    expect(patched.status).toBe(200);
    const read = (await (await call(`/api/prendas/${shirt}`)).json()) as Garment;
    expect(read).toMatchObject({ marca: 'Nácar', precio: 39.9, favorito: true });
    expect(read.temporadas).toEqual(['primavera', 'verano']);

    // Two pages of two, every garment once.
    const first = await list('limit=2');
    expect(first.items).toHaveLength(2);
    expect(first.next).toEqual(expect.any(String));
    const second = await list(`limit=2&cursor=${encodeURIComponent(first.next!)}`);
    const paged = [...first.items, ...second.items].map((g) => g._id);
    expect(new Set(paged)).toEqual(new Set(ids));
    expect((await list('favorito=true&limit=50')).items.map((g) => g._id)).toEqual([shirt]);
    expect((await list('q=n%C3%A1car&limit=50')).items.map((g) => g._id)).toEqual([shirt]);

    const archived = await call(
      '/api/prendas/batch',
      json('POST', { ids: [coat, shoes], action: 'archivar', motivo: 'donada' }),
    );
    expect(archived.status, await archived.clone().text()).toBe(200);
    expect((await list('limit=50')).items.map((g) => g._id)).toEqual([shirt]);
    const gone = (await list('estado=archivada&limit=50')).items;
    expect(gone.map((g) => g._id).sort()).toEqual([coat, shoes].sort());
    expect(gone.every((g) => g.motivo_archivo === 'donada')).toBe(true);
    expect(
      (await call('/api/prendas/batch', json('POST', { ids: [coat, shoes], action: 'restaurar' })))
        .status,
    ).toBe(200);
    expect((await list('limit=50')).items).toHaveLength(3);

    const photos = (await list('limit=50')).items.map((g) => g.imagen_url.split('/').pop()!);
    const stored = await bucketKeys();
    for (const key of photos) expect(stored).toContain(`fashion_ai/${key}`);
    expect(
      (await call('/api/prendas/batch', json('POST', { ids, action: 'eliminar' }))).status,
    ).toBe(200);
    expect((await list('estado=todas&limit=50')).items).toEqual([]);
    const left = await bucketKeys();
    for (const key of photos) expect(left).not.toContain(`fashion_ai/${key}`);
    for (const id of ids) expect((await call(`/api/prendas/${id}`)).status).toBe(404);
  });
});
