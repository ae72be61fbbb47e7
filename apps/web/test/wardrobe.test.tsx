import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './render.tsx';
import { FakeApi, garment } from './fake-api.ts';

describe('wardrobe screen', () => {
  it('invites the first photo when the wardrobe is empty', async () => {
    renderApp('/wardrobe');
    expect(
      await screen.findByRole('heading', { name: 'Your wardrobe is empty' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Add your first photo' }));
    expect(window.location.pathname).toBe('/add');
    // The add screen is a lazy chunk: a loaded machine takes more than the default second.
    expect(
      await screen.findByRole('heading', { name: 'Add garments', level: 1 }, { timeout: 10_000 }),
    ).toBeInTheDocument();
  });

  it('opens on / as the wardrobe', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Wardrobe', level: 1 })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/wardrobe');
  });

  it('shows thumbnails with counts, filters and search', async () => {
    const api = new FakeApi();
    api.garments = [
      garment('T-shirt', { color: 'blanco', ocasion: ['casual'] }),
      garment('Shirt', { color: 'azul', ocasion: ['trabajo'] }),
      garment('Pants', { color: 'azul' }),
      garment('Shoes', { color: 'marrón', confianza: 0.41 }),
    ];
    renderApp('/wardrobe', api);
    const grid = await screen.findByRole('list', { name: 'Wardrobe' });
    expect(within(grid).getAllByRole('link')).toHaveLength(4);
    expect(screen.getByTestId('wardrobe-count')).toHaveTextContent('4 garments');
    // Only the unsure, unconfirmed guess asks for a check.
    expect(within(grid).getAllByText('Unconfirmed')).toHaveLength(1);

    const imgs = grid.querySelectorAll('img');
    expect(imgs[0]).toHaveAttribute('loading', 'lazy');
    expect(imgs[0]).toHaveAttribute('decoding', 'async');
    expect(imgs[0]!.getAttribute('src')).toMatch(/-thumb\.jpg$/);

    // The server answers the filter: the grid follows once it has.
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Colour' }), 'azul');
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Wardrobe' })).getAllByRole('link'),
      ).toHaveLength(2),
    );
    expect(api.requests('GET', '/api/prendas').at(-1)!.query.get('color')).toBe('azul');
    expect(screen.getByTestId('wardrobe-count')).toHaveTextContent('2 of 4 garments');
    // Options count what each choice would show under the other filters.
    expect(screen.getByRole('option', { name: 'Top (1)' })).toBeInTheDocument();

    await userEvent.type(screen.getByRole('searchbox'), 'trousers');
    expect(await screen.findByText('1 of 4 garments')).toBeInTheDocument();

    await userEvent.type(screen.getByRole('searchbox'), ' gold');
    expect(await screen.findByRole('heading', { name: 'No garments match' })).toBeInTheDocument();
    await userEvent.click(screen.getAllByRole('button', { name: /Clear filters/ })[0]!);
    expect(screen.getByTestId('wardrobe-count')).toHaveTextContent('4 garments');
  });

  it('explains a server failure kindly and retries', async () => {
    const api = new FakeApi();
    api.intercept = () => ({ status: 500, body: { error: 'database is locked' } });
    renderApp('/wardrobe', api);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The server had a problem');
    expect(alert).toHaveTextContent('database is locked');
    api.intercept = null;
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('heading', { name: 'Your wardrobe is empty' }),
    ).toBeInTheDocument();
  });

  it('speaks Spanish when asked, with the wire values translated', async () => {
    const api = new FakeApi();
    api.garments = [garment('Pants', { color: 'marrón', ocasion: ['trabajo'] })];
    renderApp('/wardrobe', api, 'es');
    expect(await screen.findByRole('heading', { name: 'Armario', level: 1 })).toBeInTheDocument();
    expect(await screen.findByText('Pantalón')).toBeInTheDocument();
    expect(screen.getByText('Marrón · Trabajo')).toBeInTheDocument();
  });
});
