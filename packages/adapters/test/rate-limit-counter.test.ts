/**
 * One contract for every RateLimitCounter: in memory always, MongoDB when MONGODB_URI points at
 * a server (none can run here). The Durable Object counter is tested in workerd (apps/worker).
 */
import { MongoClient } from 'mongodb';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryRateLimitCounter, type RateLimitCounter } from '@fashion/api';
import { MongoRateLimitCounter } from '../src/mongo/index.ts';

function contract(name: string, make: (now: () => number) => Promise<RateLimitCounter>) {
  describe(`RateLimitCounter contract: ${name}`, () => {
    // A controllable clock: windows are asserted without sleeping.
    let t = 1_000_000_000_000;
    const now = () => t;
    const key = () => `k-${Math.random().toString(36).slice(2)}`;

    it('counts hits per key in a window, and peek counts nothing', async () => {
      const c = await make(now);
      const [a, b] = [key(), key()];
      expect((await c.hit(a, 60_000)).count).toBe(1);
      expect((await c.hit(a, 60_000)).count).toBe(2);
      expect((await c.peek(a, 60_000)).count).toBe(2);
      expect((await c.peek(a, 60_000)).count).toBe(2);
      expect((await c.hit(b, 60_000)).count).toBe(1);
      expect((await c.peek(key(), 60_000)).count).toBe(0);
    });

    it('starts a new window after windowMs, and says when the current one resets', async () => {
      const c = await make(now);
      const k = key();
      const first = await c.hit(k, 60_000);
      expect(first.resetMs).toBeGreaterThan(0);
      expect(first.resetMs).toBeLessThanOrEqual(60_000);
      await c.hit(k, 60_000);
      t += 60_001;
      expect((await c.peek(k, 60_000)).count).toBe(0);
      expect((await c.hit(k, 60_000)).count).toBe(1);
    });
  });
}

contract('memory', async (now) => new MemoryRateLimitCounter(now));

const uri = process.env.MONGODB_URI;
describe.skipIf(!uri)('MongoDB (MONGODB_URI)', () => {
  const client = uri ? new MongoClient(uri) : undefined;
  afterAll(async () => {
    await client?.db(`fashion_rl_test_${process.pid}`).dropDatabase();
    await client?.close();
  });
  contract('mongodb', async (now) => {
    const counter = new MongoRateLimitCounter(client!.db(`fashion_rl_test_${process.pid}`), now);
    await counter.ensureIndexes();
    return counter;
  });
});
