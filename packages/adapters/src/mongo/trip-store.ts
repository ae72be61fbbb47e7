/**
 * Trips on MongoDB (collection `viajes`): one document per trip, the plan embedded, the packing
 * list's checks an array changed with $addToSet/$pull (atomic per item).
 */
import type { StoredTripPlan, Trip, TripDay } from '@fashion/core';
import type { TripStore, TripUpdate } from '@fashion/api';
import type { Collection, Document } from 'mongodb';
import { checkUserId, InvalidQueryValue, fromObjectId, isHexId, toObjectId } from './ids.ts';

function documentToTrip(doc: Document): Trip {
  const destino = doc.destino as Document;
  const t: Trip = {
    _id: fromObjectId(doc._id) ?? '',
    userId: String(doc.userId),
    destino: { name: String(destino.name), lat: Number(destino.lat), lon: Number(destino.lon) },
    desde: String(doc.desde),
    hasta: String(doc.hasta),
    dias: (doc.dias ?? []) as TripDay[],
    lavanderia: doc.lavanderia === true,
    marcados: ((doc.marcados ?? []) as unknown[]).filter(isHexId).sort(),
    creado: (doc.creado as Date).toISOString(),
  };
  if (doc.plan) t.plan = doc.plan as StoredTripPlan;
  return t;
}

function updateDocument(patch: TripUpdate): Document {
  const set: Document = {};
  const unset: Document = {};
  if (patch.destino !== undefined) {
    const { name, lat, lon } = patch.destino;
    set.destino = { name: String(name), lat: Number(lat), lon: Number(lon) };
  }
  if (patch.desde !== undefined) set.desde = String(patch.desde);
  if (patch.hasta !== undefined) set.hasta = String(patch.hasta);
  if (patch.dias !== undefined) set.dias = patch.dias;
  if (patch.lavanderia !== undefined) set.lavanderia = patch.lavanderia === true;
  if (patch.plan === null) unset.plan = '';
  else if (patch.plan !== undefined) set.plan = patch.plan;
  const update: Document = {};
  if (Object.keys(set).length) update.$set = set;
  if (Object.keys(unset).length) update.$unset = unset;
  return update;
}

export class MongoTripStore implements TripStore {
  constructor(private readonly viajes: Collection<Document>) {}

  async create(trip: Trip): Promise<Trip> {
    const _id = toObjectId(trip._id);
    if (!_id) throw new InvalidQueryValue('trip id');
    const doc: Document = {
      _id,
      userId: checkUserId(trip.userId),
      destino: trip.destino,
      desde: trip.desde,
      hasta: trip.hasta,
      dias: trip.dias,
      lavanderia: trip.lavanderia,
      marcados: [],
      creado: new Date(trip.creado),
    };
    if (trip.plan) doc.plan = trip.plan;
    await this.viajes.insertOne(doc);
    return documentToTrip(doc);
  }

  async get(userId: string, id: string): Promise<Trip | null> {
    const _id = toObjectId(id);
    if (!_id) return null;
    const doc = await this.viajes.findOne({ _id, userId: checkUserId(userId) });
    return doc ? documentToTrip(doc) : null;
  }

  async list(userId: string): Promise<Trip[]> {
    const docs = await this.viajes
      .find({ userId: checkUserId(userId) })
      .sort({ desde: 1, creado: 1, _id: 1 })
      .toArray();
    return docs.map(documentToTrip);
  }

  async update(userId: string, id: string, patch: TripUpdate): Promise<Trip | null> {
    const update = updateDocument(patch);
    if (!Object.keys(update).length) return this.get(userId, id);
    return this.#change(userId, id, update);
  }

  async setChecked(
    userId: string,
    id: string,
    garmentId: string,
    checked: boolean,
  ): Promise<Trip | null> {
    if (!isHexId(garmentId)) throw new InvalidQueryValue('garment id');
    const update = checked
      ? { $addToSet: { marcados: garmentId } }
      : { $pull: { marcados: garmentId } };
    return this.#change(userId, id, update);
  }

  async delete(userId: string, id: string): Promise<boolean> {
    const _id = toObjectId(id);
    if (!_id) return false;
    const res = await this.viajes.deleteOne({ _id, userId: checkUserId(userId) });
    return res.deletedCount === 1;
  }

  async #change(userId: string, id: string, update: Document): Promise<Trip | null> {
    const _id = toObjectId(id);
    if (!_id) return null;
    const doc = await this.viajes.findOneAndUpdate({ _id, userId: checkUserId(userId) }, update, {
      returnDocument: 'after',
    });
    return doc ? documentToTrip(doc) : null;
  }
}
