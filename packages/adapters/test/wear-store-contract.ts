/**
 * The behaviour every wear and plan store must have (SQLite, D1, MongoDB), run from each
 * adapter's test file beside the Store contract. Fresh random users per test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, wornAt, type Wear } from '@fashion/core';
import type { NewPlan, Store } from '@fashion/api';
import { garmentFor, outfitFor } from './store-contract.ts';

const user = () => `user-${newId()}`;

function wearFor(userId: string, fecha: string, prenda_ids: string[], extra: Partial<Wear> = {}) {
  return {
    _id: newId(),
    userId,
    fecha,
    prenda_ids,
    creado: new Date().toISOString(),
    ...extra,
  };
}

export function describeWearStoreContract(
  name: string,
  makeStore: () => Promise<Store> | Store,
): void {
  describe(`Wear and plan store contract: ${name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await makeStore();
    });
    afterAll(async () => {
      await store?.close?.();
    });

    async function twoGarments(u: string) {
      const a = await store.garments.create(garmentFor(u));
      const b = await store.garments.create(
        garmentFor(u, { tipo: 'inferior', clase_nombre: 'Pants' }),
      );
      return [a._id, b._id] as const;
    }
    const lastWorn = async (u: string, id: string) => (await store.garments.get(u, id))?.ultimo_uso;

    it('stores a wear, reads it back, and derives ultimo_uso from the latest day', async () => {
      const u = user();
      const [a, b] = await twoGarments(u);
      await store.garments.list(u); // a store that caches lists must see the derived change
      const w = wearFor(u, '2026-03-02', [b, a], { nota: 'rainy' });
      expect(await store.wears.create(w)).toEqual(w);
      expect(await store.wears.get(u, w._id)).toEqual(w);
      expect(await lastWorn(u, a)).toBe(wornAt('2026-03-02'));
      // An older day logged later does not move it back.
      await store.wears.create(wearFor(u, '2026-02-20', [a]));
      expect(await lastWorn(u, a)).toBe(wornAt('2026-03-02'));
      // The garment list (which a store may cache) shows the derived value too.
      const listed = await store.garments.list(u);
      expect(listed.find((g) => g._id === b)?.ultimo_uso).toBe(wornAt('2026-03-02'));
    });

    it('lists by day range, newest first, and by garment', async () => {
      const u = user();
      const [a, b] = await twoGarments(u);
      const w1 = await store.wears.create(wearFor(u, '2026-01-05', [a]));
      const w2 = await store.wears.create(wearFor(u, '2026-01-07', [a, b]));
      const w3 = await store.wears.create(wearFor(u, '2026-01-09', [b]));
      const ids = (ws: Wear[]) => ws.map((w) => w._id);
      expect(ids(await store.wears.list(u, {}))).toEqual([w3._id, w2._id, w1._id]);
      expect(ids(await store.wears.list(u, { desde: '2026-01-06', hasta: '2026-01-09' }))).toEqual([
        w3._id,
        w2._id,
      ]);
      expect(ids(await store.wears.list(u, { prenda: a }))).toEqual([w2._id, w1._id]);
      expect(await store.wears.list(u, { prenda: newId() })).toEqual([]);
    });

    it('undo (delete) re-derives ultimo_uso: back to the previous wear, or absent', async () => {
      const u = user();
      const [a, b] = await twoGarments(u);
      const older = await store.wears.create(wearFor(u, '2026-04-01', [a]));
      const newer = await store.wears.create(wearFor(u, '2026-04-03', [a, b]));
      expect(await store.wears.delete(u, newer._id)).toEqual(newer);
      expect(await lastWorn(u, a)).toBe(wornAt('2026-04-01'));
      expect(await lastWorn(u, b)).toBeUndefined();
      expect(await store.wears.get(u, newer._id)).toBeNull();
      expect(await store.wears.delete(u, newer._id)).toBeNull();
      await store.wears.delete(u, older._id);
      expect(await lastWorn(u, a)).toBeUndefined();
    });

    it('derives the saved outfit’s ultimo_uso from the wears that name it', async () => {
      const u = user();
      const [a, b] = await twoGarments(u);
      const shoes = await store.garments.create(
        garmentFor(u, { tipo: 'zapatos', clase_nombre: 'Shoes' }),
      );
      const outfit = await store.outfits.create(
        outfitFor(u, { superior_id: a, inferior_id: b, zapatos_id: shoes._id }),
      );
      const w = await store.wears.create(
        wearFor(u, '2026-05-10', [a, b, shoes._id], { outfit_id: outfit._id }),
      );
      expect((await store.outfits.get(u, outfit._id))?.ultimo_uso).toBe(wornAt('2026-05-10'));
      // "I wore this instead": other garments, no outfit.
      const replaced = await store.wears.replace(u, w._id, {
        prenda_ids: [b],
        outfit_id: null,
        nota: 'changed',
      });
      expect(replaced).toMatchObject({ prenda_ids: [b], nota: 'changed', fecha: '2026-05-10' });
      expect(replaced?.outfit_id).toBeUndefined();
      expect((await store.outfits.get(u, outfit._id))?.ultimo_uso).toBeUndefined();
      expect(await lastWorn(u, a)).toBeUndefined();
      expect(await lastWorn(u, b)).toBe(wornAt('2026-05-10'));
    });

    it('never shows, replaces or deletes another user’s wear, nor touches their garments', async () => {
      const owner = user();
      const other = user();
      const [a] = await twoGarments(owner);
      const w = await store.wears.create(wearFor(owner, '2026-06-01', [a]));
      expect(await store.wears.get(other, w._id)).toBeNull();
      expect(await store.wears.list(other, {})).toEqual([]);
      expect(await store.wears.replace(other, w._id, { prenda_ids: [a], outfit_id: null })).toBe(
        null,
      );
      expect(await store.wears.delete(other, w._id)).toBeNull();
      expect(await store.wears.get(owner, w._id)).toEqual(w);
      expect(await lastWorn(owner, a)).toBe(wornAt('2026-06-01'));
    });

    it('stores, lists (earliest first), moves and deletes plans, per user', async () => {
      const u = user();
      const [a, b] = await twoGarments(u);
      const plan = (fecha: string, extra: Partial<NewPlan> = {}): NewPlan => ({
        _id: newId(),
        userId: u,
        fecha,
        superior_id: a,
        inferior_id: b,
        creado: new Date().toISOString(),
        ...extra,
      });
      const p2 = await store.plans.create(plan('2026-07-02', { ocasion: 'trabajo', nota: 'x' }));
      const p1 = await store.plans.create(plan('2026-07-01'));
      expect(await store.plans.get(u, p2._id)).toEqual(p2);
      expect((await store.plans.list(u, {})).map((p) => p._id)).toEqual([p1._id, p2._id]);
      expect(await store.plans.list(u, { desde: '2026-07-02' })).toEqual([p2]);
      const moved = await store.plans.update(u, p2._id, { fecha: '2026-06-30', nota: null });
      expect(moved).toMatchObject({ fecha: '2026-06-30', ocasion: 'trabajo' });
      expect(moved?.nota).toBeUndefined();
      expect((await store.plans.list(u, {})).map((p) => p._id)).toEqual([p2._id, p1._id]);
      const other = user();
      expect(await store.plans.get(other, p1._id)).toBeNull();
      expect(await store.plans.update(other, p1._id, { fecha: '2026-01-01' })).toBeNull();
      expect(await store.plans.delete(other, p1._id)).toBe(false);
      expect(await store.plans.delete(u, p1._id)).toBe(true);
      expect(await store.plans.get(u, p1._id)).toBeNull();
    });
  });
}
