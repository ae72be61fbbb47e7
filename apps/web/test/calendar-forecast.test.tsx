/**
 * The calendar shows the saved city's weather beside the selected day, and the day's outfit
 * suggestions are asked for that weather; without a city it asks nothing and shows nothing.
 */
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './render.tsx';
import { FakeApi, garment } from './fake-api.ts';

function calendarApi(withCity: boolean): FakeApi {
  const api = new FakeApi();
  api.garments = [garment('T-shirt'), garment('Pants'), garment('Shoes')];
  if (withCity) api.profile = { ...api.profile, ciudad: { name: 'Oslo', lat: 59.91, lon: 10.75 } };
  api.intercept = (req) => {
    const [path, query] = req.path.split('?');
    if (path === '/api/usos' || path === '/api/planes') return { status: 200, body: [] };
    if (path === '/api/planes/sugerencias') return { status: 200, body: [] };
    if (path !== '/api/weather') return undefined;
    return {
      status: 200,
      body: {
        date: new URLSearchParams(query).get('date'),
        temperature: 4,
        temperatureMin: 1,
        temperatureMax: 7,
        rain: true,
        precipitationProbability: 80,
        precipitationMm: 3.2,
        weatherCode: 61,
        source: 'forecast',
      },
    };
  };
  return api;
}

describe('calendar forecast', () => {
  it("shows the day's weather at the saved city and dresses the suggestions for it", async () => {
    const api = calendarApi(true);
    renderApp('/calendar', api);
    expect(await screen.findByTestId('day-forecast')).toHaveTextContent('1–7 °C · rain likely');
    const asked = api.requests('GET', '/api/weather')[0]!.query;
    expect([asked.get('lat'), asked.get('lon')]).toEqual(['59.91', '10.75']);
    expect(asked.get('date')).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await userEvent.click(screen.getByRole('button', { name: 'Suggest outfits for this day' }));
    await screen.findByText('No suggestion: add more garments to your wardrobe.');
    const q = api.requests('GET', '/api/planes/sugerencias').at(-1)!.query;
    expect([q.get('temperature'), q.get('rain')]).toEqual(['4', 'true']);
  });

  it('in Spanish, without a saved city: no weather is asked and none is shown', async () => {
    const api = calendarApi(false);
    renderApp('/calendar', api, 'es');
    await screen.findByTestId('day-panel');
    await userEvent.click(screen.getByRole('button', { name: /Sugerir/ }));
    await screen.findByText('Sin sugerencias: añade más prendas a tu armario.');
    expect(api.requests('GET', '/api/weather')).toEqual([]);
    expect(screen.queryByTestId('day-forecast')).toBeNull();
    const q = api.requests('GET', '/api/planes/sugerencias').at(-1)!.query;
    expect(q.get('temperature')).toBeNull();
  });
});
