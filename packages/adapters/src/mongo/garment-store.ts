import type { GarmentStore, StoredGarment, NewGarment } from '@fashion/api';
import {
  GARMENT_FIELD_NAMES,
  TIPOS,
  type Garment,
  type GarmentPatch,
  type Ocasion,
  type Tipo,
} from '@fashion/core';
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

const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (list as readonly string[]).includes(v);

/** Only declared fields, each checked by its schema, go into `$set`. */
function patchToSet(patch: Partial<Garment>): Document {
  const set: Document = {};
  for (const name of GARMENT_FIELD_NAMES) {
    if (patch[name] === undefined) continue;
    set[name] =
      name === 'ocasion' ? toOcasiones(patch.ocasion) : fieldToDocument(name, patch[name]);
  }
  return set;
}

export class MongoGarmentStore implements GarmentStore {
  constructor(
    private readonly prendas: Collection<Document>,
    private readonly outfits: Collection<Document>,
    private readonly read: GarmentReadOptions = {},
  ) {}

  #toGarment = (doc: Document) => documentToGarment(doc, this.read);

  async create(garment: NewGarment): Promise<StoredGarment> {
    const _id = toObjectId(garment._id);
    if (!_id) throw new InvalidQueryValue('garment id');
    const doc = garmentToDocument(garment, _id);
    await this.prendas.insertOne(doc);
    return this.#toGarment(doc);
  }

  async list(userId: string, filter?: { tipo?: Tipo }): Promise<StoredGarment[]> {
    const query: Document = { ...ownerFilter(userId) };
    if (filter?.tipo !== undefined) {
      if (!oneOf(TIPOS, filter.tipo)) throw new InvalidQueryValue('tipo');
      query.tipo = filter.tipo;
    }
    const docs = await this.prendas.find(query).sort({ fecha_agregada: -1, _id: -1 }).toArray();
    return docs.map(this.#toGarment);
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

  async update(
    userId: string,
    id: string,
    patch: GarmentPatch & { confirmado?: boolean },
  ): Promise<StoredGarment | null> {
    const _id = toObjectId(id);
    if (!_id) return null;
    const set = patchToSet(patch);
    if (Object.keys(set).length === 0) return this.get(userId, id);
    const doc = await this.prendas.findOneAndUpdate(
      { $and: [{ _id }, ownerFilter(userId)] },
      { $set: set },
      { returnDocument: 'after' },
    );
    return doc ? this.#toGarment(doc) : null;
  }

  setOcasion(userId: string, id: string, ocasion: Ocasion[]): Promise<StoredGarment | null> {
    return this.update(userId, id, { ocasion });
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
    return doc ? this.#toGarment(doc) : null;
  }
}
