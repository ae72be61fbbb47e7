/** Multi-select in the wardrobe: ranges, select all, one batch call, rollback, delete. */
import { describe, expect, it } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './render.tsx';
import { FakeApi, garment } from './fake-api.ts';
import {
  EMPTY_SELECTION,
  selectAll,
  selectRange,
  toggle,
} from '../src/features/wardrobe/selection.ts';

// A loaded machine answers slowly: wait longer than the default second (no timing is asserted).
configure({ asyncUtilTimeout: 10_000 });

function wardrobe() {
  const api = new FakeApi();
  api.garments = [
    garment('T-shirt', { color: 'blanco' }),
    garment('Shirt', { color: 'azul' }),
    garment('Pants', { color: 'negro' }),
    garment('Shoes', { color: 'marrón' }),
  ];
  return api;
}

describe('selection', () => {
  it('toggles, selects a range from the last click either way, and all shown', () => {
    const shown = ['a', 'b', 'c', 'd', 'e'];
    let s = toggle(EMPTY_SELECTION, 'd');
    s = selectRange(s, shown, 'b');
    expect([...s.ids].sort()).toEqual(['b', 'c', 'd']);
    s = toggle(s, 'c');
    expect([...s.ids].sort()).toEqual(['b', 'd']);
    expect([...selectAll(s, shown).ids].sort()).toEqual(shown);
  });
});

