/**
 * The weather of days at a place: the forecast within the provider's horizon, climate normals
 * beyond it (and for past days), one answer per day in date order. Used by the weather route and
 * by the trip planner.
 */
import { isRainy, type DayWeather } from '@fashion/core';
import type { AppContext } from '../../deps.ts';
import { HttpError } from '../../http/errors.ts';
import {
  ForecastUnavailable,
  type DailyWeather,
  type Forecast,
  type GeoPoint,
  type Place,
} from '../../ports/forecast.ts';

const DAY_MS = 86_400_000;
const addDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

export const todayUtc = () => new Date().toISOString().slice(0, 10);

function toDay(d: DailyWeather): DayWeather {
  return {
    date: d.date,
    temperature: Math.round(d.tempMean),
    temperatureMin: d.tempMin,
    temperatureMax: d.tempMax,
    rain: isRainy(d.precipProbability, d.precipMm),
    precipitationProbability: d.precipProbability,
    precipitationMm: d.precipMm,
    weatherCode: d.weatherCode,
    source: d.source,
  };
}

function requireForecast(ctx: AppContext): Forecast {
  if (!ctx.forecast) throw new ForecastUnavailable('error', 'no weather provider is configured');
  return ctx.forecast;
}

export function weatherService(ctx: AppContext) {
  return {
    /** Every day from..to (inclusive); a day the provider left out is a 503, never a gap. */
    async days(
      point: GeoPoint,
      from: string,
      to: string,
      today = todayUtc(),
    ): Promise<DayWeather[]> {
      const forecast = requireForecast(ctx);
      const lastForecastDay = addDays(today, forecast.horizonDays - 1);
      const parts: Promise<DailyWeather[]>[] = [];
      const fStart = from < today ? today : from;
      const fEnd = to < lastForecastDay ? to : lastForecastDay;
      if (fStart <= fEnd) parts.push(forecast.daily(point, fStart, fEnd));
      if (from < today)
        parts.push(
          forecast.climate(point, from, addDays(today, -1) < to ? addDays(today, -1) : to),
        );
      if (to > lastForecastDay) {
        const cStart = from > lastForecastDay ? from : addDays(lastForecastDay, 1);
        parts.push(forecast.climate(point, cStart, to));
      }
      const byDate = new Map((await Promise.all(parts)).flat().map((d) => [d.date, d]));
      const out: DayWeather[] = [];
      for (let d = from; d <= to; d = addDays(d, 1)) {
        const day = byDate.get(d);
        if (!day)
          throw new ForecastUnavailable('error', `the weather provider has nothing for ${d}`);
        out.push(toDay(day));
      }
      return out;
    },

    async geocode(query: string, language?: string): Promise<Place[]> {
      return requireForecast(ctx).geocode(query, language);
    },

    /** The best match of a city name, or 404. */
    async place(query: string, language?: string): Promise<Place> {
      const [first] = await requireForecast(ctx).geocode(query, language);
      if (!first) throw new HttpError(404, `no place called "${query}"`);
      return first;
    },
  };
}
