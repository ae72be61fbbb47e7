/**
 * 5,000-garment wardrobes: the list comes by cursor pages, the grid renders only what is near,
 * and a filter is answered by the server (its query string), page by page, never by downloading
 * the whole wardrobe to filter it here.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MutationObserver, onlineManager } from '@tanstack/react-query';
import { renderApp } from './render.tsx';
import { FakeApi, garment } from './fake-api.ts';
import { pageOf } from '../src/api/garment-pages.ts';
import { NetworkError } from '../src/api/transport.ts';
import { offlineKeys } from '../src/api/offline-queue.ts';

// A loaded machine answers slowly: wait longer than the default second (no timing is asserted).
configure({ asyncUtilTimeout: 10_000 });

/** `n` garments, newest first; the one red garment is the oldest (on the last page). */
function bigWardrobe(n: number) {
  const api = new FakeApi();
  api.garments = Array.from({ length: n }, (_, i) =>
    garment(i % 2 ? 'Shirt' : 'Pants', { color: i === n - 1 ? 'rojo' : 'azul' }),
  );
  return api;
}

const lists = (api: FakeApi) => api.requests('GET', '/api/prendas').map((r) => r.query);

afterEach(() => onlineManager.setOnline(true));

// Generous limits: the machine may be loaded; nothing here measures time.
describe('wardrobe paging, server filters and virtual grid', { timeout: 30_000 }, () => {
  it('reads a bare list as one page and a wrapped one with its cursor and total', () => {
    expect(pageOf([garment('Shirt')]).next).toBeUndefined();
    expect(pageOf({ items: [], next: 'abc' })).toEqual({ items: [], next: 'abc' });
    expect(pageOf({ items: [garment('Shirt')], next: null, total: 7 })).toMatchObject({
      next: undefined,
      total: 7,
    });
  });

  it('asks the server for a search, once typing pauses, and never fetches the unfiltered rest', async () => {
    const api = bigWardrobe(450);
    renderApp('/wardrobe', api);
    await screen.findByRole('list', { name: 'Wardrobe' });
    const cards = screen.getAllByTestId('garment-card');
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.length).toBeLessThan(100);
    expect(lists(api)[0]!.get('limit')).toBe('200');
    expect(lists(api)[0]!.get('cursor')).toBeNull();
    // The wardrobe's size is the server's count, not the 200 loaded.
    expect(screen.getByTestId('wardrobe-count')).toHaveTextContent('450 garments');

    // The one red garment is on the third page, which the grid never loaded.
    await userEvent.type(screen.getByRole('searchbox'), 'red');
    await waitFor(() => expect(screen.getAllByTestId('garment-card')).toHaveLength(1));
    expect(screen.getByTestId('wardrobe-count')).toHaveTextContent('1 of 450 garments');
    const searched = lists(api).filter((q) => q.has('q'));
    expect(searched.at(-1)!.get('q')).toBe('red');
    expect(searched.at(-1)!.get('cursor')).toBeNull();
    // Not a request per keystroke: "r" and "re" never went out on their own.
    expect(searched.map((q) => q.get('q'))).not.toContain('r');
    // Unfiltered, only the first page was ever asked for.
    const unfiltered = lists(api).filter((q) => !q.has('q'));
    expect(unfiltered.map((q) => q.get('cursor'))).toEqual([null]);
  });

  it('sends each filter as the server’s parameter, and pages the filtered answer', async () => {
    const api = bigWardrobe(450);
    api.garments[449] = { ...api.garments[449]!, temporadas: ['invierno'], favorito: true };
    renderApp('/wardrobe', api);
    await screen.findByRole('list', { name: 'Wardrobe' });
    // Without every garment loaded the options carry no counts, and none is disabled.
    const colour = screen.getByRole('combobox', { name: 'Colour' });
    expect(screen.getByRole('option', { name: 'Red' })).not.toBeDisabled();
    await userEvent.selectOptions(colour, 'rojo');
    await waitFor(() => expect(screen.getAllByTestId('garment-card')).toHaveLength(1));
    expect(lists(api).at(-1)!.get('color')).toBe('rojo');

    await userEvent.selectOptions(colour, '');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'superior');
    await waitFor(() => expect(screen.getByTestId('wardrobe-count')).toHaveTextContent('225 of'));
    const shirts = lists(api).filter((q) => q.get('tipo') === 'superior');
    expect(shirts.map((q) => q.get('cursor'))).toEqual([null]);
    // Scrolling on through the filtered pages: e2e/wardrobe-server-filters.spec.ts (real layout).
  });

  it('searches "camisa" in Spanish through the server and finds the shirts', async () => {
    const api = bigWardrobe(30);
    renderApp('/wardrobe', api, 'es');
    await screen.findByRole('list', { name: 'Armario' });
    await userEvent.type(screen.getByRole('searchbox'), 'camisa');
    await waitFor(() => expect(screen.getAllByTestId('garment-card')).toHaveLength(15));
    expect(lists(api).at(-1)!.get('q')).toBe('camisa');
    expect(screen.getAllByTestId('garment-card').every((c) => /Camisa/.test(c.textContent!))).toBe(
      true,
    );
  });

  it('offline, filters the garments this device holds and says so', async () => {
    const api = bigWardrobe(450);
    renderApp('/wardrobe', api);
    await screen.findByRole('list', { name: 'Wardrobe' });
    onlineManager.setOnline(false);
    api.intercept = () => {
      throw new NetworkError();
    };
    // Blue shirts are among the 200 loaded; the red one is not, and cannot be found offline.
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Garment' }), 'Shirt');
    await screen.findByTestId('wardrobe-local');
    expect(screen.getByTestId('wardrobe-local')).toHaveTextContent('Offline: 100 matches');
    await waitFor(() => expect(screen.getAllByTestId('garment-card').length).toBeGreaterThan(0));
  });

  it('offline, the garments filtered on this device show the changes waiting to be sent', async () => {
    const api = new FakeApi();
    const [kept, deleted] = [garment('Shirt'), garment('Shirt')];
    api.garments = [kept, deleted, garment('Pants')];
    const { client } = renderApp('/wardrobe', api);
    await screen.findByRole('list', { name: 'Wardrobe' });
    onlineManager.setOnline(false);
    api.intercept = () => {
      throw new NetworkError();
    };
    // Deleted offline: it waits to be sent, and is no longer among the shirts.
    void new MutationObserver<unknown, Error, string>(client, {
      mutationKey: offlineKeys.deleteGarment,
    })
      .mutate(deleted._id)
      .catch(() => {});
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Garment' }), 'Shirt');
    await screen.findByTestId('wardrobe-local');
    await waitFor(() => expect(screen.getAllByTestId('garment-card')).toHaveLength(1));
  });
});
