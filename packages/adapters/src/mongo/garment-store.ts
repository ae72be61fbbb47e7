import type {
  GarmentChange,
  GarmentPage,
  GarmentPosition,
  GarmentQuery,
  GarmentStore,
  StoredGarment,
  NewGarment,
} from '@fashion/api';
import { garmentFilter } from './garment-query.ts';
import { GARMENT_FIELD_NAMES, type Ocasion } from '@fashion/core';
import type { Collection, Document } from 'mongodb';
import {
  documentToGarment,
  fieldToDocument,
  garmentToDocument,
  ownerFilter,
  toOcasiones,
  type GarmentReadOptions,
} from './garment-documents.ts';
import { InvalidQueryValue, fromObjectId, isHexId, toObjectId } from './ids.ts';
import { OUTFIT_REF_FIELDS } from './outfit-documents.ts';

/**
 * Only declared fields, each checked by its schema, go into the update: a value into `$set`, a
 * null into `$unset` (absent reads as the field's default).
 */
function changeToUpdate(patch: GarmentChange): Document {
  const set: Document = {};
  const unset: Document = {};
  for (const name of GARMENT_FIELD_NAMES) {
    const value = patch[name];
    if (value === undefined) continue;
    if (value === null) unset[name] = '';
    else set[name] = name === 'ocasion' ? toOcasiones(value) : fieldToDocument(name, value);
  }
  return {
    ...(Object.keys(set).length ? { $set: set } : {}),
    ...(Object.keys(unset).length ? { $unset: unset } : {}),
  };
}

export class MongoGarmentStore implements GarmentStore {
  constructor(
    private readonly prendas: Collection<Document>,
    private readonly outfits: Collection<Document>,
    private readonly read: GarmentReadOptions = {},
    /** Drops deleted garments' suggestion counts (MongoSuggestionStore.forget). */
    private readonly forgetSuggestions: (
      userId: string,
      ids: readonly string[],
    ) => Promise<void> = async () => {},
  ) {}

  #toGarment = (doc: Document) => documentToGarment(doc, this.read);

  async create(garment: NewGarment): Promise<StoredGarment> {
    const _id = toObjectId(garment._id);
    if (!_id) throw new InvalidQueryValue('garment id');
    const doc = garmentToDocument(garment, _id);
    await this.prendas.insertOne(doc);
    return this.#toGarment(doc);
  }

