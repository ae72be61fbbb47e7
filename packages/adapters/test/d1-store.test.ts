/** The D1 store on a real local D1 (workerd via Miniflare), migrated like wrangler does. */
import { PROFILE_DEFAULTS } from '@fashion/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createD1Store } from '../src/d1/index.ts';
import { applyMigrations, startLocalCloudflare } from './helpers/local-cloudflare.ts';
import { describeWearStoreContract } from './wear-store-contract.ts';
import { describeTripStoreContract } from './trip-store-contract.ts';
import { describeStoreContract, garmentFor, outfitFor } from './store-contract.ts';

const cf = await startLocalCloudflare();
await applyMigrations(cf.d1);
afterAll(() => cf.dispose());

describeStoreContract('d1', () => createD1Store(cf.d1 as never));
describeWearStoreContract('d1', () => createD1Store(cf.d1 as never));
describeTripStoreContract('d1', () => createD1Store(cf.d1 as never));

describe('D1 specifics', () => {
  let store: ReturnType<typeof createD1Store>;
  beforeAll(() => {
    store = createD1Store(cf.d1 as never);
  });

  it('has the SQLite schema (same tables as the embedded store)', async () => {
    const { results } = await cf.d1
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all<{ name: string }>();
    expect(results.map((r) => r.name)).toEqual(
      expect.arrayContaining(['garments', 'outfits', 'profiles']),
    );
  });

  it('enforces the garment foreign keys of outfits', async () => {
    const top = await store.garments.create(garmentFor('fk-user'));
    await expect(
      store.outfits.create(
        outfitFor('fk-user', {
          superior_id: top._id,
          inferior_id: top._id,
          zapatos_id: 'f'.repeat(24),
        }),
      ),
    ).rejects.toSatisfy((e: Error) => /FOREIGN KEY/.test(`${e.message} ${String(e.cause)}`));
  });

  it('merges concurrent profile updates of different fields', async () => {
    const u = 'concurrent-user';
    await Promise.all([
      store.profiles.update(u, { estilo: 'moderno' }, PROFILE_DEFAULTS),
      store.profiles.update(u, { edad: 40 }, PROFILE_DEFAULTS),
      store.profiles.update(u, { colores: ['rojo'] }, PROFILE_DEFAULTS),
    ]);
    expect(await store.profiles.get(u)).toMatchObject({
      estilo: 'moderno',
      edad: 40,
      colores: ['rojo'],
    });
  });
});
