import { describe, expect, it } from 'vitest';
import { ModelUnavailable } from '../src/errors.ts';
import { Limiter } from '../src/limiter.ts';

/** A task that runs until released. */
function task() {
  let release!: () => void;
  const done = new Promise<void>((r) => (release = r));
  let started = false;
  return {
    work: async () => {
      started = true;
      await done;
    },
    release,
    get started() {
      return started;
    },
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('Limiter', () => {
  it('admits by count and by bytes, in arrival order, and refuses past the queue', async () => {
    const limiter = new Limiter(8, 2, 1, 25);
    const a = task();
    const b = task();
    const c = task();
    const ra = limiter.run(a.work, 10);
    const rb = limiter.run(b.work, 10);
    const rc = limiter.run(c.work, 10); // 30 > 25: waits although only 2 of 8 run
    await tick();
    expect([a.started, b.started, c.started]).toEqual([true, true, false]);
    expect(limiter.load).toEqual({ active: 2, queued: 1 });
    const small = task();
    const rs = limiter.run(small.work, 1); // fits, but does not overtake the waiting upload
    await tick();
    expect(small.started).toBe(false);
    const refused = await limiter.run(async () => 0, 1).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ModelUnavailable);
    expect(refused).toMatchObject({ code: 'busy', retryAfterSeconds: 1 });
    a.release();
    await ra;
    await tick();
    expect([c.started, small.started]).toEqual([true, true]);
    b.release();
    c.release();
    small.release();
    await Promise.all([rb, rc, rs]);
    expect(limiter.load).toEqual({ active: 0, queued: 0 });
  });

  it('always admits one request when nothing runs, however large', async () => {
    const limiter = new Limiter(4, 0, 1, 10);
    await expect(limiter.run(async () => 'ok', 1000)).resolves.toBe('ok');
  });
});
