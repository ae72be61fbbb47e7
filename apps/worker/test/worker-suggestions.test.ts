/**
 * The suggestion log on workerd (D1): outfits served by GET /api/outfits/recommend count their
 * garments (written after the answer, kept alive by waitUntil), a refresh does not count again,
 * and GET /api/insights lists what was suggested and not worn since.
 */
import { describe, expect, it, vi } from 'vitest';
import { call, json, uploadOutfitBasics } from './helpers.ts';

type Row = { id: string; veces: number; last_worn?: string };

async function suggested(): Promise<Record<string, Row>> {
  const res = await call('/api/insights');
  expect(res.status).toBe(200);
  const body = (await res.json()) as { suggested_not_worn: Row[] };
  return Object.fromEntries(body.suggested_not_worn.map((r) => [r.id, r]));
}

describe('suggested, never worn on the Worker', () => {
  it('counts the outfits served and drops what is worn or deleted', async () => {
    const ids = await uploadOutfitBasics();
    const [top, pants, shoes] = ids as [string, string, string];
    expect(await suggested()).toEqual({});

    expect((await call('/api/outfits/recommend')).status).toBe(200);
    await vi.waitFor(async () =>
      expect(Object.keys(await suggested()).sort()).toEqual([...ids].sort()),
    );
    // A refresh of the same outfits is the same suggestion.
    expect((await call('/api/outfits/recommend')).status).toBe(200);
    const rows = await suggested();
    expect(ids.map((id) => rows[id]?.veces)).toEqual([1, 1, 1]);

    const today = new Date().toISOString().slice(0, 10);
    const worn = await call('/api/usos', json('POST', { fecha: today, prenda_ids: [top] }));
    expect(worn.status).toBe(201);
    expect(Object.keys(await suggested()).sort()).toEqual([pants, shoes].sort());

    expect((await call(`/api/prendas/${shoes}`, { method: 'DELETE' })).status).toBe(200);
    expect(Object.keys(await suggested())).toEqual([pants]);
  });
});
