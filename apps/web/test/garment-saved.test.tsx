import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './render.tsx';
import type { Outfit } from '@fashion/core';
import { FakeApi, fakeId, garment } from './fake-api.ts';

describe('garment detail', () => {
  it('edits occasions and class, then deletes after an honest confirmation', async () => {
    const api = new FakeApi();
    const g = garment('Shirt', {
      color: 'azul',
      ocasion: ['casual'],
      modelo: 'vit',
      confianza: 0.83,
    });
    api.garments = [g];
    renderApp(`/garments/${g._id}`, api);
    expect(await screen.findByRole('heading', { name: 'Shirt', level: 1 })).toBeInTheDocument();
    expect(screen.getByText(/Recognised by Vision Transformer · 83 % sure/)).toBeInTheDocument();
    const big = screen.getByRole('img', { name: 'Photo of Shirt · Blue' });
    expect(big.getAttribute('src')).toBe(g.imagen_url);

    await userEvent.click(screen.getByRole('button', { name: 'Work' }));
    await waitFor(() => expect(api.garments[0]!.ocasion).toEqual(['casual', 'trabajo']));

    const save = screen.getByRole('button', { name: 'Save changes' });
    expect(save).toBeDisabled();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Garment' }), 'T-shirt');
    await userEvent.click(save);
    expect(await screen.findByRole('heading', { name: 'T-shirt', level: 1 })).toBeInTheDocument();
    expect(api.requests('PATCH', /\/api\/prendas\//)[0]!.body).toEqual({ clase_nombre: 'T-shirt' });

    await userEvent.click(screen.getByRole('button', { name: 'Delete garment' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete this garment?' });
    expect(dialog).toHaveTextContent('cannot be undone');
    expect(dialog).toHaveTextContent('saved outfit that uses this garment will be deleted too');
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(api.garments).toHaveLength(1);

    await userEvent.click(screen.getByRole('button', { name: 'Delete garment' }));
    await userEvent.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }),
    );
    expect(
      await screen.findByRole('heading', { name: 'Your wardrobe is empty' }),
    ).toBeInTheDocument();
    expect(window.location.pathname).toBe('/wardrobe');
    expect(api.garments).toHaveLength(0);
  });

  it('confirms an unconfirmed garment, and an edit of its type confirms it too', async () => {
    const api = new FakeApi();
    const a = garment('Shoes', { color: 'azul', confianza: 0.45, modelo: 'cnn' });
    const b = garment('Longsleeve', { confianza: 0.5, modelo: 'cnn' });
    api.garments = [a, b];
    renderApp(`/garments/${a._id}`, api);
    expect(await screen.findByRole('heading', { name: 'Shoes', level: 1 })).toBeInTheDocument();
    // "Blue", not "Blue · Shoes" under the title "Shoes".
    expect(screen.queryByText(/Blue · Shoes/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, confirm' }));
    expect(await screen.findByText(/Confirmed by you/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Yes, confirm' })).toBeNull();
    expect(api.garments[0]!.confirmado).toBe(true);

    window.history.pushState(null, '', `/garments/${b._id}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(
      await screen.findByRole('heading', { name: 'Long-sleeve top', level: 1 }),
    ).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'abrigo');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText(/Confirmed by you/)).toBeInTheDocument();
    expect(api.garments[1]).toMatchObject({ tipo: 'abrigo', confirmado: true });
  });

  it('suggests a warmth from the class and stores the one the person picks', async () => {
    const api = new FakeApi();
    const g = garment('Shoes', { color: 'negro' });
    api.garments = [g];
    renderApp(`/garments/${g._id}`, api);
    const warmth = await screen.findByRole('combobox', { name: 'Warmth' });
    // Shoes suggest "medium" until the person says sandals or boots.
    expect(warmth).toHaveValue('media');
    const warmthHint = /Suggested from the class: set it so the weather fit knows/;
    expect(screen.getByText(warmthHint)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeDisabled();
    await userEvent.selectOptions(warmth, 'abrigada');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(api.garments[0]!.calidez).toBe('abrigada'));
    expect(api.requests('PATCH', /\/api\/prendas\//)[0]!.body).toEqual({ calidez: 'abrigada' });
    expect(screen.queryByText(warmthHint)).toBeNull();
  });

  it("suggests seasons from the class; changing one stores the person's own", async () => {
    const api = new FakeApi();
    const g = garment('Shorts', { color: 'azul' });
    api.garments = [g];
    renderApp(`/garments/${g._id}`, api);
    const seasonsHint = /Suggested from the class: change them/;
    expect(await screen.findByText(seasonsHint)).toBeInTheDocument();
    const seasons = screen.getByRole('group', { name: 'Seasons' });
    const pressed = (name: string) =>
      within(seasons).getByRole('button', { name }).getAttribute('aria-pressed');
    // Shorts: spring and summer, until the person says otherwise.
    expect(['Spring', 'Summer', 'Autumn', 'Winter'].map(pressed)).toEqual([
      'true',
      'true',
      'false',
      'false',
    ]);
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeDisabled();
    await userEvent.click(within(seasons).getByRole('button', { name: 'Autumn' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect(api.garments[0]!.temporadas).toEqual(['primavera', 'verano', 'otoño']),
    );
  });

  it('says so when the garment does not exist', async () => {
    renderApp(`/garments/${fakeId()}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('We couldn’t find that');
  });
});

/** A fake API holding three garments and one saved outfit of them. */
function withSavedOutfit(outfit: Partial<Outfit> = {}) {
  const api = new FakeApi();
  const [top, bottom, shoes] = [garment('T-shirt'), garment('Pants'), garment('Shoes')];
  api.garments = [top, bottom, shoes];
  const saved: Outfit = {
    _id: fakeId(),
    userId: 'anonymous',
    superior_id: top._id,
    inferior_id: bottom._id,
    zapatos_id: shoes._id,
    puntuacion: 70,
    ocasion: 'casual',
    explicaciones: [],
    fecha_creacion: '2025-04-03T09:00:00.000Z',
    ...outfit,
  };
  api.outfits = [saved];
  return { api, outfit: saved, top };
}

describe('saved outfits', () => {
  it('lists, opens and deletes saved outfits', async () => {
    const { api } = withSavedOutfit({
      puntuacion: 77,
      ocasion: 'formal',
      explicaciones: ['Black goes with black'],
      fecha_creacion: '2025-04-02T09:00:00.000Z',
    });
    renderApp('/saved', api);
    const card = await screen.findByTestId('outfit-card');
    expect(within(card).getByRole('heading', { name: 'Formal · 2 Apr 2025' })).toBeInTheDocument();
    expect(within(card).getAllByRole('img')).toHaveLength(3);
    await userEvent.click(within(card).getByRole('link', { name: 'Open: Formal · 2 Apr 2025' }));
    expect(
      await screen.findByRole('heading', { name: 'Formal · 2 Apr 2025', level: 1 }),
    ).toBeInTheDocument();
    expect(screen.getByText('Black goes with black')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('link', { name: /All saved outfits/ }));
    await userEvent.click(
      await screen.findByRole('button', { name: 'Delete: Formal · 2 Apr 2025' }),
    );
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveTextContent('its garments stay in your wardrobe');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(
      await screen.findByRole('heading', { name: 'No saved outfits yet' }),
    ).toBeInTheDocument();
    expect(api.outfits).toHaveLength(0);
  });

  it('deletes a saved outfit from its own page and goes back to the list', async () => {
    const { api, outfit } = withSavedOutfit();
    renderApp(`/saved/${outfit._id}`, api);
    await screen.findByRole('heading', { name: 'Casual · 3 Apr 2025', level: 1 });
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('alertdialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(api.outfits).toHaveLength(1);

    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await userEvent.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }),
    );
    expect(await screen.findByText('Outfit deleted.')).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'No saved outfits yet' }),
    ).toBeInTheDocument();
    expect(api.outfits).toHaveLength(0);
  });

  it('words the saved reasons in the current language, caveats apart, and says when it was worn', async () => {
    const { api, outfit } = withSavedOutfit({
      explicaciones: ['Todo en tonos neutros (negro): combinan sin riesgo.'],
      razones: [
        { code: 'color.neutros', kind: 'reason', params: { colores: 'negro' } },
        { code: 'rotacion.repite', kind: 'caveat', params: { prenda: 'Pants', color: 'negro' } },
      ],
      ultimo_uso: '2025-04-05T08:00:00.000Z',
    });
    const { unmount } = renderApp(`/saved/${outfit._id}`, api);
    await screen.findByRole('heading', { name: 'Casual · 3 Apr 2025', level: 1 });
    expect(
      screen.getByText('All neutral tones (black): they go together safely.'),
    ).toBeInTheDocument();
    const caveats = screen.getByRole('region', { name: 'Keep in mind' });
    expect(
      within(caveats).getByText('Repeats the black trousers, worn lately.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Worn 5 Apr 2025/)).toBeInTheDocument();
    unmount();

    renderApp(`/saved/${outfit._id}`, api, 'es');
    await screen.findByRole('heading', { level: 1 });
    expect(
      screen.getByText('Todo en tonos neutros (negro): combinan sin riesgo.'),
    ).toBeInTheDocument();
    const avisos = screen.getByRole('region', { name: 'Ten en cuenta' });
    expect(
      within(avisos).getByText('Repite el pantalón negro, que llevaste hace poco.'),
    ).toBeInTheDocument();
  });

  it('marks a saved outfit as worn today, and the garment page says when', async () => {
    const { api, outfit, top } = withSavedOutfit();
    renderApp(`/saved/${outfit._id}`, api);
    await screen.findByRole('heading', { name: 'Casual · 3 Apr 2025', level: 1 });
    await userEvent.click(screen.getByRole('button', { name: 'I wore this today' }));
    expect(await screen.findByText(/these pieces rest for a few days/)).toBeInTheDocument();
    expect(await screen.findByText(/Worn \d+ \w+ \d{4}/)).toBeInTheDocument(); // the outfit too
    expect(api.garments.every((g) => typeof g.ultimo_uso === 'string')).toBe(true);
    // The wear log keeps the day (the local one); the toast offers Undo.
    const logged = api.requests('POST', '/api/usos');
    expect(logged).toHaveLength(1);
    expect(logged[0]!.body).toMatchObject({ outfit_id: outfit._id });
    expect((logged[0]!.body as { fecha: string }).fecha).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(logged[0]!.headers?.['Idempotency-Key']).toBeTruthy();

    renderApp(`/garments/${top._id}`, api);
    expect(await screen.findByText(/last worn/)).toBeInTheDocument();
  });

  it('“I wore this today” on a garment logs a wear, and Undo takes it back', async () => {
    const { api, top } = withSavedOutfit();
    renderApp(`/garments/${top._id}`, api);
    await userEvent.click(await screen.findByRole('button', { name: 'I wore this today' }));
    expect(await screen.findByText('Logged for today.')).toBeInTheDocument();
    expect(api.requests('POST', '/api/usos')[0]!.body).toMatchObject({ prenda_ids: [top._id] });
    expect(api.garments.find((g) => g._id === top._id)?.ultimo_uso).toBeDefined();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Wear removed.')).toBeInTheDocument();
    expect(api.requests('DELETE', /^\/api\/usos\//)).toHaveLength(1);
    expect(api.garments.find((g) => g._id === top._id)?.ultimo_uso).toBeUndefined();
  });

  it('two outfits for one occasion differ by date, and show when they were worn', async () => {
    const { api, outfit } = withSavedOutfit({ ocasion: 'fiesta' });
    api.outfits.push({
      ...outfit,
      _id: fakeId(),
      fecha_creacion: '2025-05-10T09:00:00.000Z',
      ...({ ultimo_uso: '2025-05-12T20:00:00.000Z' } as object),
    });
    // The fake's contract schema drops `ultimo_uso` (the API adds it later): answer the list as-is.
    api.intercept = (req) =>
      req.method === 'GET' && req.path === '/api/outfits'
        ? { status: 200, body: api.outfits }
        : undefined;
    renderApp('/saved', api);
    const cards = await screen.findAllByTestId('outfit-card');
    expect(cards.map((c) => within(c).getByRole('heading').textContent)).toEqual([
      'Party · 10 May 2025',
      'Party · 3 Apr 2025',
    ]);
    expect(cards[0]).toHaveTextContent('Saved 10 May 2025 · Worn 12 May 2025');
  });

  it('renames a saved outfit', async () => {
    const { api, outfit } = withSavedOutfit();
    renderApp(`/saved/${outfit._id}`, api);
    await screen.findByRole('heading', { name: 'Casual · 3 Apr 2025', level: 1 });
    await userEvent.click(screen.getByRole('button', { name: 'Rename' }));
    const name = screen.getByRole('textbox', { name: 'Name' });
    await userEvent.clear(name);
    await userEvent.type(name, 'Sunday brunch');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByRole('heading', { name: 'Sunday brunch', level: 1 }),
    ).toBeInTheDocument();
    expect(api.requests('PATCH', `/api/outfits/${outfit._id}`)[0]!.body).toEqual({
      nombre: 'Sunday brunch',
    });
    expect(api.outfits[0]!.nombre).toBe('Sunday brunch');
  });

  // Last in the file: the app remembers for the session that renaming is not offered.
  it('hides Rename when the server has no rename route (404/405)', async () => {
    const { api, outfit } = withSavedOutfit();
    api.intercept = (req) =>
      req.method === 'PATCH'
        ? { status: 405, body: { error: 'no', code: 'method_not_allowed' } }
        : undefined;
    renderApp(`/saved/${outfit._id}`, api);
    await screen.findByRole('heading', { name: 'Casual · 3 Apr 2025', level: 1 });
    await userEvent.click(screen.getByRole('button', { name: 'Rename' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Rename' })).toBeNull());
    expect(screen.queryByRole('textbox', { name: 'Name' })).toBeNull();
  });
});
