/**
 * The wear log on MongoDB (collection `usos`): one document per wear with its garment ids.
 * `ultimo_uso` of the garments and outfits a write touches (the latest `worn_at`, core's wornAt)
 * is re-derived right after the write
 * from the log itself (an aggregation), so a repeat of any write converges on the right value.
 * Without a replica-set transaction the two steps are not atomic; the derivation is idempotent
 * and every later write of the same garment repairs it.
 */
import { wornAt, type Wear, type WearQuery } from '@fashion/core';
import type { NewWear, WearChange, WearStore } from '@fashion/api';
import type { Collection, Document, Filter } from 'mongodb';
import { checkUserId, InvalidQueryValue, fromObjectId, isHexId, toObjectId } from './ids.ts';
import { ownerFilter } from './garment-documents.ts';

function documentToWear(doc: Document): Wear {
  const w: Wear = {
    _id: fromObjectId(doc._id) ?? '',
    userId: String(doc.userId),
    fecha: String(doc.fecha),
    prenda_ids: (doc.prenda_ids as unknown[]).map((id) => fromObjectId(id) ?? '').filter(Boolean),
    creado: (doc.creado as Date).toISOString(),
  };
  const outfit = fromObjectId(doc.outfit_id);
  if (outfit) w.outfit_id = outfit;
  if (typeof doc.nota === 'string') w.nota = doc.nota;
  return w;
}

const ids = (list: readonly string[]) => {
  if (!list.every(isHexId)) throw new InvalidQueryValue('garment id');
  return list.map((id) => toObjectId(id)!);
};

export class MongoWearStore implements WearStore {
  constructor(
    private readonly usos: Collection<Document>,
    private readonly prendas: Collection<Document>,
    private readonly outfits: Collection<Document>,
  ) {}

  /** Latest wear day of each garment (and the outfit) from the log, set or unset. */
  async #derive(userId: string, garmentIds: readonly string[], outfitIds: readonly string[]) {
    for (const id of new Set(garmentIds)) {
      const oid = toObjectId(id);
      if (!oid) continue;
      const [latest] = await this.usos
        .find({ userId, prenda_ids: oid }, { projection: { worn_at: 1 } })
        .sort({ worn_at: -1 })
        .limit(1)
        .toArray();
      await this.prendas.updateOne(
        { $and: [{ _id: oid }, ownerFilter(userId)] },
        latest ? { $set: { ultimo_uso: latest.worn_at as Date } } : { $unset: { ultimo_uso: '' } },
      );
    }
    for (const id of new Set(outfitIds)) {
      const oid = toObjectId(id);
      if (!oid) continue;
      const [latest] = await this.usos
        .find({ userId, outfit_id: oid }, { projection: { worn_at: 1 } })
        .sort({ worn_at: -1 })
        .limit(1)
        .toArray();
      await this.outfits.updateOne(
        { $and: [{ _id: oid }, ownerFilter(userId)] },
        latest ? { $set: { ultimo_uso: latest.worn_at as Date } } : { $unset: { ultimo_uso: '' } },
      );
    }
  }

  async create(wear: NewWear): Promise<Wear> {
    const _id = toObjectId(wear._id);
    if (!_id) throw new InvalidQueryValue('wear id');
    const doc: Document = {
      _id,
      userId: checkUserId(wear.userId),
      fecha: wear.fecha,
      prenda_ids: ids(wear.prenda_ids),
      creado: new Date(wear.creado),
      worn_at: new Date(wornAt(wear.fecha, wear.creado)),
    };
    if (wear.outfit_id) doc.outfit_id = ids([wear.outfit_id])[0];
    if (wear.nota !== undefined) doc.nota = wear.nota;
    await this.usos.insertOne(doc);
    await this.#derive(wear.userId, wear.prenda_ids, wear.outfit_id ? [wear.outfit_id] : []);
    return documentToWear(doc);
  }

  async get(userId: string, id: string): Promise<Wear | null> {
    const _id = toObjectId(id);
    if (!_id) return null;
    const doc = await this.usos.findOne({ _id, userId: checkUserId(userId) });
    return doc ? documentToWear(doc) : null;
  }

  async list(userId: string, q: WearQuery): Promise<Wear[]> {
    const filter: Filter<Document> = { userId: checkUserId(userId) };
    const range: Document = {};
    if (q.desde) range.$gte = String(q.desde);
    if (q.hasta) range.$lte = String(q.hasta);
    if (Object.keys(range).length) filter.fecha = range;
    if (q.prenda !== undefined) filter.prenda_ids = ids([q.prenda])[0];
    const docs = await this.usos.find(filter).sort({ fecha: -1, creado: -1, _id: -1 }).toArray();
    return docs.map(documentToWear);
  }

  async replace(userId: string, id: string, change: WearChange): Promise<Wear | null> {
    const before = await this.get(userId, id);
    if (!before) return null;
    const set: Document = { prenda_ids: ids(change.prenda_ids) };
    const unset: Document = {};
    if (change.outfit_id) set.outfit_id = ids([change.outfit_id])[0];
    else unset.outfit_id = '';
    if (typeof change.nota === 'string') set.nota = change.nota;
    else if (change.nota === null) unset.nota = '';
    const update: Document = { $set: set };
    if (Object.keys(unset).length) update.$unset = unset;
    const filter = { _id: toObjectId(id)!, userId: checkUserId(userId) };
    const doc = await this.usos.findOneAndUpdate(filter, update, {
      returnDocument: 'after',
    });
    if (!doc) return null;
    await this.#derive(
      userId,
      [...before.prenda_ids, ...change.prenda_ids],
      [before.outfit_id, change.outfit_id].filter((o): o is string => Boolean(o)),
    );
    return documentToWear(doc);
  }

  async delete(userId: string, id: string): Promise<Wear | null> {
    const _id = toObjectId(id);
    if (!_id) return null;
    const doc = await this.usos.findOneAndDelete({ _id, userId: checkUserId(userId) });
    if (!doc) return null;
    const wear = documentToWear(doc);
    await this.#derive(userId, wear.prenda_ids, wear.outfit_id ? [wear.outfit_id] : []);
    return wear;
  }
}
