/**
 * Wire schemas of the weather routes (`GET /api/weather`, `GET /api/geocode`) and the rule that
 * turns a day's precipitation into the recommender's yes/no `rain`.
 */
import { z } from 'zod';
import { CiudadSchema } from './contracts.ts';

export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine(
    (d) =>
      !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) &&
      new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    'must be a real date',
  );

/** Either coordinates or a city name; `date` defaults to today. */
export const WeatherQuerySchema = z
  .object({
    lat: z.coerce.number().min(-90).max(90).optional(),
    lon: z.coerce.number().min(-180).max(180).optional(),
    city: z.string().trim().min(2).max(200).optional(),
    date: IsoDateSchema.optional(),
    lang: z.enum(['en', 'es']).optional(),
  })
  .strict()
  .refine(
    (q) => (q.lat !== undefined && q.lon !== undefined) || q.city !== undefined,
    'give lat and lon, or city',
  );
export type WeatherQuery = z.infer<typeof WeatherQuerySchema>;

export const PlaceSchema = CiudadSchema.extend({
  country: z.string().optional(),
  admin1: z.string().optional(),
});
export type PlaceOut = z.infer<typeof PlaceSchema>;

export const DayWeatherSchema = z.object({
  date: IsoDateSchema,
  /** The day's mean temperature in °C, rounded: what the recommender's `temperature` takes. */
  temperature: z.number(),
  temperatureMin: z.number(),
  temperatureMax: z.number(),
  /** Rain likely enough to dress for it. */
  rain: z.boolean(),
  precipitationProbability: z.number().nullable(),
  precipitationMm: z.number(),
  weatherCode: z.number().nullable(),
  /** `forecast` within the provider's horizon, `climate` (past years averaged) beyond it. */
  source: z.enum(['forecast', 'climate']),
});
export type DayWeather = z.infer<typeof DayWeatherSchema>;

export const WeatherResponseSchema = DayWeatherSchema.extend({ place: PlaceSchema.optional() });

export const GeocodeQuerySchema = z
  .object({ q: z.string().trim().min(2).max(200), lang: z.enum(['en', 'es']).optional() })
  .strict();

export const GeocodeResponseSchema = z.object({ results: z.array(PlaceSchema) });

/** A day is rainy when the provider gives it 50 % or more, or a millimetre or more is expected. */
export function isRainy(probability: number | null, mm: number): boolean {
  return (probability ?? 0) >= 50 || mm >= 1;
}
