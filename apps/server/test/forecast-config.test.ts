import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

describe('weather provider settings', () => {
  it('default to Open-Meteo with a 5 s timeout', () => {
    expect(loadConfig({}).forecast).toEqual({
      forecastBaseUrl: 'https://api.open-meteo.com',
      geocodingBaseUrl: 'https://geocoding-api.open-meteo.com',
      climateBaseUrl: 'https://archive-api.open-meteo.com',
      timeoutMs: 5000,
    });
  });

  it('point at a local provider; a bad URL or timeout stops start-up naming the variable', () => {
    const c = loadConfig({
      FORECAST_BASE_URL: 'http://127.0.0.1:9000',
      GEOCODING_BASE_URL: 'http://127.0.0.1:9001',
      CLIMATE_BASE_URL: 'http://127.0.0.1:9002',
      FORECAST_TIMEOUT_MS: '800',
    });
    expect(c.forecast).toMatchObject({ forecastBaseUrl: 'http://127.0.0.1:9000', timeoutMs: 800 });
    try {
      loadConfig({ FORECAST_BASE_URL: 'ftp://x', FORECAST_TIMEOUT_MS: '5' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const text = (err as ConfigError).problems.join('\n');
      expect(text).toContain('FORECAST_BASE_URL');
      expect(text).toContain('FORECAST_TIMEOUT_MS');
    }
  });
});
