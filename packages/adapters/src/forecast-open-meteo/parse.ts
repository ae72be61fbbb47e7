/** The provider's JSON shapes (Open-Meteo's documented `daily` and geocoding answers). */
import { ForecastUnavailable, type Place } from '@fashion/api';
import { z } from 'zod';

const series = z.array(z.number().nullable());

const DailyAnswerSchema = z.object({
  daily: z.object({
    time: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
    temperature_2m_max: series,
    temperature_2m_min: series,
    temperature_2m_mean: series.optional(),
    precipitation_sum: series,
    precipitation_probability_max: series.optional(),
    weather_code: series.optional(),
  }),
});

const GeocodeAnswerSchema = z.object({
  results: z
    .array(
      z.object({
        name: z.string(),
        latitude: z.number(),
        longitude: z.number(),
        country: z.string().optional(),
        admin1: z.string().optional(),
      }),
    )
    .optional(),
});

/** One day as the provider gave it; a day without both temperatures is left out. */
export interface RawDay {
  date: string;
  tempMin: number;
  tempMax: number;
  tempMean: number;
  precipMm: number;
  precipProbability: number | null;
  weatherCode: number | null;
}

function parseOrThrow<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ForecastUnavailable('error', `the ${what} service answered in an unknown shape`);
  }
  return parsed.data;
}

export function parseDaily(body: unknown, what: string): RawDay[] {
  const { daily } = parseOrThrow(DailyAnswerSchema, body, what);
  const days: RawDay[] = [];
  daily.time.forEach((date, i) => {
    const max = daily.temperature_2m_max[i];
    const min = daily.temperature_2m_min[i];
    if (max == null || min == null) return;
    days.push({
      date,
      tempMin: min,
      tempMax: max,
      tempMean: daily.temperature_2m_mean?.[i] ?? (min + max) / 2,
      precipMm: daily.precipitation_sum[i] ?? 0,
      precipProbability: daily.precipitation_probability_max?.[i] ?? null,
      weatherCode: daily.weather_code?.[i] ?? null,
    });
  });
  return days;
}

export function parsePlaces(body: unknown): Place[] {
  const { results } = parseOrThrow(GeocodeAnswerSchema, body, 'geocoding');
  return (results ?? []).map((r) => ({
    name: r.name,
    lat: r.latitude,
    lon: r.longitude,
    ...(r.country ? { country: r.country } : {}),
    ...(r.admin1 ? { admin1: r.admin1 } : {}),
  }));
}
