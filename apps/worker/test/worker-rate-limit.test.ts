/**
 * Rate-limit counts live in a Durable Object that every isolate shares: counters created apart
 * (as two isolates would) see each other's hits, and the Worker's app counts there.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { DurableObjectRateLimitCounter } from '../src/rate-limiter.ts';
import { call } from './helpers.ts';

describe('Worker rate limits (Durable Object)', () => {
  it('two counters over the binding share one window per key', async () => {
    const a = new DurableObjectRateLimitCounter(env.RATE_LIMITER!);
    const b = new DurableObjectRateLimitCounter(env.RATE_LIMITER!);
    expect((await a.hit('test|k1', 60_000)).count).toBe(1);
    expect((await b.hit('test|k1', 60_000)).count).toBe(2);
    expect((await a.hit('test|k1', 60_000)).count).toBe(3);
    expect((await b.peek('test|k1', 60_000)).count).toBe(3);
    expect((await b.hit('test|other', 60_000)).count).toBe(1);
  });

  it("the Worker's requests are counted in the shared object", async () => {
    const counter = new DurableObjectRateLimitCounter(env.RATE_LIMITER!);
    const address = '203.0.113.9';
    const before = (await counter.peek(`api|ip:${address}`, 60_000)).count;
    for (let i = 0; i < 3; i++) {
      const res = await call('/api/prendas', { headers: { 'cf-connecting-ip': address } });
      expect(res.status).toBe(200);
    }
    expect((await counter.peek(`api|ip:${address}`, 60_000)).count).toBe(before + 3);
  });
});
