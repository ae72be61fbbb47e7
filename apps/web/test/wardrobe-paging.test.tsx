/** 5,000-garment wardrobes: the list comes by cursor pages and the grid renders only what is near. */
import { describe, expect, it } from 'vitest';
import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './render.tsx';
import { FakeApi, garment } from './fake-api.ts';
import { pageOf } from '../src/api/garment-pages.ts';

// A loaded machine answers slowly: wait longer than the default second (no timing is asserted).
configure({ asyncUtilTimeout: 10_000 });

/** A server answering GET /api/prendas?limit=&cursor= with `{items, next}` (the API's page). */
function pagedApi(n: number) {
  const api = new FakeApi();
  api.garments = Array.from({ length: n }, (_, i) =>
    garment(i % 2 ? 'Shirt' : 'Pants', { color: i === n - 1 ? 'rojo' : 'azul' }),
  );
  api.intercept = (req) => {
    const url = new URL(req.path, 'http://api.test');
    if (req.method !== 'GET' || url.pathname !== '/api/prendas') return undefined;
    const limit = Number(url.searchParams.get('limit'));
    const from = Number(url.searchParams.get('cursor') ?? 0);
    const prendas = api.garments.slice(from, from + limit);
    const next = from + limit < api.garments.length ? String(from + limit) : null;
    return { status: 200, body: { items: prendas, next } };
  };
  return api;
}

// Generous limits: the machine may be loaded; nothing here measures time.
describe('wardrobe paging and virtual grid', { timeout: 30_000 }, () => {
  it('reads a bare list as one page and a wrapped one with its cursor', () => {
    expect(pageOf([garment('Shirt')]).next).toBeUndefined();
    expect(pageOf({ items: [], next: 'abc' })).toEqual({ items: [], next: 'abc' });
    expect(pageOf({ items: [garment('Shirt')], next: null }).next).toBeUndefined();
  });

  it('shows the first page without rendering every garment, and fetches the rest to filter', async () => {
    const api = pagedApi(450);
    renderApp('/wardrobe', api);
    await screen.findByRole('list', { name: 'Wardrobe' });
    const cards = screen.getAllByTestId('garment-card');
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.length).toBeLessThan(100);
    const first = api.requests('GET', '/api/prendas');
    expect(first[0]!.query.get('limit')).toBe('200');
    expect(first[0]!.query.get('cursor')).toBeNull();

    // The one red garment is on the last page: a search here needs every page.
    await userEvent.type(screen.getByRole('searchbox'), 'red');
    await waitFor(() => expect(screen.getAllByTestId('garment-card')).toHaveLength(1), {
      timeout: 10_000,
    });
    const cursors = api.requests('GET', '/api/prendas').map((r) => r.query.get('cursor'));
    expect(cursors).toEqual([null, '200', '400']);
  });
});
