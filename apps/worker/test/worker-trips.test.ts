/** Trips through the Worker entry: its D1 store wiring serves /api/viajes (plan by hand, check-off). */
import { describe, expect, it } from 'vitest';
import { call, fixture, json, upload } from './helpers.ts';

describe('Worker trips (workerd, D1)', () => {
  it('creates a trip, plans it with manual temperatures and keeps an item checked', async () => {
    for (const [file, clase] of [
      ['shirt-1.jpg', 'Shirt'],
      ['outwear-2.jpg', 'Pants'],
      ['shirt-1.png', 'Shoes'],
    ] as const) {
      const res = await call(
        '/api/prendas/upload',
        upload(fixture(file), { clase_nombre: clase, color: 'negro' }),
      );
      expect(res.status).toBe(201);
    }
    const made = await call(
      '/api/viajes',
      json('POST', {
        destino: { name: 'Lisboa', lat: 38.72, lon: -9.14 },
        desde: '2030-06-01',
        hasta: '2030-06-02',
      }),
    );
    expect(made.status).toBe(201);
    const { _id } = (await made.json()) as { _id: string };
    const manual = ['2030-06-01', '2030-06-02'].map((fecha) => ({ fecha, temperatura: 22 }));
    const planned = await call(`/api/viajes/${_id}/planificar`, json('POST', { manual }));
    expect(planned.status).toBe(200);
    const trip = (await planned.json()) as { plan: { packingList: Record<string, string[]> } };
    const first = Object.values(trip.plan.packingList).flat()[0]!;
    const check = await call(
      `/api/viajes/${_id}/lista`,
      json('PATCH', { prenda_id: first, marcado: true }),
    );
    expect(check.status).toBe(200);
    const read = (await (await call(`/api/viajes/${_id}`)).json()) as { marcados: string[] };
    expect(read.marcados).toEqual([first]);
  });
});
