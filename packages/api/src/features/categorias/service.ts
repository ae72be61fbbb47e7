/**
 * The person's own categories: list, create, change, delete (garments keep their class and lose
 * the category) and merge (the garments of one move to another). Names are unique per user
 * without regard to case; a clash is a 409.
 */
import { newId, type Category, type CategoryCreate, type CategoryPatch } from '@fashion/core';
import type { AppContext } from '../../deps.ts';
import { HttpError, notFound } from '../../http/errors.ts';
import { CategoryNameTaken } from '../../ports/category-store.ts';

async function naming<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (err instanceof CategoryNameTaken) throw new HttpError(409, err.message);
    throw err;
  }
}

export function categoryService(ctx: AppContext) {
  const { categories } = ctx.store;
  return {
    list: (userId: string): Promise<Category[]> => categories.list(userId),

    async create(userId: string, body: CategoryCreate): Promise<Category> {
      const c: Category = {
        _id: newId(),
        userId,
        nombre: body.nombre,
        rol: body.rol,
        fecha_creacion: new Date().toISOString(),
        ...(body.icono !== undefined ? { icono: body.icono } : {}),
        ...(body.color !== undefined ? { color: body.color } : {}),
        ...(body.refina !== undefined ? { refina: body.refina } : {}),
      };
      return naming(() => categories.create(c));
    },

    async update(userId: string, id: string, patch: CategoryPatch): Promise<Category> {
      const current = await categories.get(userId, id);
      if (!current) throw notFound(`category ${id}`);
      // A category keeps an icon or a colour: clearing both would leave nothing to show.
      const icono = patch.icono === undefined ? current.icono : patch.icono;
      const color = patch.color === undefined ? current.color : patch.color;
      if (!icono && !color) throw new HttpError(400, 'icono: a category needs an icono or a color');
      const updated = await naming(() => categories.update(userId, id, patch));
      if (!updated) throw notFound(`category ${id}`);
      return updated;
    },

    async remove(userId: string, id: string): Promise<{ deleted: string; prendas: number }> {
      const done = await categories.delete(userId, id);
      if (!done) throw notFound(`category ${id}`);
      return { deleted: id, prendas: done.garments };
    },

    async merge(userId: string, id: string, destino: string) {
      const merged = await categories.merge(userId, id, destino);
      if (!merged) throw notFound(`category ${(await categories.get(userId, id)) ? destino : id}`);
      return merged;
    },
  };
}

/**
 * A garment may carry only one of its owner's categories: 400 (naming the field) for any other
 * id, so nobody can point a garment at someone else's category or at nothing.
 */
export async function checkCategoryOf(
  ctx: AppContext,
  userId: string,
  categoriaId: string | null | undefined,
): Promise<void> {
  if (!categoriaId) return;
  if (!(await ctx.store.categories.get(userId, categoriaId))) {
    throw new HttpError(400, 'categoria_id: you have no category with this id');
  }
}
