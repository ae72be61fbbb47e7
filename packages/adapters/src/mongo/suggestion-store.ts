/**
 * The suggestion log on MongoDB (collection `sugerencias`): one document per (userId, prenda_id),
 * unique, upserted with `$inc` / `$min` / `$max`, so the log is as large as the wardrobe. Only
 * garments the user owns are counted (their ids are read from `prendas` first).
 */
import type { SuggestionCount, SuggestionStore } from '@fashion/api';
import type { Collection, Document } from 'mongodb';
import { ownerFilter } from './garment-documents.ts';
import { checkUserId, fromObjectId, isHexId, toObjectId } from './ids.ts';

export class MongoSuggestionStore implements SuggestionStore {
  constructor(
    private readonly sugerencias: Collection<Document>,
    private readonly prendas: Collection<Document>,
  ) {}

  async record(userId: string, ids: readonly string[], at: string): Promise<void> {
    checkUserId(userId);
    const oids = [...new Set(ids.filter(isHexId))].map((id) => toObjectId(id)!);
    if (oids.length === 0) return;
    const owned = await this.prendas
      .find({ $and: [{ _id: { $in: oids } }, ownerFilter(userId)] }, { projection: { _id: 1 } })
      .toArray();
    const when = new Date(at);
    const ops = owned.map((d) => ({
      updateOne: {
        filter: { userId, prenda_id: fromObjectId(d._id)! },
        update: { $inc: { veces: 1 }, $min: { primera: when }, $max: { ultima: when } },
        upsert: true,
      },
    }));
    if (ops.length > 0) await this.sugerencias.bulkWrite(ops, { ordered: false });
  }

  async list(userId: string): Promise<SuggestionCount[]> {
    checkUserId(userId);
    const docs = await this.sugerencias.find({ userId }).toArray();
    return docs.map((d) => ({
      prenda_id: String(d.prenda_id),
      veces: Number(d.veces),
      primera: (d.primera as Date).toISOString(),
      ultima: (d.ultima as Date).toISOString(),
    }));
  }

  /** Drops the records of the user's garments among `ids` (garment deletes call it). */
  async forget(userId: string, ids: readonly string[]): Promise<void> {
    await this.sugerencias.deleteMany({ userId, prenda_id: { $in: [...ids] } });
  }
}
