/**
 * The suggestion log over HTTP: the outfits the API serves (recommend, the calendar's
 * suggestions, the stylist's chat) count their garments as suggested, and GET /api/insights
 * lists what was suggested and not worn since. A failed write never fails the answer.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Store } from '../src/index.ts';
import { call, upload } from './helpers/client.ts';
import { startTestServer } from './helpers/server.ts';

type Row = { id: string; veces: number; primera: string; ultima: string; last_worn?: string };

async function suggested(base: string): Promise<Record<string, Row>> {
  const r = await call(base, 'GET', '/api/insights');
  expect(r.status).toBe(200);
  return Object.fromEntries((r.body.suggested_not_worn as Row[]).map((x) => [x.id, x]));
}

async function wardrobe(base: string, items: [string, string, string][]): Promise<string[]> {
  const ids: string[] = [];
  for (const [name, clase_nombre, color] of items) {
    const res = await upload(base, name, { clase_nombre, color, ocasion: 'casual' });
    expect(res.status).toBe(201);
    ids.push(res.body._id);
  }
  return ids;
}

const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe('suggestion log → "suggested, never worn"', () => {
  it('counts served outfits, once per repeat, and forgets what was worn', async () => {
    const s = await startTestServer();
    try {
      // One top, one bottom, one pair of shoes: every outfit is these three.
      const [top, pants, shoes] = await wardrobe(s.url, [
        ['shirt-1.jpg', 'Shirt', 'azul'],
        ['pants-1.jpg', 'Pants', 'negro'],
        ['shoes-1.jpg', 'Shoes', 'negro'],
      ]);
      expect(await suggested(s.url)).toEqual({});

      const rec = await call(s.url, 'GET', '/api/outfits/recommend');
      expect(rec.status).toBe(200);
      expect(rec.body.length).toBeGreaterThan(0);
      await vi.waitFor(async () => expect(Object.keys(await suggested(s.url))).toHaveLength(3));
      const first = await suggested(s.url);
      expect(first[top!]).toMatchObject({ veces: 1 });
      expect(first[top!]!.primera).toBe(first[top!]!.ultima);
      expect(first[top!]!.last_worn).toBeUndefined();

      // The same outfit again (a refresh, the calendar, the stylist): not counted again.
      expect((await call(s.url, 'GET', '/api/outfits/recommend')).status).toBe(200);
      expect((await call(s.url, 'GET', `/api/planes/sugerencias?fecha=${day(2)}`)).status).toBe(
        200,
      );
      // A different set of garments counts: a second pair of trousers joins the outfits.
      const [pants2] = await wardrobe(s.url, [['pants-2.jpg', 'Pants', 'gris']]);
      const withTee = await call(s.url, 'GET', `/api/planes/sugerencias?fecha=${day(2)}&limit=5`);
      expect(withTee.status).toBe(200);
      const served = new Set<string>(
        withTee.body.flatMap((o: { prendas: Record<string, { _id: string }> }) =>
          Object.values(o.prendas).map((g) => g._id),
        ),
      );
      expect(served.has(pants2!)).toBe(true);
      await vi.waitFor(async () => expect((await suggested(s.url))[pants2!]?.veces).toBe(1));
      // 2, not 3 or 4: the two repeats above wrote nothing.
      expect((await suggested(s.url))[top!]?.veces).toBe(2);

      // The stylist's pick counts too (its outfit is the recommender's): a third count.
      const chat = await call(s.url, 'POST', '/api/chat', {
        json: { messages: [{ role: 'user', content: 'What should I wear today?' }] },
      });
      expect(chat.status).toBe(200);
      expect(chat.body.outfit).toBeDefined();
      const chatIds = Object.values(chat.body.outfit.prendas as Record<string, { _id: string }>)
        .map((g) => g._id)
        .sort();
      if (chatIds.join() !== [...served].sort().join()) {
        await vi.waitFor(async () => expect((await suggested(s.url))[shoes!]?.veces).toBe(3));
      }

      // Wearing the top and the pants today takes them off the list; the shoes stay.
      const worn = await call(s.url, 'POST', '/api/usos', {
        json: { fecha: day(0), prenda_ids: [top, pants] },
      });
      expect(worn.status).toBe(201);
      const after = await suggested(s.url);
      expect(after[top!]).toBeUndefined();
      expect(after[pants!]).toBeUndefined();
      expect(after[shoes!]).toBeDefined();
      expect(after[pants2!]).toBeDefined();

      // Deleting a garment drops its counts.
      expect((await call(s.url, 'DELETE', `/api/prendas/${shoes}`)).status).toBe(200);
      expect((await s.store.suggestions.list('anonymous')).map((r) => r.prenda_id)).not.toContain(
        shoes,
      );
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  }, 60_000);

  it('answers the outfits when the suggestion write fails, and logs the failure', async () => {
    const failure = new Error('disk on fire');
    const s = await startTestServer({
      wrapStore: (store: Store) => ({
        ...store,
        suggestions: {
          list: (u) => store.suggestions.list(u),
          record: async () => {
            throw failure;
          },
        },
      }),
    });
    try {
      await wardrobe(s.url, [
        ['shirt-1.jpg', 'Shirt', 'azul'],
        ['pants-1.jpg', 'Pants', 'negro'],
        ['shoes-1.jpg', 'Shoes', 'negro'],
      ]);
      const rec = await call(s.url, 'GET', '/api/outfits/recommend');
      expect(rec.status).toBe(200);
      expect(rec.body.length).toBeGreaterThan(0);
      await vi.waitFor(() => expect(s.errors).toEqual([failure]));
      expect(await suggested(s.url)).toEqual({});
    } finally {
      await s.close();
    }
  }, 60_000);
});
