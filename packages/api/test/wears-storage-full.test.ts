/**
 * A wear and the `ultimo_uso` it derives are one write: with the database full, logging a wear
 * answers 507 `storage_full`, and neither a wear nor a changed `ultimo_uso` remains.
 */
import { describe, expect, it } from 'vitest';
import type { SqliteStore } from '@fashion/adapters/sqlite/index.ts';
import { fillSqlitePage } from '../../adapters/test/helpers/full-disk.ts';
import { call, upload } from './helpers/client.ts';
import { startTestServer } from './helpers/server.ts';

describe('a full database and the wear log (max_page_count)', () => {
  it('logging a wear answers 507 and leaves no wear and no ultimo_uso behind', async () => {
    let store: SqliteStore | undefined;
    const s = await startTestServer({
      wrapStore: (st) => {
        store = st as SqliteStore;
        return st;
      },
    });
    try {
      const g = (await upload(s.url, 'shirt-1.jpg', { clase_nombre: 'Shirt', color: 'azul' })).body;
      const before = await call(s.url, 'GET', `/api/prendas/${g._id}`);
      expect(before.body.ultimo_uso).toBeUndefined();
      // The garments page is full: the new wear rows fit (their tables are empty), but the
      // garment cannot grow by its ultimo_uso, so the last statement of the write fails.
      fillSqlitePage(store!.connection);

      const res = await call(s.url, 'POST', '/api/usos', {
        json: { fecha: '2026-01-10', prenda_ids: [g._id] },
      });
      expect(res.status).toBe(507);
      expect(res.body.code).toBe('storage_full');

      expect((await call(s.url, 'GET', '/api/usos')).body).toEqual([]);
      const raw = store!.connection;
      expect(raw.prepare('SELECT count(*) FROM wears').pluck().get()).toBe(0);
      expect(raw.prepare('SELECT count(*) FROM wear_garments').pluck().get()).toBe(0);
      expect((await call(s.url, 'GET', `/api/prendas/${g._id}`)).body).toEqual(before.body);
    } finally {
      await s.close();
    }
  });
});
