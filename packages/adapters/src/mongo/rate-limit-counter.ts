/**
 * Rate-limit counts in MongoDB, shared by every Node instance behind a load balancer (the cloud
 * column). One document per key and fixed window (windows aligned to multiples of windowMs), an
 * atomic `$inc` upsert per hit, and a TTL index that drops finished windows.
 */
import { MongoClient, type Collection, type Db } from 'mongodb';
import type { RateLimitCounter, WindowCount } from '@fashion/api';

export const RATE_LIMIT_COLLECTION = 'ratelimits';

interface WindowDoc {
  _id: string;
  count: number;
  expiresAt: Date;
}

export class MongoRateLimitCounter implements RateLimitCounter {
  readonly #windows: Collection<WindowDoc>;

  constructor(
    db: Db,
    private readonly now: () => number = Date.now,
  ) {
    this.#windows = db.collection<WindowDoc>(RATE_LIMIT_COLLECTION);
  }

  /** The TTL index (idempotent); MongoDB removes a window about a minute after it ends. */
  async ensureIndexes(): Promise<void> {
    await this.#windows.createIndex({ expiresAt: 1 }, { expireAfterSeconds: 0 });
  }

  #window(key: string, windowMs: number) {
    const now = this.now();
    const start = Math.floor(now / windowMs) * windowMs;
    return { id: `${key}|${start}`, end: start + windowMs, resetMs: start + windowMs - now };
  }

  async hit(key: string, windowMs: number): Promise<WindowCount> {
    const w = this.#window(key, windowMs);
    const doc = await this.#windows.findOneAndUpdate(
      { _id: w.id },
      { $inc: { count: 1 }, $setOnInsert: { expiresAt: new Date(w.end) } },
      { upsert: true, returnDocument: 'after' },
    );
    return { count: doc?.count ?? 1, resetMs: w.resetMs };
  }

  async peek(key: string, windowMs: number): Promise<WindowCount> {
    const w = this.#window(key, windowMs);
    const doc = await this.#windows.findOne({ _id: w.id });
    return { count: doc?.count ?? 0, resetMs: w.resetMs };
  }
}

/** Connects its own small client (the counter is hit on every request, apart from the store). */
export async function createMongoRateLimitCounter(
  uri: string,
  dbName?: string,
): Promise<MongoRateLimitCounter & { close(): Promise<void> }> {
  const client = new MongoClient(uri, { maxPoolSize: 4, appName: 'fashion-ai-ratelimit' });
  await client.connect();
  const counter = new MongoRateLimitCounter(client.db(dbName));
  await counter.ensureIndexes();
  return Object.assign(counter, { close: () => client.close() });
}
