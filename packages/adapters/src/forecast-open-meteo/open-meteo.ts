/**
 * The Forecast port over Open-Meteo (free, no key): `/v1/forecast` for the next 16 days,
 * `/v1/archive` for climate normals (the same calendar days of the past CLIMATE_YEARS years,
 * averaged: one request covers them all), `/v1/search` for place names. Answers are cached per
 * day in an LRU with a TTL, keyed by the place rounded to 0.01° (about 1 km) and the date, so a
 * trip planned twice or a page reloaded does not ask the provider again.
 */
import type { DailyWeather, Forecast, GeoPoint, Place } from '@fashion/api';
import { LRUCache } from 'lru-cache';
import { eachDate, yearsBefore } from './dates.ts';
import { getJson } from './http.ts';
import { parseDaily, parsePlaces, type RawDay } from './parse.ts';

export interface OpenMeteoOptions {
  forecastBaseUrl: string;
  geocodingBaseUrl: string;
  climateBaseUrl: string;
  timeoutMs: number;
  fetch?: typeof fetch;
  /** Cached days (forecast and climate together) and places. */
  cacheEntries?: number;
  forecastTtlMs?: number;
  climateTtlMs?: number;
}

/** Open-Meteo forecasts 16 days ahead. */
const HORIZON_DAYS = 16;
/** Past years averaged into a normal: enough to smooth one odd year, one request. */
const CLIMATE_YEARS = 5;
/** A day with at least this much rain counts as wet in the normals' rain probability. */
const WET_DAY_MM = 1;
const DAILY_VARS = [
  'temperature_2m_max',
  'temperature_2m_min',
  'temperature_2m_mean',
  'precipitation_sum',
];

const base = (url: string) => url.replace(/\/+$/, '');
const round = (x: number) => x.toFixed(2);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const r1 = (x: number) => Math.round(x * 10) / 10;

export class OpenMeteoForecast implements Forecast {
  readonly horizonDays = HORIZON_DAYS;
  private readonly days: LRUCache<string, DailyWeather>;
  private readonly places: LRUCache<string, Place[]>;

  constructor(private readonly options: OpenMeteoOptions) {
    const max = options.cacheEntries ?? 5000;
    this.days = new LRUCache({ max, ttl: options.forecastTtlMs ?? 60 * 60_000 });
    this.places = new LRUCache({ max: 500, ttl: 24 * 60 * 60_000 });
  }

  async daily(point: GeoPoint, from: string, to: string): Promise<DailyWeather[]> {
    return this.cached('forecast', point, from, to, async () => {
      const q = this.query(point, {
        daily: [...DAILY_VARS, 'precipitation_probability_max', 'weather_code'].join(','),
        start_date: from,
        end_date: to,
      });
      const days = parseDaily(
        await getJson(
          `${base(this.options.forecastBaseUrl)}/v1/forecast?${q}`,
          'forecast',
          this.options,
        ),
        'forecast',
      );
      return days.map((d) => ({ ...d, source: 'forecast' as const }));
    });
  }

  async climate(point: GeoPoint, from: string, to: string): Promise<DailyWeather[]> {
    return this.cached(
      'climate',
      point,
      from,
      to,
      async () => {
        const q = this.query(point, {
          daily: DAILY_VARS.join(','),
          start_date: yearsBefore(from, CLIMATE_YEARS),
          end_date: yearsBefore(to, 1),
        });
        const url = `${base(this.options.climateBaseUrl)}/v1/archive?${q}`;
        const past = new Map(
          parseDaily(await getJson(url, 'climate', this.options), 'climate').map((d) => [
            d.date,
            d,
          ]),
        );
        return eachDate(from, to).flatMap((date) => {
          const years: RawDay[] = [];
          for (let k = 1; k <= CLIMATE_YEARS; k++) {
            const day = past.get(yearsBefore(date, k));
            if (day) years.push(day);
          }
          if (years.length === 0) return [];
          const wet = years.filter((d) => d.precipMm >= WET_DAY_MM).length;
          return [
            {
              date,
              tempMin: r1(mean(years.map((d) => d.tempMin))),
              tempMax: r1(mean(years.map((d) => d.tempMax))),
              tempMean: r1(mean(years.map((d) => d.tempMean))),
              precipMm: r1(mean(years.map((d) => d.precipMm))),
              precipProbability: Math.round((100 * wet) / years.length),
              weatherCode: null,
              source: 'climate' as const,
            },
          ];
        });
      },
      this.options.climateTtlMs ?? 7 * 24 * 60 * 60_000,
    );
  }

  async geocode(query: string, language = 'en'): Promise<Place[]> {
    const key = `${language}:${query.trim().toLowerCase()}`;
    const hit = this.places.get(key);
    if (hit) return hit;
    const q = new URLSearchParams({ name: query.trim(), count: '10', language, format: 'json' });
    const url = `${base(this.options.geocodingBaseUrl)}/v1/search?${q}`;
    const places = parsePlaces(await getJson(url, 'geocoding', this.options));
    this.places.set(key, places);
    return places;
  }

  private query(point: GeoPoint, extra: Record<string, string>): URLSearchParams {
    return new URLSearchParams({
      latitude: round(point.lat),
      longitude: round(point.lon),
      timezone: 'auto',
      ...extra,
    });
  }

  /** Answers from the cache when every day is there; otherwise asks once and keeps each day. */
  private async cached(
    kind: DailyWeather['source'],
    point: GeoPoint,
    from: string,
    to: string,
    load: () => Promise<DailyWeather[]>,
    ttl?: number,
  ): Promise<DailyWeather[]> {
    const key = (date: string) => `${kind}:${round(point.lat)},${round(point.lon)}:${date}`;
    const dates = eachDate(from, to);
    const hits = dates.map((d) => this.days.get(key(d)));
    if (hits.every((h) => h !== undefined)) return hits as DailyWeather[];
    const fresh = await load();
    for (const day of fresh) this.days.set(key(day.date), day, ttl === undefined ? {} : { ttl });
    return fresh.filter((d) => d.date >= from && d.date <= to);
  }
}
