import type { NewOutfit, OutfitStore, OutfitUpdate } from '@fashion/api';
import type { Outfit } from '@fashion/core';
import type { Collection, Document } from 'mongodb';
import { ownerFilter } from './garment-documents.ts';
import { InvalidQueryValue, toObjectId } from './ids.ts';
import { documentToOutfit, outfitToDocument, outfitUpdateToDocument } from './outfit-documents.ts';

export class MongoOutfitStore implements OutfitStore {
  constructor(private readonly outfits: Collection<Document>) {}

  async create(outfit: NewOutfit): Promise<Outfit> {
    const _id = toObjectId(outfit._id);
    if (!_id) throw new InvalidQueryValue('outfit id');
    const doc = outfitToDocument(outfit, _id);
    await this.outfits.insertOne(doc);
    return documentToOutfit(doc);
  }

  async list(userId: string): Promise<Outfit[]> {
    const docs = await this.outfits
      .find(ownerFilter(userId))
      .sort({ fecha_creacion: -1, _id: -1 })
      .toArray();
    return docs.map(documentToOutfit);
  }

  async get(userId: string, id: string): Promise<Outfit | null> {
    const _id = toObjectId(id);
    if (!_id) return null;
    const doc = await this.outfits.findOne({ $and: [{ _id }, ownerFilter(userId)] });
    return doc ? documentToOutfit(doc) : null;
  }

  async update(userId: string, id: string, patch: OutfitUpdate): Promise<Outfit | null> {
    const _id = toObjectId(id);
    if (!_id) return null;
    const filter = { $and: [{ _id }, ownerFilter(userId)] };
    const set = outfitUpdateToDocument(patch);
    const doc = Object.keys(set).length
      ? await this.outfits.findOneAndUpdate(filter, { $set: set }, { returnDocument: 'after' })
      : await this.outfits.findOne(filter);
    return doc ? documentToOutfit(doc) : null;
  }

  async delete(userId: string, id: string): Promise<boolean> {
    const _id = toObjectId(id);
    if (!_id) return false;
    const res = await this.outfits.deleteOne({ $and: [{ _id }, ownerFilter(userId)] });
    return res.deletedCount === 1;
  }
}