// Generous limits: the machine may be loaded; nothing here measures time.
describe('wardrobe batch edit', { timeout: 30_000 }, () => {
  it('sets occasions on a shift-click range with one batch call', async () => {
    const api = wardrobe();
    const user = userEvent.setup();
    renderApp('/wardrobe', api);
    await screen.findByRole('list', { name: 'Wardrobe' });
    await user.click(screen.getByRole('button', { name: 'Select' }));
    await user.click(screen.getByRole('button', { name: 'Select T-shirt · White' }));
    await user.keyboard('{Shift>}');
    await user.click(screen.getByRole('button', { name: 'Select Trousers · Black' }));
    await user.keyboard('{/Shift}');
    const bar = screen.getByRole('region', { name: 'Change the selected garments' });
    expect(bar).toHaveTextContent('3 selected');
    expect(screen.getByRole('button', { name: 'Select Shoes · Brown' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );

    await user.click(within(bar).getByRole('button', { name: 'Occasions' }));
    await user.click(within(bar).getByRole('button', { name: 'Party' }));
    await user.click(within(bar).getByRole('button', { name: 'Work' }));
    await user.click(within(bar).getByRole('button', { name: 'Apply to 3 garments' }));
    expect(
      await screen.findByText('3 garments updated.', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    const calls = api.requests('POST', '/api/prendas/batch');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.body).toEqual({
      ids: api.garments.slice(0, 3).map((g) => g._id),
      set: { ocasion: ['fiesta', 'trabajo'] },
    });
    expect(api.garments.map((g) => g.ocasion)).toEqual([
      ['fiesta', 'trabajo'],
      ['fiesta', 'trabajo'],
      ['fiesta', 'trabajo'],
      [],
    ]);
    expect(api.requests('PATCH', /\/api\/prendas\//)).toHaveLength(0);
  });

  it('shows the change at once and puts it back when the server refuses', async () => {
    const api = wardrobe();
    let release!: () => void;
    const user = userEvent.setup();
    renderApp('/wardrobe', api);
    await screen.findByRole('list', { name: 'Wardrobe' });
    await user.click(screen.getByRole('button', { name: 'Select' }));
    await user.click(screen.getByRole('button', { name: /Select all shown/ }));
    const bar = screen.getByRole('region', { name: 'Change the selected garments' });
    expect(bar).toHaveTextContent('4 selected');
    await user.click(within(bar).getByRole('button', { name: 'Occasions' }));
    await user.click(within(bar).getByRole('button', { name: 'Formal' }));
    api.gate = new Promise((r) => (release = r));
    api.intercept = (req) =>
      req.path === '/api/prendas/batch'
        ? { status: 400, body: { error: 'refused', code: 'VALIDATION_ERROR' } }
        : undefined;
    await user.click(within(bar).getByRole('button', { name: 'Apply to 4 garments' }));
    // Optimistic: every card says Formal before the server answers.
    const grid = screen.getByRole('list', { name: 'Wardrobe' });
    await waitFor(() => expect(within(grid).getAllByText(/Formal/)).toHaveLength(4));
    release();
    expect(await within(bar).findByText(/Nothing was changed/)).toBeInTheDocument();
    await waitFor(() => expect(within(grid).queryAllByText(/Formal/)).toHaveLength(0));
    expect(api.garments.every((g) => g.ocasion.length === 0)).toBe(true);
  });

  it('deletes the selection after a confirmation, in one call', async () => {
    const api = wardrobe();
    const user = userEvent.setup();
    renderApp('/wardrobe', api);
    await screen.findByRole('list', { name: 'Wardrobe' });
    await user.click(screen.getByRole('button', { name: 'Select' }));
    await user.click(screen.getByRole('button', { name: 'Select Shirt · Blue' }));
    await user.click(screen.getByRole('button', { name: 'Select Shoes · Brown' }));
    const bar = screen.getByRole('region', { name: 'Change the selected garments' });
    await user.click(within(bar).getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete 2 garments?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(api.garments).toHaveLength(4);
    await user.click(within(bar).getByRole('button', { name: 'Delete' }));
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }),
    );
    expect(
      await screen.findByText('2 garments deleted.', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(api.garments.map((g) => g.clase_nombre)).toEqual(['T-shirt', 'Pants']);
    expect(api.requests('POST', '/api/prendas/batch')).toHaveLength(1);
    expect(api.requests('DELETE', /\/api\/prendas\//)).toHaveLength(0);
  });

  it('adds tags to each garment’s own, as the API takes them (etiquetas_add)', async () => {
    const api = wardrobe();
    api.garments[0]!.etiquetas = ['oficina'];
    const user = userEvent.setup();
    renderApp('/wardrobe', api);
    await screen.findByRole('list', { name: 'Wardrobe' });
    await user.click(screen.getByRole('button', { name: 'Select' }));
    await user.click(screen.getByRole('button', { name: 'Select T-shirt · White' }));
    await user.click(screen.getByRole('button', { name: 'Select Shirt · Blue' }));
    const bar = screen.getByRole('region', { name: 'Change the selected garments' });
    await user.click(within(bar).getByRole('button', { name: 'Tags' }));
    await user.type(within(bar).getByRole('textbox'), 'viaje, oficina');
    await user.click(within(bar).getByRole('button', { name: 'Apply to 2 garments' }));
    expect(
      await screen.findByText('2 garments updated.', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    const calls = api.requests('POST', '/api/prendas/batch');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.body).toEqual({
      ids: api.garments.slice(0, 2).map((g) => g._id),
      set: { etiquetas_add: ['viaje', 'oficina'] },
    });
    expect(api.garments.slice(0, 2).map((g) => g.etiquetas)).toEqual([
      ['oficina', 'viaje'],
      ['viaje', 'oficina'],
    ]);
  });
});

describe('the archive view', { timeout: 30_000 }, () => {
  it('asks the server for the archived garments, and a restore brings one back to the wardrobe', async () => {
    const api = wardrobe();
    api.garments[1] = { ...api.garments[1]!, estado: 'archivada' };
    const user = userEvent.setup();
    renderApp('/wardrobe', api);
    await screen.findByRole('list', { name: 'Wardrobe' });
    expect(screen.getByTestId('wardrobe-count')).toHaveTextContent('3');
    await user.click(screen.getByRole('button', { name: 'Select' }));
    expect(screen.queryByRole('button', { name: 'Select Shirt · Blue' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Archived' }));
    await screen.findByRole('button', { name: 'Select Shirt · Blue' });
    const asked = api.requests('GET', '/api/prendas').map((r) => r.query.get('estado'));
    expect(asked).toContain('archivada');
    expect(screen.queryByRole('button', { name: 'Select T-shirt · White' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Select Shirt · Blue' }));
    const bar = screen.getByRole('region', { name: 'Change the selected garments' });
    await user.click(within(bar).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(api.garments[1]!.estado).toBe('activa'));

    await user.click(screen.getByRole('button', { name: 'Archived' }));
    await screen.findByRole('button', { name: 'Select Shirt · Blue' });
    await waitFor(() => expect(screen.getByTestId('wardrobe-count')).toHaveTextContent('4'));
  });
});
