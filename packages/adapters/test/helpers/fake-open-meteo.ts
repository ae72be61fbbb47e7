/**
 * A server on 127.0.0.1 that answers like Open-Meteo (`/v1/forecast`, `/v1/archive`,
 * `/v1/search`, the same JSON shapes as the documented API), for the adapter's tests, the API
 * tests and the e2e run: no test reaches the internet. The weather is a pure function of place
 * and date (colder further from the equator and in winter, rain on some days), so a trip's plan
 * is the same on every run. It can also fail as told: a status, a body that is not JSON, or no
 * answer at all.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeBehaviour =
  { kind: 'ok' } | { kind: 'status'; status: number } | { kind: 'garbage' } | { kind: 'hang' };

export interface FakeOpenMeteo {
  url: string;
  /** Paths with query of every request, in order. */
  requests: string[];
  behave(b: FakeBehaviour): void;
  close(): Promise<void>;
}

export const FAKE_PLACES = [
  { name: 'Madrid', latitude: 40.4165, longitude: -3.70256, country: 'Spain', admin1: 'Madrid' },
  { name: 'Oslo', latitude: 59.91273, longitude: 10.74609, country: 'Norway', admin1: 'Oslo' },
  {
    name: 'Paris',
    latitude: 48.85341,
    longitude: 2.3488,
    country: 'France',
    admin1: 'Île-de-France',
  },
  {
    name: 'Lisbon',
    latitude: 38.71667,
    longitude: -9.13333,
    country: 'Portugal',
    admin1: 'Lisbon',
  },
  {
    name: 'London',
    latitude: 51.50853,
    longitude: -0.12574,
    country: 'United Kingdom',
    admin1: 'England',
  },
];

const DAY_MS = 86_400_000;

/** The made-up but plausible weather of a day at a latitude. */
export function fakeDay(lat: number, date: string) {
  const t = Date.parse(`${date}T00:00:00Z`);
  const doy = (t - Date.UTC(new Date(t).getUTCFullYear(), 0, 1)) / DAY_MS;
  const season = Math.cos(((doy - 200) / 365) * 2 * Math.PI) * (lat >= 0 ? 1 : -1);
  const mean = Math.round((24 - Math.abs(lat) * 0.35 + season * 9) * 10) / 10;
  const n = Math.floor(t / DAY_MS);
  const rainy = (n * 7 + Math.round(Math.abs(lat))) % 3 === 0;
  return {
    max: Math.round((mean + 5) * 10) / 10,
    min: Math.round((mean - 5) * 10) / 10,
    mean,
    rain: rainy ? 6.2 : 0,
    prob: rainy ? 80 : 10,
    code: rainy ? 61 : 1,
  };
}

function eachDate(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY_MS) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

function dailyAnswer(q: URLSearchParams, withForecastVars: boolean) {
  const lat = Number(q.get('latitude'));
  const lon = Number(q.get('longitude'));
  const from = q.get('start_date');
  const to = q.get('end_date');
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || !from || !to || to < from) {
    return { status: 400, body: { error: true, reason: 'Parameter start_date/end_date invalid' } };
  }
  const dates = eachDate(from, to);
  const days = dates.map((d) => fakeDay(lat, d));
  const daily: Record<string, unknown[]> = {
    time: dates,
    temperature_2m_max: days.map((d) => d.max),
    temperature_2m_min: days.map((d) => d.min),
    temperature_2m_mean: days.map((d) => d.mean),
    precipitation_sum: days.map((d) => d.rain),
  };
  if (withForecastVars) {
    daily.precipitation_probability_max = days.map((d) => d.prob);
    daily.weather_code = days.map((d) => d.code);
  }
  return {
    status: 200,
    body: {
      latitude: lat,
      longitude: lon,
      generationtime_ms: 0.1,
      utc_offset_seconds: 0,
      timezone: 'GMT',
      timezone_abbreviation: 'GMT',
      elevation: 100,
      daily_units: { time: 'iso8601', temperature_2m_max: '°C', precipitation_sum: 'mm' },
      daily,
    },
  };
}

function searchAnswer(q: URLSearchParams) {
  const name = (q.get('name') ?? '').trim().toLowerCase();
  if (name.length < 2) return { status: 200, body: { generationtime_ms: 0.1 } };
  const results = FAKE_PLACES.filter((p) => p.name.toLowerCase().startsWith(name)).map((p, i) => ({
    id: 1000 + i,
    ...p,
    elevation: 100,
    feature_code: 'PPLC',
    country_code: 'XX',
    timezone: 'Europe/Madrid',
  }));
  return {
    status: 200,
    body: results.length ? { results, generationtime_ms: 0.1 } : { generationtime_ms: 0.1 },
  };
}

export async function startFakeOpenMeteo(port = 0): Promise<FakeOpenMeteo> {
  let behaviour: FakeBehaviour = { kind: 'ok' };
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(`${url.pathname}${url.search}`);
    if (behaviour.kind === 'hang') return; // never answers: the client's timeout must fire
    if (behaviour.kind === 'garbage') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"daily": [1, 2');
      return;
    }
    if (behaviour.kind === 'status') {
      res
        .writeHead(behaviour.status, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: true, reason: 'Internal server error' }));
      return;
    }
    const answer =
      url.pathname === '/v1/forecast'
        ? dailyAnswer(url.searchParams, true)
        : url.pathname === '/v1/archive'
          ? dailyAnswer(url.searchParams, false)
          : url.pathname === '/v1/search'
            ? searchAnswer(url.searchParams)
            : { status: 404, body: { error: true, reason: 'Not Found' } };
    res
      .writeHead(answer.status, { 'content-type': 'application/json' })
      .end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    requests,
    behave: (b) => {
      behaviour = b;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
