/**
 * Every write of the SQLite store commits or raises: on a full disk a write must throw, never
 * return the row it could not commit. Reads keep working.
 */
import { join } from 'node:path';
import { PROFILE_DEFAULTS } from '@fashion/core';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteStore, type SqliteStore } from '../src/sqlite/index.ts';
import { fillSqlitePage, mountSmallTmpfs } from './helpers/full-disk.ts';
import { garmentFor, outfitFor } from './store-contract.ts';

const FULL = /SQLITE_FULL|disk is full/;

async function wardrobe(store: SqliteStore, user: string) {
  const top = await store.garments.create(garmentFor(user, { ocasion: ['casual'] }));
  const bottom = await store.garments.create(
    garmentFor(user, { tipo: 'inferior', clase_nombre: 'Pants' }),
  );
  const shoes = await store.garments.create(
    garmentFor(user, { tipo: 'zapatos', clase_nombre: 'Shoes' }),
  );
  return { top, bottom, shoes };
}

const disk = mountSmallTmpfs();
afterAll(() => disk?.unmount());

describe.skipIf(!disk)('SQLite store on a real full disk (tmpfs, needs root)', () => {
  it('raises on every write whose commit fails, and stores nothing', async () => {
    const store = createSqliteStore(join(disk!.dir, 'full.db'));
    const u = 'u-full';
    const { top, bottom, shoes } = await wardrobe(store, u);
    disk!.fill();
    try {
      const g = garmentFor(u);
      await expect(store.garments.create(g)).rejects.toThrow(FULL);
      expect(await store.garments.get(u, g._id)).toBeNull();

      await expect(store.garments.update(u, top._id, { color: 'rojo' })).rejects.toThrow(FULL);
      await expect(store.garments.setOcasion(u, top._id, ['fiesta'])).rejects.toThrow(FULL);
      await expect(
        store.garments.markWorn(u, [top._id], '2026-01-01T00:00:00.000Z'),
      ).rejects.toThrow(FULL);
      const o = outfitFor(u, {
        superior_id: top._id,
        inferior_id: bottom._id,
        zapatos_id: shoes._id,
      });
      await expect(store.outfits.create(o)).rejects.toThrow(FULL);
      await expect(
        store.profiles.update(u, { estilo: 'elegante' }, PROFILE_DEFAULTS),
      ).rejects.toThrow(FULL);
      await expect(store.garments.delete(u, bottom._id)).rejects.toThrow(FULL);

      // Reads still work and show the state before the failed writes.
      expect(await store.garments.get(u, top._id)).toEqual(top);
      expect((await store.garments.list(u)).map((x) => x._id).sort()).toEqual(
        [top._id, bottom._id, shoes._id].sort(),
      );
      expect(await store.outfits.get(u, o._id)).toBeNull();
      expect(await store.profiles.get(u)).toBeNull();
    } finally {
      disk!.free();
    }
    // With space again, writes work again on the same connection.
    expect((await store.garments.update(u, top._id, { color: 'rojo' }))?.color).toBe('rojo');
    await store.close();
  });
});

describe('SQLite store when the database may not grow (max_page_count)', () => {
  it('raises SQLITE_FULL on a garment insert or growing update, and changes nothing', async () => {
    const dir = (await import('node:fs')).mkdtempSync(
      join((await import('node:os')).tmpdir(), 'fashion-maxpage-'),
    );
    const store = createSqliteStore(join(dir, 'capped.db'));
    const u = 'u-capped';
    const g = await store.garments.create(garmentFor(u, { ocasion: ['casual'] }));
    fillSqlitePage(store.connection);

    const next = garmentFor(u);
    await expect(store.garments.create(next)).rejects.toThrow(FULL);
    await expect(
      store.garments.update(u, g._id, { color: 'multicolor', clase_nombre: 'Longsleeve' }),
    ).rejects.toThrow(FULL);
    await expect(store.garments.setOcasion(u, g._id, ['casual', 'fiesta'])).rejects.toThrow(FULL);
    expect(await store.garments.list(u)).toEqual([g]);
    await store.close();
    (await import('node:fs')).rmSync(dir, { recursive: true, force: true });
  });
});
