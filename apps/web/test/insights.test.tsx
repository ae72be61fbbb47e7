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

  it('a new wardrobe gets an empty state that leads to adding garments', async () => {
    renderApp('/insights');
    expect(await screen.findByRole('heading', { name: 'Nothing to learn yet' })).toBeVisible();
    await userEvent.click(screen.getByRole('link', { name: 'Add garments' }));
    expect(window.location.pathname).toBe('/add');
  });
});