  async list(userId: string, filter?: GarmentQuery): Promise<StoredGarment[]> {
    const docs = await this.prendas
      .find(garmentFilter(userId, filter))
      .sort({ fecha_agregada: -1, _id: -1 })
      .toArray();
    return docs.map(this.#toGarment);
  }

  async page(
    userId: string,
    filter: GarmentQuery,
    { limit, after }: { limit: number; after?: GarmentPosition },
  ): Promise<GarmentPage> {
    const docs = await this.prendas
      .find(garmentFilter(userId, filter, after))
      .sort({ fecha_agregada: -1, _id: -1 })
      .limit(limit + 1)
      .toArray();
    const items = docs.slice(0, limit).map(this.#toGarment);
    const last = items[items.length - 1];
    return docs.length > limit && last
      ? { items, next: { fecha_agregada: last.fecha_agregada, _id: last._id } }
      : { items };
  }

  async count(userId: string, filter: GarmentQuery): Promise<number> {
    return this.prendas.countDocuments(garmentFilter(userId, filter));
  }

  async get(userId: string, id: string): Promise<StoredGarment | null> {
    const _id = toObjectId(id);
    if (!_id) return null;
    const doc = await this.prendas.findOne({ $and: [{ _id }, ownerFilter(userId)] });
    return doc ? this.#toGarment(doc) : null;
  }

  async getMany(userId: string, ids: readonly string[]): Promise<StoredGarment[]> {
    const oids = [...new Set(ids.filter(isHexId))].map((id) => toObjectId(id)!);
    if (oids.length === 0) return [];
    const docs = await this.prendas
      .find({ $and: [{ _id: { $in: oids } }, ownerFilter(userId)] })
      .toArray();
    return docs.map(this.#toGarment);
  }

  async update(userId: string, id: string, patch: GarmentChange): Promise<StoredGarment | null> {
    const _id = toObjectId(id);
    if (!_id) return null;
    const update = changeToUpdate(patch);
    if (Object.keys(update).length === 0) return this.get(userId, id);
    const doc = await this.prendas.findOneAndUpdate(
      { $and: [{ _id }, ownerFilter(userId)] },
      update,
      { returnDocument: 'after' },
    );
    return doc ? this.#toGarment(doc) : null;
  }

  setOcasion(userId: string, id: string, ocasion: Ocasion[]): Promise<StoredGarment | null> {
    return this.update(userId, id, { ocasion });
  }

  /**
   * Validates all (ownership, every change computed and checked) before the first write, then
   * writes in one ordered bulk. MongoDB without a replica set has no multi-document transaction,
   * so a failure during the bulk itself (not before) can leave part of it applied.
   */
  async batchUpdate(
    userId: string,
    ids: readonly string[],
    change: (g: StoredGarment) => GarmentChange,
  ): Promise<StoredGarment[] | null> {
    const current = await this.getMany(userId, ids);
    if (current.length !== new Set(ids).size) return null;
    const ops = current
      .map((g) => ({ g, update: changeToUpdate(change(g)) }))
      .filter(({ update }) => Object.keys(update).length > 0)
      .map(({ g, update }) => ({
        updateOne: { filter: { $and: [{ _id: toObjectId(g._id)! }, ownerFilter(userId)] }, update },
      }));
    if (ops.length > 0) await this.prendas.bulkWrite(ops, { ordered: true });
    return this.getMany(userId, ids);
  }

  async batchDelete(userId: string, ids: readonly string[]): Promise<StoredGarment[] | null> {
    const current = await this.getMany(userId, ids);
    if (current.length !== new Set(ids).size) return null;
    const oids = current.map((g) => toObjectId(g._id)!);
    const refs = [...oids, ...current.map((g) => g._id)];
    await this.outfits.deleteMany({
      $and: [ownerFilter(userId), { $or: OUTFIT_REF_FIELDS.map((f) => ({ [f]: { $in: refs } })) }],
    });
    await this.prendas.deleteMany({ $and: [{ _id: { $in: oids } }, ownerFilter(userId)] });
    await this.forgetSuggestions(
      userId,
      current.map((g) => g._id),
    );
    return current;
  }

  async setCutout(
    userId: string,
    id: string,
    key: string,
    url: string,
  ): Promise<StoredGarment | null> {
    const _id = toObjectId(id);
    if (!_id) return null;
    const doc = await this.prendas.findOneAndUpdate(
      { $and: [{ _id }, ownerFilter(userId)] },
      { $set: { recorte_key: key, recorte_url: url } },
      { returnDocument: 'after' },
    );
    return doc ? this.#toGarment(doc) : null;
  }

  async recolour(userId: string, id: string, patch: GarmentChange): Promise<StoredGarment | null> {
    const _id = toObjectId(id);
    if (!_id) return null;
    const doc = await this.prendas.findOneAndUpdate(
      { $and: [{ _id }, ownerFilter(userId), { color_origen: { $ne: 'persona' } }] },
      changeToUpdate(patch),
      { returnDocument: 'after' },
    );
    return doc ? this.#toGarment(doc) : this.get(userId, id);
  }

  async markWorn(userId: string, ids: readonly string[], at: string): Promise<string[]> {
    const oids = [...new Set(ids.filter(isHexId))].map((id) => toObjectId(id)!);
    if (oids.length === 0) return [];
    const owned = { $and: [{ _id: { $in: oids } }, ownerFilter(userId)] };
    await this.prendas.updateMany(owned, { $set: { ultimo_uso: new Date(at) } });
    const docs = await this.prendas.find(owned, { projection: { _id: 1 } }).toArray();
    return docs.map((d) => fromObjectId(d._id) ?? '').filter(Boolean);
  }

  async delete(userId: string, id: string): Promise<StoredGarment | null> {
    const _id = toObjectId(id);
    if (!_id) return null;
    const owned = { $and: [{ _id }, ownerFilter(userId)] };
    if (!(await this.prendas.findOne(owned, { projection: { _id: 1 } }))) return null;
    // Outfits first: if the garment delete then fails, no outfit points at a missing garment.
    // Outfit refs are ObjectIds (as the old system wrote them), or hex strings.
    await this.outfits.deleteMany({
      $and: [
        ownerFilter(userId),
        { $or: OUTFIT_REF_FIELDS.map((f) => ({ [f]: { $in: [_id, id] } })) },
      ],
    });
    const doc = await this.prendas.findOneAndDelete(owned);
    // After the garment: a failure here leaves counts of a garment no list shows, never a gap.
    if (doc) await this.forgetSuggestions(userId, [id]);
    return doc ? this.#toGarment(doc) : null;
  }
}
