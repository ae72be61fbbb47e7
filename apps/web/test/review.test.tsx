/** The review screen: unconfirmed and least certain first, corrected or confirmed many at once. */
import { describe, expect, it } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './render.tsx';
import { FakeApi, garment } from './fake-api.ts';

// A loaded machine answers slowly: wait longer than the default second (no timing is asserted).
configure({ asyncUtilTimeout: 10_000 });

// Generous limits: the machine may be loaded; nothing here measures time.
describe('review screen', { timeout: 30_000 }, () => {
  it('lists the unsure first, sets a class on several, then confirms the rest in one call', async () => {
    const api = new FakeApi();
    api.garments = [
      garment('Shirt', { color: 'azul', confianza: 0.9 }),
      garment('Pants', { color: 'negro', confianza: 0.3 }),
      garment('Shoes', { color: 'marrón', confianza: 0.5 }),
      garment('Hat', { color: 'rojo', confianza: 0.8, confirmado: true }),
    ];
    const user = userEvent.setup();
    renderApp('/review', api);
    const list = await screen.findByRole('list', { name: 'Review' });
    const names = () =>
      within(list)
        .getAllByTestId('review-row')
        .map((r) => within(r).getByRole('link').textContent);
    expect(names()).toEqual(['Trousers · Black', 'Shoes · Brown', 'Shirt · Blue']);

    await user.click(screen.getByRole('checkbox', { name: 'Select Trousers · Black' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Shoes · Brown' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Garment' }), 'Skirt');
    await user.click(screen.getByRole('button', { name: 'Set garment' }));
    await waitFor(() => expect(names()).toEqual(['Shirt · Blue']));
    const calls = api.requests('POST', '/api/prendas/batch');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.body).toEqual({
      ids: [api.garments[1]!._id, api.garments[2]!._id],
      set: { clase_nombre: 'Skirt' },
    });
    expect(api.garments.map((g) => g.clase_nombre)).toEqual(['Shirt', 'Skirt', 'Skirt', 'Hat']);

    await user.click(screen.getByRole('button', { name: /Select all shown/ }));
    await user.click(screen.getByRole('button', { name: 'Confirm 1 garment' }));
    expect(
      await screen.findByText('Nothing to review: every garment is confirmed.'),
    ).toBeInTheDocument();
    expect(api.garments.every((g) => g.confirmado)).toBe(true);
    expect(api.requests('POST', '/api/prendas/batch')).toHaveLength(2);
  });
});
