/**
 * The weather, behind a port: a daily forecast for a place and dates within the provider's
 * horizon, the climate normals of dates beyond it (the same calendar days of past years,
 * averaged), and geocoding of a place name. Open-Meteo is the default adapter; any provider
 * that can answer these three questions fits.
 */

export interface GeoPoint {
  lat: number;
  lon: number;
}

/** One day's weather at a place. Temperatures in °C, precipitation in mm. */
export interface DailyWeather {
  /** `YYYY-MM-DD`, the place's local date. */
  date: string;
  tempMin: number;
  tempMax: number;
  tempMean: number;
  /** 0..100; null where the provider has none (climate normals give the share of wet years). */
  precipProbability: number | null;
  precipMm: number;
  /** WMO weather code (0 clear … 99 thunderstorm); null for climate normals. */
  weatherCode: number | null;
  source: 'forecast' | 'climate';
}

export interface Place {
  name: string;
  lat: number;
  lon: number;
  country?: string;
  /** First administrative level (region, state). */
  admin1?: string;
}

export interface Forecast {
  /** How many days from today (today included) the forecast covers. */
  readonly horizonDays: number;
  /** Daily forecast for `from..to` (inclusive). @throws ForecastUnavailable */
  daily(point: GeoPoint, from: string, to: string): Promise<DailyWeather[]>;
  /** Climate normals for `from..to` (any year). @throws ForecastUnavailable */
  climate(point: GeoPoint, from: string, to: string): Promise<DailyWeather[]>;
  /** Places matching `query`, best first. @throws ForecastUnavailable */
  geocode(query: string, language?: string): Promise<Place[]>;
}

/** The weather provider failed (down, slow, or an answer that is not its protocol): a 503. */
export class ForecastUnavailable extends Error {
  constructor(
    readonly kind: 'timeout' | 'error',
    message: string,
  ) {
    super(message);
    this.name = 'ForecastUnavailable';
  }
}
