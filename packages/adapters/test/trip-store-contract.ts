/**
 * The behaviour every trip store must have (SQLite, D1, MongoDB), run from each adapter's test
 * file beside the Store contract. Fresh random users per test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, type StoredTripPlan, type Trip } from '@fashion/core';
import type { Store } from '@fashion/api';

const user = () => `user-${newId()}`;

function tripFor(userId: string, desde: string, extra: Partial<Trip> = {}): Trip {
  return {
    _id: newId(),
    userId,
    destino: { name: 'Lisboa', lat: 38.72, lon: -9.14 },
    desde,
    hasta: desde,
    dias: [{ fecha: desde, actividades: ['work', 'evening'] }],
    lavanderia: false,
    marcados: [],
    creado: new Date().toISOString(),
    ...extra,
  };
}

function planOf(ids: string[]): StoredTripPlan {
  return {
    days: [
      {
        date: '2027-01-01',
        temperature: 14,
        rain: true,
        source: 'climate',
        outfits: [
          {
            activity: 'work',
            ocasion: 'trabajo',
            garmentIds: ids,
            puntuacion: 70,
            mejorPuntuacion: 75,
            reasons: [{ code: 'trip_gap', params: { points: 5 } }, { code: 'trip_climate' }],
          },
        ],
        uncovered: ['evening'],
      },
    ],
    packingList: { superior: [ids[0]!], inferior: [ids[1]!] },
    suitcaseSize: 2,
    greedySize: 3,
  };
}

export function describeTripStoreContract(
  name: string,
  makeStore: () => Promise<Store> | Store,
): void {
  describe(`Trip store contract: ${name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await makeStore();
    });
    afterAll(async () => {
      await store?.close?.();
    });

    it('stores a trip, reads it back, lists earliest first', async () => {
      const u = user();
      const later = tripFor(u, '2027-03-10', { lavanderia: true });
      const sooner = tripFor(u, '2027-02-01');
      expect(await store.trips.create(later)).toEqual(later);
      await store.trips.create(sooner);
      expect(await store.trips.get(u, later._id)).toEqual(later);
      expect((await store.trips.list(u)).map((t) => t._id)).toEqual([sooner._id, later._id]);
    });

    it('updates inputs and the plan; plan null drops it', async () => {
      const u = user();
      const t = await store.trips.create(tripFor(u, '2027-01-01'));
      const plan = planOf([newId(), newId()]);
      const planned = await store.trips.update(u, t._id, { plan });
      expect(planned?.plan).toEqual(plan);
      expect(await store.trips.get(u, t._id)).toEqual({ ...t, plan });
      const moved = await store.trips.update(u, t._id, {
        desde: '2027-01-02',
        hasta: '2027-01-03',
        destino: { name: 'Oslo', lat: 59.91, lon: 10.75 },
        dias: [
          { fecha: '2027-01-02', actividades: ['sport'] },
          { fecha: '2027-01-03', actividades: ['casual'] },
        ],
        lavanderia: true,
        plan: null,
      });
      expect(moved).toMatchObject({ desde: '2027-01-02', hasta: '2027-01-03', lavanderia: true });
      expect(moved?.destino.name).toBe('Oslo');
      expect(moved?.dias).toHaveLength(2);
      expect(moved?.plan).toBeUndefined();
      expect(await store.trips.get(u, t._id)).toEqual(moved);
    });

    it('checks items off one at a time, idempotently, and back', async () => {
      const u = user();
      const [a, b] = [newId(), newId()];
      const t = await store.trips.create(tripFor(u, '2027-01-01', { plan: planOf([a, b]) }));
      expect((await store.trips.setChecked(u, t._id, a, true))?.marcados).toEqual([a]);
      expect((await store.trips.setChecked(u, t._id, a, true))?.marcados).toEqual([a]);
      const both = await store.trips.setChecked(u, t._id, b, true);
      expect(both?.marcados).toEqual([a, b].sort());
      expect((await store.trips.get(u, t._id))?.marcados).toEqual([a, b].sort());
      expect((await store.trips.setChecked(u, t._id, a, false))?.marcados).toEqual([b]);
      expect((await store.trips.list(u))[0]?.marcados).toEqual([b]);
    });

    it('never shows, changes, checks or deletes another user’s trip', async () => {
      const owner = user();
      const other = user();
      const t = await store.trips.create(tripFor(owner, '2027-04-01'));
      const g = newId();
      expect(await store.trips.get(other, t._id)).toBeNull();
      expect(await store.trips.list(other)).toEqual([]);
      expect(await store.trips.update(other, t._id, { lavanderia: true })).toBeNull();
      expect(await store.trips.setChecked(other, t._id, g, true)).toBeNull();
      expect(await store.trips.delete(other, t._id)).toBe(false);
      expect(await store.trips.get(owner, t._id)).toEqual(t);
      expect(await store.trips.delete(owner, t._id)).toBe(true);
      expect(await store.trips.get(owner, t._id)).toBeNull();
      expect(await store.trips.delete(owner, t._id)).toBe(false);
      expect(await store.trips.update(owner, t._id, { lavanderia: true })).toBeNull();
      expect(await store.trips.setChecked(owner, t._id, g, true)).toBeNull();
    });
  });
}
