/**
 * A 2xx means the data is on disk. With the metadata store full, creates and edits answer 507
 * `storage_full` naming the cause, nothing half-stored remains (no row, no image file), and reads
 * keep working.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SqliteStore } from '@fashion/adapters/sqlite/index.ts';
import { fillSqlitePage, mountSmallTmpfs } from '../../adapters/test/helpers/full-disk.ts';
import { call, upload } from './helpers/client.ts';
import { startTestServer } from './helpers/server.ts';

function expectFull(res: { status: number; body: { error?: string; code?: string } }) {
  expect(res.status).toBe(507);
  expect(res.body.code).toBe('storage_full');
  expect(res.body.error).toMatch(/SQLITE_FULL|ENOSPC/);
}

describe('a full database over HTTP (max_page_count)', () => {
  it('upload, PATCH and PUT ocasion answer 507 and store nothing; reads still work', async () => {
    let store: SqliteStore | undefined;
    const s = await startTestServer({
      wrapStore: (st) => {
        store = st as SqliteStore;
        return st;
      },
    });
    try {
      const created = await upload(s.url, 'shirt-1.jpg', {
        clase_nombre: 'Shirt',
        color: 'azul',
        ocasion: '["casual"]',
      });
      expect(created.status).toBe(201);
      const g = created.body;
      fillSqlitePage(store!.connection);
      const before = s.counts();

      expectFull(await upload(s.url, 'shirt-1.jpg'));
      expect(s.counts()).toEqual(before); // no row, and the two image files were removed again

      expectFull(
        await call(s.url, 'PATCH', `/api/prendas/${g._id}`, {
          json: { color: 'multicolor', clase_nombre: 'Longsleeve' },
        }),
      );
      expectFull(
        await call(s.url, 'PUT', `/api/prendas/${g._id}/ocasion`, {
          json: { ocasion: ['casual', 'fiesta'] },
        }),
      );
      const got = await call(s.url, 'GET', `/api/prendas/${g._id}`);
      expect(got.status).toBe(200);
      expect(got.body).toEqual(g);
      const list = await call(s.url, 'GET', '/api/prendas');
      expect(list.status).toBe(200);
      expect(list.body).toEqual([g]);
    } finally {
      await s.close();
    }
  });
});

const disk = mountSmallTmpfs();
afterAll(() => disk?.unmount());

describe.skipIf(!disk)('the SQLite file on a real full disk (tmpfs, needs root)', () => {
  it('never answers 2xx for a write that did not reach the disk', async () => {
    const s = await startTestServer({ dbPath: join(disk!.dir, 'fashion.db') });
    try {
      const created = await upload(s.url, 'shirt-1.jpg', {
        clase_nombre: 'Shirt',
        color: 'azul',
        ocasion: '["casual"]',
      });
      expect(created.status).toBe(201);
      const g = created.body;
      disk!.fill();
      const before = s.counts();

      expectFull(await upload(s.url, 'shirt-1.jpg'));
      expect(s.counts()).toEqual(before);
      expectFull(await call(s.url, 'PATCH', `/api/prendas/${g._id}`, { json: { color: 'rojo' } }));
      expectFull(
        await call(s.url, 'PUT', `/api/prendas/${g._id}/ocasion`, {
          json: { ocasion: ['fiesta'] },
        }),
      );
      expect((await call(s.url, 'GET', `/api/prendas/${g._id}`)).body).toEqual(g);
      expect((await call(s.url, 'GET', '/api/prendas')).body).toEqual([g]);
    } finally {
      disk!.free();
      await s.close();
    }
  });
});
