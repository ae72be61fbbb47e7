/**
 * The CategoryStore in SQL (SQLite and D1 alike). Names are unique per user by the
 * `categories_user_name` index over the compared form of the name; delete and merge re-point the
 * garments and drop the category in one atomic step (SqlDriver.atomic).
 */
import { and, asc, eq, exists } from 'drizzle-orm';
import { categoryNameKey, type Category, type CategoryPatch } from '@fashion/core';
import { CategoryNameTaken, type CategoryStore } from '@fashion/api';
import { categories, garments, type CategoryRow } from '../sqlite/schema.ts';
import type { SqlDb } from './database.ts';
import type { SqlDriver } from './store.ts';

function fromRow(r: CategoryRow): Category {
  const c: Category = {
    _id: r.id,
    userId: r.userId,
    nombre: r.nombre,
    rol: r.rol,
    fecha_creacion: r.fechaCreacion,
  };
  if (r.icono !== null) c.icono = r.icono;
  if (r.color !== null) c.color = r.color;
  if (r.refina !== null) c.refina = r.refina;
  return c;
}

/** SQLite (better-sqlite3) and D1 both say so in the message, possibly of a wrapped cause. */
function isUniqueViolation(err: unknown): boolean {
  for (let e: unknown = err; e instanceof Error; e = e.cause) {
    if (/UNIQUE constraint failed/i.test(e.message)) return true;
  }
  return false;
}

async function naming<T>(nombre: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isUniqueViolation(err)) throw new CategoryNameTaken(nombre);
    throw err;
  }
}

export function sqlCategoryStore(db: SqlDb, driver: SqlDriver): CategoryStore {
  const owned = (user: string, id: string) =>
    and(eq(categories.userId, user), eq(categories.id, id));
  const garmentsOf = (user: string, id: string) =>
    and(eq(garments.userId, user), eq(garments.categoria_id, id));

  async function get(user: string, id: string): Promise<Category | null> {
    const [row] = await db.select().from(categories).where(owned(user, id)).limit(1);
    return row ? fromRow(row) : null;
  }

  return {
    get,
    async list(user) {
      const rows = await db
        .select()
        .from(categories)
        .where(eq(categories.userId, user))
        .orderBy(asc(categories.nombreClave), asc(categories.id));
      return rows.map(fromRow);
    },
    async create(c) {
      const [row] = await naming(c.nombre, () =>
        db
          .insert(categories)
          .values({
            id: c._id,
            userId: c.userId,
            nombre: c.nombre,
            nombreClave: categoryNameKey(c.nombre),
            icono: c.icono ?? null,
            color: c.color ?? null,
            rol: c.rol,
            refina: c.refina ?? null,
            fechaCreacion: c.fecha_creacion,
          })
          .returning(),
      );
      return fromRow(row!);
    },
    async update(user, id, patch: CategoryPatch) {
      const set: Partial<typeof categories.$inferInsert> = {};
      if (patch.nombre !== undefined) {
        set.nombre = patch.nombre;
        set.nombreClave = categoryNameKey(patch.nombre);
      }
      if (patch.icono !== undefined) set.icono = patch.icono;
      if (patch.color !== undefined) set.color = patch.color;
      if (patch.rol !== undefined) set.rol = patch.rol;
      if (patch.refina !== undefined) set.refina = patch.refina;
      if (Object.keys(set).length === 0) return get(user, id);
      const [row] = await naming(patch.nombre ?? '', () =>
        db.update(categories).set(set).where(owned(user, id)).returning(),
      );
      return row ? fromRow(row) : null;
    },
    async delete(user, id) {
      const [cleared, deleted] = await driver.atomic([
        db
          .update(garments)
          .set({ categoria_id: null })
          .where(garmentsOf(user, id))
          .returning({ id: garments.id }),
        db.delete(categories).where(owned(user, id)).returning({ id: categories.id }),
      ]);
      return deleted && deleted.length > 0 ? { garments: cleared?.length ?? 0 } : null;
    },
    async merge(user, from, to) {
      if (from === to) {
        const c = await get(user, to);
        return c ? { categoria: c, movidas: 0 } : null;
      }
      // Both statements hold only while both categories are the user's, checked inside the
      // atomic step itself, so a concurrent delete of either leaves everything as it was.
      const both = and(
        exists(db.select({ id: categories.id }).from(categories).where(owned(user, from))),
        exists(db.select({ id: categories.id }).from(categories).where(owned(user, to))),
      );
      const [moved, deleted] = await driver.atomic([
        db
          .update(garments)
          .set({ categoria_id: to })
          .where(and(garmentsOf(user, from), both))
          .returning({ id: garments.id }),
        db
          .delete(categories)
          .where(and(owned(user, from), both))
          .returning({ id: categories.id }),
      ]);
      if (!deleted || deleted.length === 0) return null;
      const categoria = await get(user, to);
      return categoria ? { categoria, movidas: moved?.length ?? 0 } : null;
    },
  };
}
