/**
 * Idempotency-Key records in MongoDB (collection `idempotency_keys`, `_id` = {userId, key}). A TTL
 * index on `expiresAt` removes old records; a claim inserts, or takes over an expired record or
 * a crashed request's claim, atomically.
 */
import type { IdempotencyClaim, IdempotencyRecord, IdempotencyStore } from '@fashion/api';
import { MongoServerError, type Collection } from 'mongodb';
import { checkUserId } from './ids.ts';

interface KeyDocument {
  _id: { u: string; k: string };
  fingerprint: string;
  status: number | null;
  body: string | null;
  lockedUntil: Date;
  expiresAt: Date;
}

const DUPLICATE_KEY = 11000;

export class MongoIdempotencyStore implements IdempotencyStore {
  constructor(private readonly keys: Collection<KeyDocument>) {}

  async claim(userId: string, key: string, c: IdempotencyClaim): Promise<IdempotencyRecord | null> {
    const _id = { u: checkUserId(userId), k: String(key) };
    const fresh = {
      fingerprint: c.fingerprint,
      status: null,
      body: null,
      lockedUntil: new Date(c.lockedUntil),
      expiresAt: new Date(c.expiresAt),
    };
    try {
      await this.keys.insertOne({ _id, ...fresh });
      return null;
    } catch (err) {
      if (!(err instanceof MongoServerError) || err.code !== DUPLICATE_KEY) throw err;
    }
    const now = new Date(c.now);
    const taken = await this.keys.findOneAndUpdate(
      { _id, $or: [{ expiresAt: { $lte: now } }, { status: null, lockedUntil: { $lte: now } }] },
      { $set: fresh },
    );
    if (taken) return null;
    const doc = await this.keys.findOne({ _id });
    if (!doc) return { fingerprint: c.fingerprint };
    const record: IdempotencyRecord = { fingerprint: doc.fingerprint };
    if (typeof doc.status === 'number') record.status = doc.status;
    if (typeof doc.body === 'string') record.body = doc.body;
    return record;
  }

  async complete(
    userId: string,
    key: string,
    fingerprint: string,
    answer: { status: number; body: string },
  ): Promise<void> {
    await this.keys.updateOne(
      { _id: { u: checkUserId(userId), k: String(key) }, fingerprint, status: null },
      { $set: { status: answer.status, body: answer.body } },
    );
  }

  async release(userId: string, key: string, fingerprint: string): Promise<void> {
    await this.keys.deleteOne({
      _id: { u: checkUserId(userId), k: String(key) },
      fingerprint,
      status: null,
    });
  }
}
