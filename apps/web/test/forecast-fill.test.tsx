/**
 * The outfits screen fills temperature and rain from the forecast of the saved city; a provider
 * that is down leaves the manual inputs and says so (EN and ES).
 */
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './render.tsx';
import { FakeApi, garment } from './fake-api.ts';

function wardrobe(weather: 'ok' | 'down'): FakeApi {
  const api = new FakeApi();
  api.garments = [garment('T-shirt'), garment('Pants'), garment('Shoes')];
  api.profile = { ...api.profile, ciudad: { name: 'Oslo', lat: 59.91, lon: 10.75 } };
  api.intercept = (req) => {
    if (!req.path.startsWith('/api/weather')) return undefined;
    return weather === 'ok'
      ? {
          status: 200,
          body: { date: '2026-12-06', temperature: 3, rain: true, source: 'forecast' },
        }
      : { status: 503, body: { error: 'provider down', code: 'forecast_unavailable' } };
  };
  return api;
}

async function openWeather() {
  await userEvent.click(await screen.findByRole('button', { name: /Change preferences|Cambiar/ }));
  const form = screen.getByRole('group', { name: /Preferences|Preferencias/ });
  await userEvent.click(within(form).getByRole('switch', { name: /Consider the weather|tiempo/i }));
  return form;
}

describe('forecast on the outfits screen', () => {
  it('fills temperature and rain from the saved city, and the person can still change them', async () => {
    const api = wardrobe('ok');
    renderApp('/outfits', api);
    const form = await openWeather();
    await userEvent.click(within(form).getByRole('switch', { name: 'Use the forecast' }));
    expect(await within(form).findByText(/Forecast: 3 °C, rain likely/)).toBeInTheDocument();
    expect(within(form).getByText('Forecast for Oslo')).toBeInTheDocument();
    const q = api.requests('GET', '/api/weather')[0]!.query;
    expect(q.get('lat')).toBe('59.91');
    expect(within(form).getByRole('switch', { name: 'Rain' })).toBeChecked();
    expect(screen.getByTestId('prefs-summary')).toHaveTextContent('3 °C, Rain');
    await userEvent.click(within(form).getByRole('switch', { name: 'Rain' }));
    expect(screen.getByTestId('prefs-summary')).not.toHaveTextContent('Rain');
  });

  it('a provider that is down: says so in Spanish and keeps the manual inputs', async () => {
    renderApp('/outfits', wardrobe('down'), 'es');
    const form = await openWeather();
    await userEvent.click(within(form).getByRole('switch', { name: 'Usar el pronóstico' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'El pronóstico no está disponible ahora',
    );
    expect(within(form).getByRole('slider')).toBeInTheDocument();
  });

  it('Settings: search a city and save it to the profile', async () => {
    const api = wardrobe('ok');
    const base = api.intercept!;
    api.intercept = (req) =>
      req.path.startsWith('/api/geocode')
        ? {
            status: 200,
            body: { results: [{ name: 'Lisbon', lat: 38.72, lon: -9.13, country: 'Portugal' }] },
          }
        : base(req);
    renderApp('/settings', api);
    expect(await screen.findByTestId('saved-city')).toHaveTextContent('Saved: Oslo');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search a city' }), 'Lis');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Choose Lisbon, Portugal' }));
    expect(await screen.findByText('Saved: Lisbon')).toBeInTheDocument();
    const put = api.requests('PUT', '/api/me/preferences')[0]!;
    expect(put.body).toEqual({ ciudad: { name: 'Lisbon', lat: 38.72, lon: -9.13 } });
  });
});
