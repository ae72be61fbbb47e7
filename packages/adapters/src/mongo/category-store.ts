/**
 * The CategoryStore over MongoDB, collection `categorias`. Names are unique per user by a unique
 * index on (userId, nombre_clave) (ensureIndexes) and a check before each write. Without
 * multi-document transactions (a standalone server has none), delete and merge re-point the
 * garments first and drop the category last: an interruption leaves the category in place with
 * fewer garments, and repeating the call finishes the job; no garment ever points at a deleted
 * category through this store.
 */
import {
  CategoryRoleSchema,
  ClassNameSchema,
  categoryNameKey,
  type Category,
  type CategoryPatch,
} from '@fashion/core';
import { CategoryNameTaken, type CategoryStore } from '@fashion/api';
import { MongoServerError, type Collection, type Document } from 'mongodb';
import { ownerFilter } from './garment-documents.ts';
import { InvalidQueryValue, checkUserId, fromObjectId, toObjectId } from './ids.ts';
import { isoDate } from './legacy.ts';

function toCategory(doc: Document): Category {
  const c: Category = {
    _id: fromObjectId(doc._id) ?? '',
    userId: String(doc.userId),
    nombre: String(doc.nombre),
    rol: CategoryRoleSchema.catch('superior').parse(doc.rol),
    fecha_creacion: isoDate(doc.fecha_creacion),
  };
  if (typeof doc.icono === 'string') c.icono = doc.icono;
  if (typeof doc.color === 'string') c.color = doc.color;
  const refina = ClassNameSchema.safeParse(doc.refina);
  if (refina.success) c.refina = refina.data;
  return c;
}

export class MongoCategoryStore implements CategoryStore {
  constructor(
    private readonly categorias: Collection<Document>,
    private readonly prendas: Collection<Document>,
  ) {}

  #owned(userId: string, id: string): Document | null {
    const _id = toObjectId(id);
    return _id ? { _id, userId: checkUserId(userId) } : null;
  }

  async #nameFree(userId: string, nombre: string, except?: string): Promise<void> {
    const clash = await this.categorias.findOne({
      userId: checkUserId(userId),
      nombre_clave: categoryNameKey(nombre),
    });
    if (clash && fromObjectId(clash._id) !== except) throw new CategoryNameTaken(nombre);
  }

  async #writing<T>(nombre: string, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (err) {
      if (err instanceof MongoServerError && err.code === 11000)
        throw new CategoryNameTaken(nombre);
      throw err;
    }
  }

  async list(userId: string): Promise<Category[]> {
    const docs = await this.categorias
      .find({ userId: checkUserId(userId) })
      .sort({ nombre_clave: 1, _id: 1 })
      .toArray();
    return docs.map(toCategory);
  }

  async get(userId: string, id: string): Promise<Category | null> {
    const owned = this.#owned(userId, id);
    const doc = owned ? await this.categorias.findOne(owned) : null;
    return doc ? toCategory(doc) : null;
  }

  async create(c: Category): Promise<Category> {
    const _id = toObjectId(c._id);
    if (!_id) throw new InvalidQueryValue('category id');
    await this.#nameFree(c.userId, c.nombre);
    const doc: Document = {
      _id,
      userId: checkUserId(c.userId),
      nombre: c.nombre,
      nombre_clave: categoryNameKey(c.nombre),
      rol: c.rol,
      fecha_creacion: new Date(c.fecha_creacion),
    };
    if (c.icono !== undefined) doc.icono = c.icono;
    if (c.color !== undefined) doc.color = c.color;
    if (c.refina !== undefined) doc.refina = c.refina;
    await this.#writing(c.nombre, () => this.categorias.insertOne(doc));
    return toCategory(doc);
  }

  async update(userId: string, id: string, patch: CategoryPatch): Promise<Category | null> {
    const owned = this.#owned(userId, id);
    if (!owned) return null;
    const $set: Document = {};
    const $unset: Document = {};
    if (patch.nombre !== undefined) {
      await this.#nameFree(userId, patch.nombre, id);
      $set.nombre = patch.nombre;
      $set.nombre_clave = categoryNameKey(patch.nombre);
    }
    if (patch.rol !== undefined) $set.rol = patch.rol;
    for (const name of ['icono', 'color', 'refina'] as const) {
      if (patch[name] === null) $unset[name] = '';
      else if (patch[name] !== undefined) $set[name] = patch[name];
    }
    const update: Document = {};
    if (Object.keys($set).length) update.$set = $set;
    if (Object.keys($unset).length) update.$unset = $unset;
    if (Object.keys(update).length === 0) return this.get(userId, id);
    const doc = await this.#writing(patch.nombre ?? '', () =>
      this.categorias.findOneAndUpdate(owned, update, { returnDocument: 'after' }),
    );
    return doc ? toCategory(doc) : null;
  }

  async delete(userId: string, id: string): Promise<{ garments: number } | null> {
    const owned = this.#owned(userId, id);
    if (!owned || !(await this.categorias.findOne(owned, { projection: { _id: 1 } }))) return null;
    const cleared = await this.prendas.updateMany(
      { $and: [ownerFilter(userId), { categoria_id: id }] },
      { $unset: { categoria_id: '' } },
    );
    const gone = await this.categorias.deleteOne(owned);
    return gone.deletedCount === 1 ? { garments: cleared.modifiedCount } : null;
  }

  async merge(
    userId: string,
    from: string,
    to: string,
  ): Promise<{ categoria: Category; movidas: number } | null> {
    const [source, target] = await Promise.all([this.get(userId, from), this.get(userId, to)]);
    if (!source || !target) return null;
    if (from === to) return { categoria: target, movidas: 0 };
    const moved = await this.prendas.updateMany(
      { $and: [ownerFilter(userId), { categoria_id: from }] },
      { $set: { categoria_id: to } },
    );
    await this.categorias.deleteOne(this.#owned(userId, from)!);
    return { categoria: target, movidas: moved.modifiedCount };
  }
}
