/**
 * The CategoryStore behaviour every Store adapter must have; part of the store contract suite
 * (store-contract.ts calls it with the suite's store).
 */
import { describe, expect, it } from 'vitest';
import { newId, type Category } from '@fashion/core';
import { CategoryNameTaken, type Store } from '@fashion/api';
import { garmentFor } from './store-contract.ts';

const user = () => `user-${newId()}`;

function categoryFor(userId: string, over: Partial<Category> = {}): Category {
  return {
    _id: newId(),
    userId,
    nombre: 'Kimono',
    icono: '👘',
    rol: 'abrigo',
    fecha_creacion: '2025-01-02T03:04:05.000Z',
    ...over,
  };
}

export function describeCategoryContract(storeOf: () => Store): void {
  describe('categories', () => {
    it('creates, reads, lists by name and keeps every field', async () => {
      const s = storeOf();
      const u = user();
      const full = categoryFor(u, { color: '#aa3366', refina: 'Outwear' });
      expect(await s.categories.create(full)).toEqual(full);
      const bare = categoryFor(u, { nombre: 'bodys', icono: undefined, color: '#112233' });
      delete bare.icono;
      await s.categories.create(bare);
      expect(await s.categories.get(u, full._id)).toEqual(full);
      expect((await s.categories.list(u)).map((c) => c.nombre)).toEqual(['bodys', 'Kimono']);
      // Another user sees nothing of it.
      expect(await s.categories.get(user(), full._id)).toBeNull();
      expect(await s.categories.list(user())).toEqual([]);
    });

    it('refuses a second category of the same name in any case, per user only', async () => {
      const s = storeOf();
      const u = user();
      const first = await s.categories.create(categoryFor(u));
      await expect(
        s.categories.create(categoryFor(u, { nombre: 'KIMONO' })),
      ).rejects.toBeInstanceOf(CategoryNameTaken);
      await s.categories.create(categoryFor(user())); // same name, other user: fine
      const other = await s.categories.create(categoryFor(u, { nombre: 'Camisola' }));
      await expect(s.categories.update(u, other._id, { nombre: 'kimono' })).rejects.toBeInstanceOf(
        CategoryNameTaken,
      );
      // Renaming to its own name in another case is allowed.
      expect((await s.categories.update(u, first._id, { nombre: 'KIMONO' }))?.nombre).toBe(
        'KIMONO',
      );
    });

    it('updates the named fields, null clearing icono, color and refina', async () => {
      const s = storeOf();
      const u = user();
      const c = await s.categories.create(categoryFor(u, { color: '#aa3366', refina: 'Outwear' }));
      const updated = await s.categories.update(u, c._id, {
        nombre: 'Haori',
        rol: 'superior',
        color: null,
        refina: null,
      });
      expect(updated).toEqual({
        ...c,
        nombre: 'Haori',
        rol: 'superior',
        color: undefined,
        refina: undefined,
      });
      expect(await s.categories.get(u, c._id)).toEqual({
        _id: c._id,
        userId: u,
        nombre: 'Haori',
        icono: '👘',
        rol: 'superior',
        fecha_creacion: c.fecha_creacion,
      });
      expect(await s.categories.update(user(), c._id, { nombre: 'x' })).toBeNull();
    });

    it('filters garments by category', async () => {
      const s = storeOf();
      const u = user();
      const c = await s.categories.create(categoryFor(u));
      const inIt = await s.garments.create(garmentFor(u, { categoria_id: c._id }));
      await s.garments.create(garmentFor(u));
      const list = await s.garments.list(u, { categoria_id: c._id });
      expect(list.map((g) => g._id)).toEqual([inIt._id]);
      expect(await s.garments.list(user(), { categoria_id: c._id })).toEqual([]);
    });

    it('deletes a category: its garments keep their class and lose categoria_id', async () => {
      const s = storeOf();
      const u = user();
      const c = await s.categories.create(categoryFor(u));
      const g = await s.garments.create(
        garmentFor(u, { categoria_id: c._id, clase_nombre: 'Shirt' }),
      );
      const keep = await s.categories.create(categoryFor(u, { nombre: 'Otra' }));
      const other = await s.garments.create(garmentFor(u, { categoria_id: keep._id }));
      expect(await s.categories.delete(user(), c._id)).toBeNull();
      await s.garments.list(u); // a cached list must not survive the delete
      expect(await s.categories.delete(u, c._id)).toEqual({ garments: 1 });
      expect(await s.categories.get(u, c._id)).toBeNull();
      const after = await s.garments.get(u, g._id);
      expect(after?.clase_nombre).toBe('Shirt');
      expect(after).not.toHaveProperty('categoria_id');
      expect((await s.garments.list(u)).find((x) => x._id === g._id)).not.toHaveProperty(
        'categoria_id',
      );
      expect((await s.garments.get(u, other._id))?.categoria_id).toBe(keep._id);
      expect(await s.categories.delete(u, c._id)).toBeNull();
    });

    it('merges a into b: the garments of a move to b and a is gone', async () => {
      const s = storeOf();
      const u = user();
      const a = await s.categories.create(categoryFor(u, { nombre: 'Kimono' }));
      const b = await s.categories.create(categoryFor(u, { nombre: 'Haori' }));
      const g1 = await s.garments.create(garmentFor(u, { categoria_id: a._id }));
      const g2 = await s.garments.create(garmentFor(u, { categoria_id: a._id }));
      const g3 = await s.garments.create(garmentFor(u, { categoria_id: b._id }));
      await s.garments.list(u, { categoria_id: b._id }); // warm any cache
      const merged = await s.categories.merge(u, a._id, b._id);
      expect(merged).toEqual({ categoria: b, movidas: 2 });
      expect(await s.categories.get(u, a._id)).toBeNull();
      const inB = await s.garments.list(u, { categoria_id: b._id });
      expect(inB.map((g) => g._id).sort()).toEqual([g1._id, g2._id, g3._id].sort());
    });

    it('merges nothing when either category is not the user’s', async () => {
      const s = storeOf();
      const u = user();
      const a = await s.categories.create(categoryFor(u, { nombre: 'A' }));
      const g = await s.garments.create(garmentFor(u, { categoria_id: a._id }));
      const stranger = user();
      const theirs = await s.categories.create(categoryFor(stranger, { nombre: 'B' }));
      expect(await s.categories.merge(u, a._id, theirs._id)).toBeNull();
      expect(await s.categories.merge(stranger, a._id, theirs._id)).toBeNull();
      expect(await s.categories.merge(u, a._id, newId())).toBeNull();
      expect(await s.categories.get(u, a._id)).toEqual(a);
      expect((await s.garments.get(u, g._id))?.categoria_id).toBe(a._id);
      expect(await s.categories.merge(u, a._id, a._id)).toEqual({ categoria: a, movidas: 0 });
    });
  });
}
