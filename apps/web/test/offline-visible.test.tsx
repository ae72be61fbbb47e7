/**
 * Changes waiting to be sent show on screen (api/pending.ts), also when read back after a reload
 * while offline: the data shown is the last synced (here the FakeApi answering reads, as the
 * service worker does offline) with the waiting changes laid over it. A "reload" is a second
 * QueryClient reading the first one's localStorage back (as in offline-queue.test.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderHook, waitFor } from '@testing-library/react';
import { MutationObserver, onlineManager, QueryClientProvider } from '@tanstack/react-query';
import type { MutationKey, QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Garment, PlanExpanded } from '@fashion/core';
import { createQueryClient } from '../src/providers.tsx';
import { setTokenGetter, setTransport } from '../src/api/client.ts';
import { NetworkError } from '../src/api/transport.ts';
import { keyed, offlineKeys, resetQueueState, startQueue } from '../src/api/offline-queue.ts';
import { useGarment, useGarments } from '../src/api/garments.ts';
import { useGarmentPages } from '../src/api/garment-pages.ts';
import { usePlans, useWears } from '../src/api/wears.ts';
import type { PlanInput, WearInput } from '../src/api/wears.ts';
import { useTrip, useTrips } from '../src/api/trips.ts';
import { useOutfits } from '../src/api/outfits.ts';
import { FakeApi, fakeId, garment, tripPacking } from './fake-api.ts';

const DAY = '2026-12-06';

function start(c: QueryClient, key: MutationKey, vars: unknown) {
  void new MutationObserver<unknown, Error, unknown>(c, { mutationKey: key })
    .mutate(vars)
    .catch(() => {});
}

const waiting = (c: QueryClient) =>
  c
    .getMutationCache()
    .getAll()
    .filter((m) => m.state.isPaused).length;

describe('waiting changes show on screen, after a reload too', () => {
  let api: FakeApi;
  let shirt: Garment;
  let pants: Garment;
  let shoes: Garment;
  const stops: (() => void)[] = [];
  beforeEach(() => {
    api = new FakeApi();
    shirt = garment('Shirt');
    pants = garment('Pants');
    shoes = garment('Shoes');
    api.garments = [shirt, pants, shoes];
    // Offline, reads are answered (the service worker's last-synced copies); writes fail.
    setTransport((req, headers) =>
      req.method !== 'GET' && !onlineManager.isOnline()
        ? Promise.reject(new NetworkError())
        : api.transport(req, headers),
    );
    setTokenGetter(() => Promise.resolve(null));
    resetQueueState();
  });
  afterEach(() => {
    stops.splice(0).forEach((s) => s());
    onlineManager.setOnline(true);
  });

  function reload() {
    const c = createQueryClient();
    c.mount();
    const stop = startQueue(c, 'anonymous');
    const close = () => {
      stop();
      c.unmount();
      c.getMutationCache().clear();
    };
    stops.push(close);
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={c}>{children}</QueryClientProvider>
    );
    return { c, close, wrapper };
  }

  /** Changes made offline in one tab, which is then closed: the next tab reads them back. */
  async function madeOfflineThenReloaded(changes: [MutationKey, unknown][]) {
    onlineManager.setOnline(false);
    const first = reload();
    for (const [key, vars] of changes) start(first.c, key, vars);
    await expect.poll(() => waiting(first.c)).toBe(changes.length);
    first.close();
    const second = reload();
    expect(waiting(second.c)).toBe(changes.length);
    return second;
  }

  it('garments: favourite, laundry, occasions, archive and delete, then sent once online', async () => {
    const { c, wrapper } = await madeOfflineThenReloaded([
      [offlineKeys.updateGarment, { id: shirt._id, patch: { favorito: true } }],
      [offlineKeys.updateGarment, { id: shirt._id, patch: { lavado: 'para_lavar' } }],
      [offlineKeys.setOcasion, { id: shirt._id, ocasion: ['work'] }],
      [offlineKeys.archiveGarment, { id: pants._id, req: { motivo: 'donada' } }],
      [offlineKeys.deleteGarment, shoes._id],
    ]);
    const one = renderHook(() => useGarment(shirt._id), { wrapper });
    await waitFor(() => expect(one.result.current.data?._id).toBe(shirt._id));
    expect(one.result.current.data).toMatchObject({
      favorito: true,
      lavado: 'para_lavar',
      ocasion: ['work'],
    });
    const pages = renderHook(() => useGarmentPages(), { wrapper });
    const all = renderHook(() => useGarments(), { wrapper });
    const ids = (list: Garment[] | undefined) => list?.map((g) => g._id);
    // Archived and deleted garments leave the active wardrobe; the favourite shows there too.
    await waitFor(() =>
      expect(ids(pages.result.current.data?.pages[0]?.items)).toEqual([shirt._id]),
    );
    expect(pages.result.current.data?.pages[0]?.items[0]?.favorito).toBe(true);
    await waitFor(() => expect(ids(all.result.current.data)).toEqual([shirt._id]));
    expect(api.log.filter((l) => l.method !== 'GET')).toHaveLength(0);

    onlineManager.setOnline(true);
    await expect.poll(() => waiting(c)).toBe(0);
    await expect.poll(() => api.garments.map((g) => g._id)).toEqual([shirt._id, pants._id]);
    expect(api.garments[0]).toMatchObject({ favorito: true, lavado: 'para_lavar' });
    expect(api.garments[1]).toMatchObject({ estado: 'archivada', motivo_archivo: 'donada' });
    expect(one.result.current.data?.favorito).toBe(true);
    expect(api.requests('DELETE', `/api/prendas/${shoes._id}`)).toHaveLength(1);
  });

  it('a garment restored offline shows as active again, and is restored once online', async () => {
    Object.assign(pants, { estado: 'archivada' });
    const { c, wrapper } = await madeOfflineThenReloaded([
      [offlineKeys.archiveGarment, { id: pants._id, req: { restore: true } }],
    ]);
    const one = renderHook(() => useGarment(pants._id), { wrapper });
    await waitFor(() => expect(one.result.current.data?.estado).toBe('activa'));
    onlineManager.setOnline(true);
    await expect.poll(() => waiting(c)).toBe(0);
    expect(api.garments[1]!.estado).toBe('activa');
    expect(api.requests('POST', `/api/prendas/${pants._id}/restaurar`)).toHaveLength(1);
  });

  it('calendar: a wear logged and plans made, moved and removed offline', async () => {
    const wear = keyed<WearInput>({ fecha: DAY, prenda_ids: [shirt._id, pants._id] });
    const newPlan = keyed<PlanInput>({
      fecha: DAY,
      superior_id: shirt._id,
      inferior_id: pants._id,
    });
    const plan = (fecha: string): PlanExpanded => ({
      _id: fakeId(),
      userId: 'anonymous',
      fecha,
      superior_id: shirt._id,
      zapatos_id: shoes._id,
      creado: '2026-12-01T00:00:00.000Z',
      prendas: { superior: shirt, zapatos: shoes },
    });
    const [moved, removed] = [plan('2026-12-07'), plan('2026-12-08')];
    api.intercept = (req) =>
      req.method === 'GET' && req.path.startsWith('/api/planes?')
        ? { status: 200, body: [moved, removed] }
        : undefined;
    const { wrapper } = await madeOfflineThenReloaded([
      [offlineKeys.logWear, wear],
      [offlineKeys.createPlan, newPlan],
      [offlineKeys.movePlan, { id: moved._id, fecha: '2026-12-09' }],
      [offlineKeys.deletePlan, removed._id],
    ]);
    // The pieces show as this device has them cached (here the wardrobe list).
    const garments = renderHook(() => useGarments(), { wrapper });
    await waitFor(() => expect(garments.result.current.data).toHaveLength(3));
    const wears = renderHook(() => useWears('2026-12-01', '2026-12-31'), { wrapper });
    await waitFor(() => expect(wears.result.current.data).toHaveLength(1));
    expect(wears.result.current.data![0]!.prendas.map((g) => g._id)).toEqual([
      shirt._id,
      pants._id,
    ]);
    const plans = renderHook(() => usePlans('2026-12-01', '2026-12-31'), { wrapper });
    await waitFor(() => expect(plans.result.current.data).toHaveLength(2));
    const [was, made] = plans.result.current.data!;
    expect(was).toMatchObject({ _id: moved._id, fecha: '2026-12-09' });
    expect(made).toMatchObject({ fecha: DAY, superior_id: shirt._id, inferior_id: pants._id });
    expect(Object.keys(made!.prendas)).toEqual(['superior', 'inferior']);

    // Once sent, the server's copy of the wear takes the waiting one's place (no double).
    onlineManager.setOnline(true);
    await expect.poll(() => api.wears.length).toBe(1);
    await waitFor(() =>
      expect(wears.result.current.data?.map((w) => w._id)).toEqual([api.wears[0]!._id]),
    );
  });

  it('a packing-list tick made offline stays ticked after the reload', async () => {
    const trip = tripPacking([shirt]);
    api.intercept = (req) =>
      req.method === 'GET' && req.path === `/api/viajes/${trip._id}`
        ? { status: 200, body: trip }
        : undefined;
    const { wrapper } = await madeOfflineThenReloaded([
      [
        [...offlineKeys.checkItem, trip._id],
        { tripId: trip._id, prenda_id: shirt._id, marcado: true },
      ],
    ]);
    const one = renderHook(() => useTrip(trip._id), { wrapper });
    await waitFor(() => expect(one.result.current.data?.marcados).toEqual([shirt._id]));
  });

  it('a trip deleted offline leaves the list, and is deleted once online', async () => {
    const trips = [fakeId(), fakeId()].map((_id) => ({ _id, destino: { name: _id } }));
    api.intercept = (req) => {
      if (req.method === 'GET' && req.path === '/api/viajes') return { status: 200, body: trips };
      if (req.method === 'DELETE' && req.path === `/api/viajes/${trips[0]!._id}`) {
        trips.shift();
        return { status: 200, body: { ok: true } };
      }
      return undefined;
    };
    const gone = trips[0]!._id;
    const { c, wrapper } = await madeOfflineThenReloaded([[offlineKeys.deleteTrip, gone]]);
    const list = renderHook(() => useTrips(), { wrapper });
    await waitFor(() =>
      expect(list.result.current.data?.map((t) => t._id)).toEqual([trips[1]!._id]),
    );
    onlineManager.setOnline(true);
    await expect.poll(() => waiting(c)).toBe(0);
    expect(trips.map((t) => t._id)).not.toContain(gone);
    expect(api.requests('DELETE', `/api/viajes/${gone}`)).toHaveLength(1);
  });

  it('saved outfits: saved, renamed and deleted offline, then sent once online', async () => {
    const kept = { ...garmentsOutfit(), _id: fakeId(), nombre: 'Old' };
    const gone = { ...garmentsOutfit(), _id: fakeId() };
    api.outfits = [kept, gone];
    const save = {
      body: { superior_id: shirt._id, inferior_id: pants._id, zapatos_id: shoes._id },
      key: 'save-key-1',
    };
    const { c, wrapper } = await madeOfflineThenReloaded([
      [offlineKeys.saveOutfit, save],
      [offlineKeys.renameOutfit, { id: kept._id, nombre: 'Sunday best' }],
      [offlineKeys.deleteOutfit, gone._id],
    ]);
    const list = renderHook(() => useOutfits(), { wrapper });
    await waitFor(() => expect(list.result.current.data).toHaveLength(2));
    const [renamed, saved] = list.result.current.data!;
    expect(renamed).toMatchObject({ _id: kept._id, nombre: 'Sunday best' });
    expect(saved).toMatchObject({ _id: 'pending:save-key-1', superior_id: shirt._id });

    onlineManager.setOnline(true);
    await expect.poll(() => waiting(c)).toBe(0);
    expect(api.outfits.map((o) => o.nombre ?? null)).toEqual(['Sunday best', null]);
    const posts = api.requests('POST', '/api/outfits/save');
    expect(posts.map((p) => p.headers['Idempotency-Key'])).toEqual(['save-key-1']);
    await waitFor(() =>
      expect(list.result.current.data?.map((o) => o._id)).toEqual([kept._id, api.outfits[1]!._id]),
    );
  });

  function garmentsOutfit() {
    return {
      userId: 'anonymous',
      superior_id: shirt._id,
      inferior_id: pants._id,
      zapatos_id: shoes._id,
      puntuacion: 70,
      fecha_creacion: '2026-12-01T00:00:00.000Z',
    };
  }
});
