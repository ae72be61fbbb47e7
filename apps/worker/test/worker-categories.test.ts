/** Categories through the Worker entry: its D1 store wiring serves /api/categorias. */
import { describe, expect, it } from 'vitest';
import { call, fixture, json, upload } from './helpers.ts';

describe('Worker categories (workerd, D1)', () => {
  it('creates a category, assigns it, filters by it and deletes it (the class stays)', async () => {
    const made = await call(
      '/api/categorias',
      json('POST', { nombre: 'Kimono', icono: '👘', rol: 'abrigo' }),
    );
    expect(made.status).toBe(201);
    const cat = (await made.json()) as { _id: string };
    const g = (await (
      await call(
        '/api/prendas/upload',
        upload(fixture('shirt-1.jpg'), { clase_nombre: 'Shirt', color: 'azul' }),
      )
    ).json()) as { _id: string };
    const set = await call(`/api/prendas/${g._id}`, json('PATCH', { categoria_id: cat._id }));
    expect(set.status).toBe(200);
    const filtered = (await (await call(`/api/prendas?categoria=${cat._id}`)).json()) as {
      _id: string;
    }[];
    expect(filtered.map((x) => x._id)).toEqual([g._id]);
    const del = await call(`/api/categorias/${cat._id}`, { method: 'DELETE' });
    expect(await del.json()).toEqual({ deleted: cat._id, prendas: 1 });
    const after = (await (await call(`/api/prendas/${g._id}`)).json()) as Record<string, unknown>;
    expect(after.clase_nombre).toBe('Shirt');
    expect(after).not.toHaveProperty('categoria_id');
    await call(`/api/prendas/${g._id}`, { method: 'DELETE' });
  });
});
