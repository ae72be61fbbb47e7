/**
 * The weather provider's settings (Open-Meteo by default: free, no key), validated the same way
 * by the Node server and the Worker. Tests and offline setups point the base URLs at a local
 * server that answers like the provider.
 */
import { z } from 'zod';
import { envInt } from './env-schemas.ts';

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

export const FORECAST_ENV = {
  /** Daily forecast (`/v1/forecast`). */
  FORECAST_BASE_URL: httpUrl.default('https://api.open-meteo.com'),
  /** Place search (`/v1/search`). */
  GEOCODING_BASE_URL: httpUrl.default('https://geocoding-api.open-meteo.com'),
  /** Past weather (`/v1/archive`), averaged over past years into climate normals. */
  CLIMATE_BASE_URL: httpUrl.default('https://archive-api.open-meteo.com'),
  /** Whole-request timeout; past it the API answers 503 forecast_unavailable. */
  FORECAST_TIMEOUT_MS: envInt(100, 60_000).default(5_000),
};

export interface ForecastConfig {
  forecastBaseUrl: string;
  geocodingBaseUrl: string;
  climateBaseUrl: string;
  timeoutMs: number;
}

type ForecastEnv = z.infer<z.ZodObject<typeof FORECAST_ENV>>;

export function forecastConfigOf(e: ForecastEnv): ForecastConfig {
  return {
    forecastBaseUrl: e.FORECAST_BASE_URL,
    geocodingBaseUrl: e.GEOCODING_BASE_URL,
    climateBaseUrl: e.CLIMATE_BASE_URL,
    timeoutMs: e.FORECAST_TIMEOUT_MS,
  };
}
