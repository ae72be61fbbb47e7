import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './render.tsx';
import { FakeApi, garment } from './fake-api.ts';
import type { ApiRequest } from '../src/api/transport.ts';

function wardrobe(): FakeApi {
  const api = new FakeApi();
  api.garments = [
    garment('T-shirt', { color: 'blanco' }),
    garment('Shirt', { color: 'azul' }),
    garment('Longsleeve', { color: 'gris' }),
    garment('Pants', { color: 'negro' }),
    garment('Skirt', { color: 'beige' }),
    garment('Shoes', { color: 'marrón' }),
  ];
  return api;
}

describe('outfits', () => {
  it('starts from the saved preferences, recommends, shows 3 more excluding the shown ones, saves', async () => {
    const api = wardrobe();
    api.profile = { ...api.profile, ocasion: 'trabajo', estilo: 'elegante', colores: ['azul'] };
    renderApp('/outfits', api);
    // Folded into one line until opened.
    expect(await screen.findByTestId('prefs-summary')).toHaveTextContent('Work · Elegant · Blue');
    expect(screen.queryByRole('radio', { name: 'Work' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: /Change preferences/ }));
    const form = screen.getByRole('group', { name: 'Preferences' });
    expect(within(form).getByRole('radio', { name: 'Work' })).toBeChecked();
    expect(within(form).getByRole('radio', { name: 'Elegant' })).toBeChecked();
    expect(within(form).getByRole('button', { name: 'Blue' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await userEvent.click(within(form).getByRole('switch', { name: 'Consider the weather' }));
    await userEvent.click(within(form).getByRole('switch', { name: 'Rain' }));
    expect(screen.getByTestId('prefs-summary')).toHaveTextContent('18 °C, Rain');
    await userEvent.click(screen.getByRole('button', { name: 'Suggest outfits' }));

    const cards = await screen.findAllByTestId('outfit-card');
    expect(cards).toHaveLength(3);
    const q = api.requests('GET', '/api/outfits/recommend')[0]!.query;
    expect(Object.fromEntries(q)).toMatchObject({
      ocasion: 'trabajo',
      estilo: 'elegante',
      colores: '["azul"]',
      rain: 'true',
      temperature: '18',
      limit: '3',
    });
    expect(q.has('exclude')).toBe(false);
    expect(within(cards[0]!).getByLabelText('Score 90 out of 100')).toBeInTheDocument();
    // Reasons worded in English from their codes; an unknown code keeps the server's words.
    expect(
      within(cards[0]!).getByText('All neutral tones (black and white): they go together safely.'),
    ).toBeInTheDocument();
    expect(within(cards[0]!).getByText('Pieces suited to work.')).toBeInTheDocument();
    expect(
      within(cards[0]!).getByText('Una nota que la interfaz aún no conoce.'),
    ).toBeInTheDocument();
    // Caveats apart from the reasons, in plain words.
    const caveats = within(cards[0]!).getByRole('region', { name: 'Keep in mind' });
    expect(
      within(caveats).getByText(
        'Confirm what the white t-shirt is in your wardrobe: until then it counts for less.',
      ),
    ).toBeInTheDocument();
    const reasons = within(cards[0]!).getByRole('region', { name: 'Why this works' });
    expect(within(reasons).queryByText(/Confirm what/)).toBeNull();
    expect(within(cards[0]!).getAllByRole('img')).toHaveLength(3);
    expect(
      within(cards[0]!).getByRole('img', { name: /^Top: T-shirt · White$/ }),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Show 3 more' }));
    expect(await screen.findAllByTestId('outfit-card')).toHaveLength(6);
    const second = api.requests('GET', '/api/outfits/recommend')[1]!.query;
    expect(JSON.parse(second.get('exclude')!)).toHaveLength(3);

    await userEvent.click(within(cards[1]!).getByRole('button', { name: 'Save outfit' }));
    expect(await within(cards[1]!).findByRole('link', { name: 'Saved' })).toBeInTheDocument();
    expect(api.outfits).toHaveLength(1);
    expect(api.outfits[0]).toMatchObject({ ocasion: 'trabajo', puntuacion: 89 });
    // Kept as codes, so the saved outfit reads in whatever language the app is in later.
    expect(api.outfits[0]!.razones).toEqual([
      { code: 'color.neutros', kind: 'reason', params: { colores: 'negro,blanco' } },
      { code: 'ocasion.adecuada', kind: 'reason', params: { ocasion: 'trabajo' } },
      {
        code: 'confianza.dudosa',
        kind: 'caveat',
        params: { prenda: 'T-shirt', color: 'blanco', prendas: 1 },
      },
    ]);
    expect(api.outfits[0]!.explicaciones).toEqual([
      'Todo en tonos neutros (negro y blanco): combinan sin riesgo.',
      'Prendas adecuadas para el trabajo.',
    ]);
    expect(screen.getByText('Outfit saved.')).toBeInTheDocument();

    // 6 combinations exist (3 tops × 2 bottoms × 1 shoes): the next page is empty.
    await userEvent.click(screen.getByRole('button', { name: 'Show 3 more' }));
    expect(await screen.findByText(/No more outfits to suggest/)).toBeInTheDocument();
  });

  it('says what the wardrobe lacks when no outfit can be made', async () => {
    const api = new FakeApi();
    api.garments = [garment('T-shirt')];
    renderApp('/outfits', api);
    await userEvent.click(await screen.findByRole('button', { name: 'Suggest outfits' }));
    expect(
      await screen.findByRole('heading', { name: 'Your wardrobe can’t make an outfit yet' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('To start, add a bottom (trousers, shorts or skirt); shoes.'),
    ).toBeInTheDocument();
  });

  it('remembers the preferences as defaults on request', async () => {
    const api = wardrobe();
    renderApp('/outfits', api);
    await userEvent.click(await screen.findByRole('button', { name: /Change preferences/ }));
    const form = screen.getByRole('group', { name: 'Preferences' });
    await userEvent.click(within(form).getByRole('radio', { name: 'Party' }));
    await userEvent.click(within(form).getByRole('switch', { name: 'Outer layer' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Remember as my defaults' }));
    expect(await screen.findByText('Preferences saved.')).toBeInTheDocument();
    expect(api.profile).toMatchObject({ ocasion: 'fiesta', incluirAbrigo: true });
  });

  it('shows the outfits best first even when the server does not sort them', async () => {
    const api = wardrobe();
    const scores = [73, 82, 81];
    const original = api.transport;
    // The fake answers best first: reorder its scores as an unsorting server would.
    renderApp('/outfits', {
      transport: async (req: ApiRequest, headers: Record<string, string>) => {
        const res = await original(req, headers);
        if (req.path.startsWith('/api/outfits/recommend')) {
          const body = res.body as { outfits: { puntuacion: number }[] };
          body.outfits.forEach((o, i) => (o.puntuacion = scores[i] ?? 10));
        }
        return res;
      },
    } as unknown as FakeApi);
    await userEvent.click(await screen.findByRole('button', { name: 'Suggest outfits' }));
    const cards = await screen.findAllByTestId('outfit-card');
    expect(cards.map((c) => within(c).getByTestId('score').textContent)).toEqual([
      '82',
      '81',
      '73',
    ]);
  });
});
