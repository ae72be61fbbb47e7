/** The insights screen against the FakeApi (which computes them with core's computeInsights). */
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Wear } from '@fashion/core';
import { renderApp } from './render.tsx';
import { FakeApi, fakeId, garment } from './fake-api.ts';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const wear = (fecha: string, prenda_ids: string[]): Wear => ({
  _id: fakeId(),
  userId: 'anonymous',
  fecha,
  prenda_ids,
  creado: `${fecha}T08:00:00.000Z`,
});

function wardrobe(): FakeApi {
  const api = new FakeApi();
  const shirt = garment('Shirt', { color: 'azul', precio: 40 });
  const pants = garment('Pants', { color: 'negro', precio: 90 });
  const shoes = garment('Shoes', { color: 'negro' });
  const hat = garment('Hat', { color: 'gris', precio: 12.5 });
  api.garments = [shirt, pants, shoes, hat];
  api.wears = [
    wear(daysAgo(2), [shirt._id, pants._id]),
    wear(daysAgo(5), [shirt._id, shoes._id]),
    wear(daysAgo(9), [shirt._id]),
    wear(daysAgo(200), [hat._id]),
  ];
  return api;
}

describe('insights screen', () => {
  it('is reached from the wardrobe header', async () => {
    renderApp('/wardrobe', wardrobe());
    await screen.findByRole('heading', { name: 'Wardrobe', level: 1 });
    await userEvent.click(screen.getByRole('link', { name: 'Insights' }));
    expect(window.location.pathname).toBe('/insights');
    expect(await screen.findByRole('heading', { name: 'Insights', level: 1 })).toBeVisible();
  });

  it('shows the figures, most and least worn, idle garments and cost per wear in the person’s currency', async () => {
    const api = wardrobe();
    api.profile = { ...api.profile, moneda: 'USD' };
    const [shirt, pants, , hat] = api.garments;
    renderApp('/insights', api);
    const figures = await screen.findAllByTestId('insight-figure');
    expect(figures.map((f) => f.textContent)).toEqual([
      'Garments4',
      'Wears logged4',
      'Wardrobe valueUS$142.503 of 4 garments have a price',
      'Not worn in 90 days11 of 4 garments',
    ]);
    const most = within(screen.getByTestId('most-worn')).getAllByRole('link');
    expect(most[0]).toHaveAttribute('href', `/garments/${shirt!._id}`);
    expect(most[0]).toHaveTextContent('Shirt · Blue');
    expect(most[0]).toHaveTextContent('3 wears');
    // The hat's wear is 200 days old: it waits (en-GB writes dollars US$).
    const idle = within(screen.getByTestId('idle')).getAllByRole('link');
    expect(idle.map((a) => a.getAttribute('href'))).toEqual([`/garments/${hat!._id}`]);
    // Cheapest per wear first: shirt 40/3, hat 12.5/1, pants 90/1.
    const cost = within(screen.getByTestId('cost-per-wear')).getAllByRole('link');
    expect(cost.map((a) => a.getAttribute('href'))).toEqual([
      `/garments/${hat!._id}`,
      `/garments/${shirt!._id}`,
      `/garments/${pants!._id}`,
    ]);
    expect(cost[1]).toHaveTextContent('US$13.33 per wear');
    expect(cost[1]).toHaveTextContent('US$40.00 · 3 wears');
    // Colour and type mix.
    const colors = within(screen.getByTestId('by-color')).getAllByRole('listitem');
    expect(colors[0]).toHaveTextContent('Black2');
    expect(within(screen.getByTestId('wears-per-month')).getAllByRole('listitem')).toHaveLength(12);
  });

  it('speaks Spanish, with euros written the Spanish way', async () => {
    const api = wardrobe();
    renderApp('/insights', api, 'es');
    expect(await screen.findByRole('heading', { name: 'Estadísticas', level: 1 })).toBeVisible();
    const figures = await screen.findAllByTestId('insight-figure');
    expect(figures[2]).toHaveTextContent('142,50 €');
    expect(screen.getByRole('heading', { name: 'Coste por uso' })).toBeVisible();
    expect(within(screen.getByTestId('most-worn')).getAllByRole('link')[0]).toHaveTextContent(
      '3 usos',
    );
  });

  it('lists what the suggestions show and is not worn, most suggested first, in both languages', async () => {
    const api = wardrobe();
    const [shirt, pants, , hat] = api.garments;
    const ago = (n: number) => `${daysAgo(n)}T09:00:00.000Z`;
    api.suggestions = [
      // The hat, worn 200 days ago, suggested 6 times since 30 days ago.
      { prenda_id: hat!._id, veces: 6, primera: ago(30), ultima: ago(1) },
      // The pants were worn 2 days ago, after their first suggestion: not listed.
      { prenda_id: pants!._id, veces: 9, primera: ago(20), ultima: ago(1) },
      // The shirt was worn 2 days ago, before it was first suggested (yesterday).
      { prenda_id: shirt!._id, veces: 1, primera: ago(1), ultima: ago(1) },
    ];
    const { unmount } = renderApp('/insights', api);
    const list = await screen.findByTestId('suggested-not-worn');
    const rows = within(list).getAllByRole('link');
    expect(rows.map((a) => a.getAttribute('href'))).toEqual([
      `/garments/${hat!._id}`,
      `/garments/${shirt!._id}`,
    ]);
    expect(rows[0]).toHaveTextContent(/Suggested 6 times since .*, last worn /);
    expect(rows[0]).toHaveTextContent('6×');
    expect(rows[1]).toHaveTextContent(/Suggested once since /);
    unmount();

    renderApp('/insights', api, 'es');
    const es = within(await screen.findByTestId('suggested-not-worn')).getAllByRole('link');
    expect(es[0]).toHaveTextContent(/Sugerida 6 veces desde el .*, última vez /);
    expect(screen.getByRole('heading', { name: 'Sugeridas, sin usar' })).toBeVisible();
  });

  it('says so when every suggestion was worn', async () => {
    renderApp('/insights', wardrobe());
    expect(
      await screen.findByText('Everything the suggestions showed you has been worn since.'),
    ).toBeVisible();
  });

  it('a new wardrobe gets an empty state that leads to adding garments', async () => {
    renderApp('/insights');
    expect(await screen.findByRole('heading', { name: 'Nothing to learn yet' })).toBeVisible();
    await userEvent.click(screen.getByRole('link', { name: 'Add garments' }));
    expect(window.location.pathname).toBe('/add');
  });
});
