/** The calendar's plans on MongoDB (collection `planes`), slots as hex id strings. */
import { OUTFIT_SLOTS, type Plan, type PlanSlots } from '@fashion/core';
import type { NewPlan, PlanStore, PlanUpdate } from '@fashion/api';
import type { Collection, Document, Filter } from 'mongodb';
import { checkUserId, InvalidQueryValue, fromObjectId, isHexId, toObjectId } from './ids.ts';

function documentToPlan(doc: Document): Plan {
  const slots: PlanSlots = {};
  const stored = (doc.prendas ?? {}) as Record<string, unknown>;
  for (const slot of OUTFIT_SLOTS) {
    if (isHexId(stored[slot])) slots[slot] = stored[slot];
  }
  const p: Plan = {
    _id: fromObjectId(doc._id) ?? '',
    userId: String(doc.userId),
    fecha: String(doc.fecha),
    ...slots,
    creado: (doc.creado as Date).toISOString(),
  };
  const outfit = fromObjectId(doc.outfit_id);
  if (outfit) p.outfit_id = outfit;
  if (typeof doc.ocasion === 'string') p.ocasion = doc.ocasion as Plan['ocasion'];
  if (typeof doc.nota === 'string') p.nota = doc.nota;
  return p;
}

function updateDocument(patch: PlanUpdate): Document {
  const set: Document = {};
  const unset: Document = {};
  for (const key of ['fecha', 'ocasion', 'nota'] as const) {
    const value = patch[key];
    if (value === null) unset[key] = '';
    else if (value !== undefined) set[key] = String(value);
  }
  const update: Document = {};
  if (Object.keys(set).length) update.$set = set;
  if (Object.keys(unset).length) update.$unset = unset;
  return update;
}

export class MongoPlanStore implements PlanStore {
  constructor(private readonly planes: Collection<Document>) {}

  async create(plan: NewPlan): Promise<Plan> {
    const _id = toObjectId(plan._id);
    if (!_id) throw new InvalidQueryValue('plan id');
    const prendas: Document = {};
    for (const slot of OUTFIT_SLOTS) {
      const id = plan[slot];
      if (id === undefined) continue;
      if (!isHexId(id)) throw new InvalidQueryValue('garment id');
      prendas[slot] = id;
    }
    const doc: Document = {
      _id,
      userId: checkUserId(plan.userId),
      fecha: plan.fecha,
      prendas,
      creado: new Date(plan.creado),
    };
    if (plan.outfit_id) doc.outfit_id = toObjectId(plan.outfit_id);
    if (plan.ocasion) doc.ocasion = plan.ocasion;
    if (plan.nota !== undefined) doc.nota = plan.nota;
    await this.planes.insertOne(doc);
    return documentToPlan(doc);
  }

  async get(userId: string, id: string): Promise<Plan | null> {
    const _id = toObjectId(id);
    if (!_id) return null;
    const doc = await this.planes.findOne({ _id, userId: checkUserId(userId) });
    return doc ? documentToPlan(doc) : null;
  }

  async list(userId: string, q: { desde?: string; hasta?: string }): Promise<Plan[]> {
    const filter: Filter<Document> = { userId: checkUserId(userId) };
    const range: Document = {};
    if (q.desde) range.$gte = String(q.desde);
    if (q.hasta) range.$lte = String(q.hasta);
    if (Object.keys(range).length) filter.fecha = range;
    const docs = await this.planes.find(filter).sort({ fecha: 1, creado: 1, _id: 1 }).toArray();
    return docs.map(documentToPlan);
  }

  async update(userId: string, id: string, patch: PlanUpdate): Promise<Plan | null> {
    const _id = toObjectId(id);
    if (!_id) return null;
    const filter = { _id, userId: checkUserId(userId) };
    const update = updateDocument(patch);
    const doc = Object.keys(update).length
      ? await this.planes.findOneAndUpdate(filter, update, { returnDocument: 'after' })
      : await this.planes.findOne(filter);
    return doc ? documentToPlan(doc) : null;
  }

  async delete(userId: string, id: string): Promise<boolean> {
    const _id = toObjectId(id);
    if (!_id) return false;
    const res = await this.planes.deleteOne({ _id, userId: checkUserId(userId) });
    return res.deletedCount === 1;
  }
}
