import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ForecastUnavailable } from '@fashion/api';
import { OpenMeteoForecast } from '../src/forecast-open-meteo/index.ts';
import { fakeDay, startFakeOpenMeteo, type FakeOpenMeteo } from './helpers/fake-open-meteo.ts';

let provider: FakeOpenMeteo;
beforeAll(async () => {
  provider = await startFakeOpenMeteo();
});
afterAll(() => provider.close());
beforeEach(() => {
  provider.requests.length = 0;
  provider.behave({ kind: 'ok' });
});

const forecast = (timeoutMs = 2000) =>
  new OpenMeteoForecast({
    forecastBaseUrl: provider.url,
    geocodingBaseUrl: `${provider.url}/`,
    climateBaseUrl: provider.url,
    timeoutMs,
  });

const MADRID = { lat: 40.4165, lon: -3.70256 };

async function failure(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'resolved';
  } catch (err) {
    return err instanceof ForecastUnavailable ? err.kind : `other: ${String(err)}`;
  }
}

describe('Open-Meteo forecast adapter against a provider-shaped server on 127.0.0.1', () => {
  it('reads the daily forecast of each date, rounded place in the query', async () => {
    const days = await forecast().daily(MADRID, '2026-07-01', '2026-07-03');
    expect(days.map((d) => d.date)).toEqual(['2026-07-01', '2026-07-02', '2026-07-03']);
    const want = fakeDay(40.42, '2026-07-02');
    expect(days[1]).toEqual({
      date: '2026-07-02',
      tempMin: want.min,
      tempMax: want.max,
      tempMean: want.mean,
      precipMm: want.rain,
      precipProbability: want.prob,
      weatherCode: want.code,
      source: 'forecast',
    });
    const q = new URL(provider.url + provider.requests[0]!).searchParams;
    expect(provider.requests[0]!.startsWith('/v1/forecast?')).toBe(true);
    expect(q.get('latitude')).toBe('40.42');
    expect(q.get('longitude')).toBe('-3.70');
    expect(q.get('daily')).toContain('precipitation_probability_max');
  });

  it('caches per rounded place and date: a repeat (or a sub-range) asks the provider nothing', async () => {
    const f = forecast();
    const first = await f.daily(MADRID, '2026-07-01', '2026-07-05');
    expect(provider.requests).toHaveLength(1);
    const again = await f.daily({ lat: 40.4199, lon: -3.7001 }, '2026-07-02', '2026-07-04');
    expect(provider.requests).toHaveLength(1);
    expect(again).toEqual(first.slice(1, 4));
    await f.daily(MADRID, '2026-07-04', '2026-07-07');
    expect(provider.requests).toHaveLength(2);
  });

  it('climate normals average the same calendar days of past years from the archive', async () => {
    const days = await forecast().climate(MADRID, '2027-01-10', '2027-01-11');
    expect(provider.requests).toHaveLength(1);
    const q = new URL(provider.url + provider.requests[0]!).searchParams;
    expect(provider.requests[0]!.startsWith('/v1/archive?')).toBe(true);
    expect(q.get('start_date')).toBe('2022-01-10');
    expect(q.get('end_date')).toBe('2026-01-11');
    const years = [2022, 2023, 2024, 2025, 2026].map((y) => fakeDay(40.42, `${y}-01-10`));
    const avg = years.reduce((a, d) => a + d.mean, 0) / years.length;
    expect(days[0]!.source).toBe('climate');
    expect(days[0]!.tempMean).toBeCloseTo(avg, 1);
    expect(days[0]!.precipProbability).toBe(
      Math.round((100 * years.filter((d) => d.rain >= 1).length) / years.length),
    );
    expect(days[0]!.weatherCode).toBeNull();
  });

  it('29 February of a trip is compared with the 28th in common years', async () => {
    const days = await forecast().climate(MADRID, '2028-02-29', '2028-02-29');
    expect(days).toHaveLength(1);
    expect(days[0]!.date).toBe('2028-02-29');
  });

  it('geocodes a city name; no match is an empty list', async () => {
    const f = forecast();
    const places = await f.geocode('Osl', 'es');
    expect(places[0]).toMatchObject({ name: 'Oslo', country: 'Norway' });
    expect(places[0]!.lat).toBeCloseTo(59.91, 2);
    expect(provider.requests[0]).toContain('language=es');
    expect(await f.geocode('Zzzz')).toEqual([]);
  });

  it('a 500, a body that is not JSON, or an unknown shape: ForecastUnavailable error', async () => {
    provider.behave({ kind: 'status', status: 500 });
    expect(await failure(forecast().daily(MADRID, '2026-07-01', '2026-07-01'))).toBe('error');
    provider.behave({ kind: 'garbage' });
    expect(await failure(forecast().climate(MADRID, '2026-07-01', '2026-07-01'))).toBe('error');
    expect(await failure(forecast().geocode('Madrid'))).toBe('error');
  });

  it('a provider that never answers: ForecastUnavailable timeout, not a hang', async () => {
    provider.behave({ kind: 'hang' });
    expect(await failure(forecast(300).daily(MADRID, '2026-07-01', '2026-07-01'))).toBe('timeout');
  });

  it('a provider that cannot be reached: ForecastUnavailable error', async () => {
    const f = new OpenMeteoForecast({
      forecastBaseUrl: 'http://127.0.0.1:9',
      geocodingBaseUrl: 'http://127.0.0.1:9',
      climateBaseUrl: 'http://127.0.0.1:9',
      timeoutMs: 2000,
    });
    expect(await failure(f.geocode('Madrid'))).toBe('error');
  });
});
