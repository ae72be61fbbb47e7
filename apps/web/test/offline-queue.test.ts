/**
 * Offline changes kept across a reload (api/offline-queue.ts): a "reload" is a second QueryClient
 * reading the first one's localStorage back. A change made offline is read back as waiting and
 * sent once the network is there, with the Idempotency-Key it was first made with; one caught in
 * flight is sent again with the same key; another person's queue is never read; sign-out drops it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MutationObserver, onlineManager } from '@tanstack/react-query';
import type { MutationKey, QueryClient } from '@tanstack/react-query';
import { createQueryClient } from '../src/providers.tsx';
import { setTokenGetter, setTransport } from '../src/api/client.ts';
import { NetworkError } from '../src/api/transport.ts';
import {
  forgetQueues,
  keyed,
  offlineKeys,
  resetQueueState,
  startQueue,
} from '../src/api/offline-queue.ts';
import type { WearInput } from '../src/api/wears.ts';
import { FakeApi, garment } from './fake-api.ts';

const waiting = (c: QueryClient) =>
  c
    .getMutationCache()
    .getAll()
    .filter((m) => m.state.isPaused).length;

function start(c: QueryClient, key: MutationKey, vars: unknown) {
  void new MutationObserver<unknown, Error, unknown>(c, { mutationKey: key })
    .mutate(vars)
    .catch(() => {});
}

const stored = (owner: string) => localStorage.getItem(`fashion.offline-queue:${owner}`);

describe('offline changes across a reload', () => {
  let api: FakeApi;
  const stops: (() => void)[] = [];
  beforeEach(() => {
    api = new FakeApi();
    api.garments = [garment('Shirt')];
    setTransport(api.transport);
    setTokenGetter(() => Promise.resolve(null));
    resetQueueState();
  });
  afterEach(() => {
    stops.splice(0).forEach((s) => s());
    onlineManager.setOnline(true);
  });

  /** A fresh tab: a new client, mounted (it follows the network), with the queue read back. */
  function reload(owner = 'anonymous') {
    const c = createQueryClient();
    c.mount();
    const n = JSON.parse(stored(owner) ?? '{"mutations":[]}').mutations.length as number;
    const stop = startQueue(c, owner);
    /** The tab goes away: nothing more is kept or sent from it. */
    const close = () => {
      stop();
      c.unmount();
      c.getMutationCache().clear();
    };
    stops.push(close);
    return { c, n, close };
  }

  it('keeps a change made offline, and sends it once back online with its first key', async () => {
    onlineManager.setOnline(false);
    const { c: first, close } = reload();
    const g = api.garments[0]!;
    const wear = keyed<WearInput>({ fecha: '2026-12-06', prenda_ids: [g._id] });
    start(first, offlineKeys.logWear, wear);
    start(first, offlineKeys.updateGarment, { id: g._id, patch: { favorito: true } });
    await expect.poll(() => waiting(first)).toBe(2);
    expect(stored('anonymous')).toContain(wear.key);
    expect(api.log).toHaveLength(0);

    close();
    const { c: second, n } = reload();
    expect(n).toBe(2);
    expect(waiting(second)).toBe(2);

    onlineManager.setOnline(true);
    await expect.poll(() => api.wears.length).toBe(1);
    await expect.poll(() => api.garments[0]!.favorito).toBe(true);
    const posts = api.requests('POST', '/api/usos');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.headers['Idempotency-Key']).toBe(wear.key);
    await expect.poll(() => stored('anonymous')).toBeNull();
    await expect.poll(() => waiting(second)).toBe(0);
  });

  it('keeps a change sent as the network went, and sends it once the network is back', async () => {
    // The browser still says "online" when the send fails; it notices a moment later.
    let down = true;
    setTransport((req, headers) => {
      if (!down) return api.transport(req, headers);
      onlineManager.setOnline(false);
      return Promise.reject(new NetworkError());
    });
    const { c } = reload();
    const g = api.garments[0]!;
    start(c, offlineKeys.updateGarment, { id: g._id, patch: { favorito: true } });
    await expect.poll(() => waiting(c), { timeout: 10_000 }).toBe(1);
    expect(stored('anonymous')).toContain(g._id);

    down = false;
    onlineManager.setOnline(true);
    await expect.poll(() => api.garments[0]!.favorito).toBe(true);
    expect(api.requests('PATCH', `/api/prendas/${g._id}`)).toHaveLength(1);
    await expect.poll(() => stored('anonymous')).toBeNull();
  });

  it('sends a change caught in flight again, with the same key', async () => {
    let release: () => void = () => {};
    api.gate = new Promise((r) => (release = r));
    const { c: first, close } = reload();
    const wear = keyed<WearInput>({ fecha: '2026-12-06', prenda_ids: [api.garments[0]!._id] });
    start(first, offlineKeys.logWear, wear);
    await expect.poll(() => api.requests('POST', '/api/usos').length).toBe(1);
    expect(stored('anonymous')).toContain(wear.key);

    // The tab goes away mid-send; the new one sends it again.
    close();
    api.gate = null;
    reload();
    await expect.poll(() => api.requests('POST', '/api/usos').length).toBe(2);
    const keys = api.requests('POST', '/api/usos').map((r) => r.headers['Idempotency-Key']);
    expect(keys).toEqual([wear.key, wear.key]);
    release();
  });

  it("never reads another person's queue, and sign-out drops every queue", async () => {
    onlineManager.setOnline(false);
    const { c: alice } = reload('alice');
    start(alice, offlineKeys.updateGarment, {
      id: api.garments[0]!._id,
      patch: { favorito: true },
    });
    await expect.poll(() => stored('alice')).not.toBeNull();

    const { c: bob, n } = reload('bob');
    expect(n).toBe(0);
    expect(waiting(bob)).toBe(0);

    forgetQueues(alice);
    expect(stored('alice')).toBeNull();
    expect(waiting(alice)).toBe(0);
    onlineManager.setOnline(true);
    const { n: again } = reload('alice');
    expect(again).toBe(0);
    expect(api.log).toHaveLength(0);
  });
});
