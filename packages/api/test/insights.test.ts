/** GET /api/insights over HTTP: computed from the caller's garments and what they wore. */
import { describe, expect, it } from 'vitest';
import { call, upload } from './helpers/client.ts';
import { startTestServer } from './helpers/server.ts';

describe('GET /api/insights', () => {
  it('counts the wears of a worn outfit, the idle garments and the distributions', async () => {
    const s = await startTestServer();
    try {
      const ids: string[] = [];
      for (const [name, clase, color] of [
        ['shirt-1.jpg', 'Shirt', 'azul'],
        ['pants-1.jpg', 'Pants', 'negro'],
        ['shoes-1.jpg', 'Shoes', 'negro'],
        ['hat-1.jpg', 'Hat', 'gris'],
      ] as const) {
        const res = await upload(s.url, name, { clase_nombre: clase, color });
        expect(res.status).toBe(201);
        ids.push(res.body._id);
      }
      const empty = await call(s.url, 'GET', '/api/insights');
      expect(empty.status).toBe(200);
      expect(empty.body.total_wears).toBe(0);
      expect(empty.body.not_worn_recently).toHaveLength(4);

      const saved = await call(s.url, 'POST', '/api/outfits/save', {
        json: { superior_id: ids[0], inferior_id: ids[1], zapatos_id: ids[2] },
      });
      expect((await call(s.url, 'POST', `/api/outfits/${saved.body._id}/worn`)).status).toBe(200);

      const r = await call(s.url, 'GET', '/api/insights');
      expect(r.status).toBe(200);
      expect(r.body.garments).toBe(4);
      // One wear of the log (the outfit's three garments on one day).
      expect(r.body.total_wears).toBe(1);
      expect(r.body.most_worn.map((g: { id: string }) => g.id).sort()).toEqual(
        ids.slice(0, 3).sort(),
      );
      expect(r.body.not_worn_recently).toEqual([ids[3]]);
      expect(r.body.by_color).toEqual({ azul: 1, negro: 2, gris: 1 });
      expect(r.body.by_tipo).toEqual({ superior: 1, inferior: 1, zapatos: 1, accesorio: 1 });
      expect(r.body.wardrobe_value).toEqual({ total: 0, priced: 0 });
      expect(r.body.wears_per_month.at(-1).wears).toBe(1);

      // Logged wears count one each; the hat's ultimo_uso from before the log counts once.
      const day = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
      for (const fecha of [day(1), day(2)]) {
        const res = await call(s.url, 'POST', '/api/usos', {
          json: { fecha, prenda_ids: [ids[0]] },
        });
        expect(res.status).toBe(201);
      }
      const old = new Date(Date.now() - 200 * 86_400_000).toISOString();
      await s.store.garments.markWorn('anonymous', [ids[3]!], old);
      const after = await call(s.url, 'GET', '/api/insights');
      expect(after.body.total_wears).toBe(4);
      expect(after.body.most_worn[0]).toMatchObject({ id: ids[0], wears: 3 });
      expect(after.body.least_worn.find((g: { id: string }) => g.id === ids[3])).toMatchObject({
        wears: 1,
        last: old,
      });
      expect(after.body.not_worn_recently).toEqual([ids[3]]);
    } finally {
      await s.close();
    }
  }, 60_000);
});
