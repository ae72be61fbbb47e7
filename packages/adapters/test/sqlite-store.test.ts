import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../src/sqlite/index.ts';
import { describeWearStoreContract } from './wear-store-contract.ts';
import { describeTripStoreContract } from './trip-store-contract.ts';
import { describeStoreContract, garmentFor, outfitFor } from './store-contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'fashion-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeStoreContract('sqlite', () => createSqliteStore(join(dir, 'contract.db')));
describeWearStoreContract('sqlite', () => createSqliteStore(join(dir, 'wears.db')));
describeTripStoreContract('sqlite', () => createSqliteStore(join(dir, 'trips.db')));

describe('SQLite specifics', () => {
  it('creates the file with WAL, foreign keys on, and migrates idempotently', async () => {
    const path = join(dir, 'specifics.db');
    const store = createSqliteStore(path);
    const g = await store.garments.create(garmentFor('u1'));
    await store.close();

    // Reopening runs the migrator again without harm and keeps the data.
    const again = createSqliteStore(path);
    expect(await again.garments.get('u1', g._id)).toEqual(g);
    await again.close();

    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = raw
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual(expect.arrayContaining(['garments', 'outfits', 'profiles']));
    raw.close();
  });

  it('cascades garment deletes to outfits in the database itself', async () => {
    const path = join(dir, 'cascade.db');
    const store = createSqliteStore(path);
    const top = await store.garments.create(garmentFor('u1'));
    const bottom = await store.garments.create(
      garmentFor('u1', { tipo: 'inferior', clase_nombre: 'Pants' }),
    );
    const shoes = await store.garments.create(
      garmentFor('u1', { tipo: 'zapatos', clase_nombre: 'Shoes' }),
    );
    const o = await store.outfits.create(
      outfitFor('u1', { superior_id: top._id, inferior_id: bottom._id, zapatos_id: shoes._id }),
    );
    await store.close();

    // Another writer (e.g. a maintenance script) deleting with plain SQL still cannot orphan it.
    const raw = new Database(path);
    raw.pragma('foreign_keys = ON');
    raw.prepare('DELETE FROM garments WHERE id = ?').run(bottom._id);
    expect(raw.prepare('SELECT count(*) FROM outfits WHERE id = ?').pluck().get(o._id)).toBe(0);
    // And an outfit cannot reference a garment that does not exist.
    expect(() =>
      raw
        .prepare(
          "INSERT INTO outfits (id, user_id, zapatos_id, puntuacion, fecha_creacion) VALUES ('x', 'u1', 'missing', 0, '2024')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    raw.close();
  });
});

describe('SQLite list cache', () => {
  it('always reflects writes, from this store and from other connections', async () => {
    const path = join(dir, 'cache.db');
    const store = createSqliteStore(path);
    const g = await store.garments.create(garmentFor('u1'));
    const first = await store.garments.list('u1');
    expect(await store.garments.list('u1')).toBe(first); // cached: the same array
    expect(() => (first as unknown[]).push(1)).toThrow(TypeError); // and shared, so frozen

    await store.garments.update('u1', g._id, { color: 'rojo' });
    expect((await store.garments.list('u1'))[0]?.color).toBe('rojo');
    await store.garments.setOcasion('u1', g._id, ['fiesta']);
    expect((await store.garments.list('u1'))[0]?.ocasion).toEqual(['fiesta']);
    expect(await store.garments.list('u1', { tipo: 'superior' })).toHaveLength(1);
    await store.garments.delete('u1', g._id);
    expect(await store.garments.list('u1')).toEqual([]);
    expect(await store.garments.list('u1', { tipo: 'superior' })).toEqual([]);

    // Another process writing the same file (e.g. a second server or a script).
    const other = createSqliteStore(path);
    const h = await other.garments.create(garmentFor('u1'));
    expect((await store.garments.list('u1')).map((x) => x._id)).toEqual([h._id]);
    const raw = new Database(path);
    raw.prepare("UPDATE garments SET color = 'verde' WHERE id = ?").run(h._id);
    raw.close();
    expect((await store.garments.list('u1'))[0]?.color).toBe('verde');
    await other.close();
    await store.close();
  });
});
