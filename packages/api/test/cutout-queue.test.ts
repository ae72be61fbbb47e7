import { describe, expect, it } from 'vitest';
import { SerialQueue } from '../src/features/cutouts/queue.ts';

/** A job that runs until `finish` is called. */
function gate() {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { done, finish };
}

describe('the cut-out queue', () => {
  it('runs one job at a time, in order, and a garment waits once', async () => {
    const queue = new SerialQueue(10);
    const ran: string[] = [];
    const first = gate();
    queue.enqueue('a', async () => {
      ran.push('a');
      await first.done;
    });
    expect(queue.enqueue('b', async () => void ran.push('b'))).toBe(true);
    expect(queue.enqueue('b', async () => void ran.push('b again'))).toBe(false);
    expect(ran).toEqual(['a']);
    first.finish();
    await queue.drained();
    expect(ran).toEqual(['a', 'b']);
  });

  it('stop() drops the waiting jobs, rejects a waiting touch-up, and waits for the running one', async () => {
    const queue = new SerialQueue(10);
    const ran: string[] = [];
    const running = gate();
    let runningDone = false;
    queue.enqueue('a', async () => {
      await running.done;
      runningDone = true;
    });
    queue.enqueue('b', async () => void ran.push('b'));
    const touchUp = queue.urgent(async () => 'mask applied');

    const stopped = queue.stop();
    await expect(touchUp).rejects.toThrow(/stopped/);
    let stopResolved = false;
    void stopped.then(() => (stopResolved = true));
    await Promise.resolve();
    expect(stopResolved).toBe(false);
    running.finish();
    await stopped;
    expect(runningDone).toBe(true);
    expect(ran).toEqual([]);

    // Nothing is taken after a stop.
    expect(queue.enqueue('c', async () => void ran.push('c'))).toBe(false);
    await expect(queue.urgent(async () => 1)).rejects.toThrow(/stopped/);
    await queue.drained();
    expect(ran).toEqual([]);
  });
});
