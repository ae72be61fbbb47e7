/**
 * The weather routes over the Open-Meteo adapter and a provider-shaped server on 127.0.0.1:
 * forecast within the horizon, climate normals beyond it, city search, the saved city in the
 * profile, and a provider that fails or hangs (503 forecast_unavailable, never a hang).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OpenMeteoForecast } from '@fashion/adapters/forecast-open-meteo/index.ts';
import {
  fakeDay,
  startFakeOpenMeteo,
  type FakeOpenMeteo,
} from '../../adapters/test/helpers/fake-open-meteo.ts';
import { call } from './helpers/client.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

let provider: FakeOpenMeteo;
let server: TestServer;
const DAY_MS = 86_400_000;
const inDays = (n: number) => new Date(Date.now() + n * DAY_MS).toISOString().slice(0, 10);

beforeAll(async () => {
  provider = await startFakeOpenMeteo();
  server = await startTestServer({
    forecast: new OpenMeteoForecast({
      forecastBaseUrl: provider.url,
      geocodingBaseUrl: provider.url,
      climateBaseUrl: provider.url,
      timeoutMs: 400,
      forecastTtlMs: 1,
      climateTtlMs: 1,
    }),
  });
});
afterAll(async () => {
  await server.close();
  await provider.close();
});
beforeEach(() => {
  provider.requests.length = 0;
  provider.behave({ kind: 'ok' });
});

describe('GET /api/weather', () => {
  it('today at coordinates: the forecast, temperature and rain for the recommender', async () => {
    const res = await call(server.url, 'GET', '/api/weather?lat=40.42&lon=-3.7');
    expect(res.status).toBe(200);
    const want = fakeDay(40.42, inDays(0));
    expect(res.body).toMatchObject({
      date: inDays(0),
      source: 'forecast',
      temperature: Math.round(want.mean),
      temperatureMax: want.max,
      rain: want.rain >= 1,
    });
    expect(provider.requests[0]).toMatch(/^\/v1\/forecast\?/);
  });

  it('a date past the 16-day horizon: the climate normals of that date', async () => {
    const date = inDays(40);
    const res = await call(server.url, 'GET', `/api/weather?lat=59.91&lon=10.75&date=${date}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ date, source: 'climate', weatherCode: null });
    expect(provider.requests[0]).toMatch(/^\/v1\/archive\?/);
  });

  it('by city: geocoded first, the place comes with the weather', async () => {
    const res = await call(server.url, 'GET', '/api/weather?city=Oslo');
    expect(res.status).toBe(200);
    expect(res.body.place).toMatchObject({ name: 'Oslo', country: 'Norway' });
    expect(res.body.temperature).toBe(Math.round(fakeDay(59.91, inDays(0)).mean));
    const unknown = await call(server.url, 'GET', '/api/weather?city=Atlantis');
    expect(unknown.status).toBe(404);
  });

  it('bad input: 400 naming the problem', async () => {
    for (const q of ['', '?lat=40', '?lat=91&lon=0', '?lat=1&lon=1&date=2026-13-40', '?x=1']) {
      const res = await call(server.url, 'GET', `/api/weather${q}`);
      expect(res.status, q).toBe(400);
    }
    expect(provider.requests).toHaveLength(0);
  });

  it('a provider answering 500 or garbage: 503 forecast_unavailable', async () => {
    provider.behave({ kind: 'status', status: 500 });
    const a = await call(server.url, 'GET', '/api/weather?lat=1&lon=1');
    expect(a.status).toBe(503);
    expect(a.body.code).toBe('forecast_unavailable');
    provider.behave({ kind: 'garbage' });
    const b = await call(server.url, 'GET', '/api/geocode?q=Madrid');
    expect(b.status).toBe(503);
    expect(b.body.code).toBe('forecast_unavailable');
  });

  it('a provider that never answers: 503 forecast_unavailable after the timeout', async () => {
    provider.behave({ kind: 'hang' });
    const res = await call(server.url, 'GET', '/api/weather?lat=2&lon=2');
    expect(res.status).toBe(503);
    expect(res.body.code).toBe('forecast_unavailable');
  });
});

describe('GET /api/geocode and the saved city', () => {
  it('lists matches; the chosen city is kept in the preferences', async () => {
    const res = await call(server.url, 'GET', '/api/geocode?q=Mad&lang=es');
    expect(res.status).toBe(200);
    expect(res.body.results[0]).toMatchObject({ name: 'Madrid', country: 'Spain' });
    expect(provider.requests[0]).toContain('language=es');
    const ciudad = { name: 'Madrid', lat: 40.42, lon: -3.7 };
    const put = await call(server.url, 'PUT', '/api/me/preferences', { json: { ciudad } });
    expect(put.status).toBe(200);
    const got = await call(server.url, 'GET', '/api/me/preferences');
    expect(got.body.ciudad).toEqual(ciudad);
    const bad = await call(server.url, 'PUT', '/api/me/preferences', {
      json: { ciudad: { name: 'X', lat: 200, lon: 0 } },
    });
    expect(bad.status).toBe(400);
  });

  it('a query too short: 400', async () => {
    expect((await call(server.url, 'GET', '/api/geocode?q=a')).status).toBe(400);
  });
});
