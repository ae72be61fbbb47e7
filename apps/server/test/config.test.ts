import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('gives the embedded defaults with an empty environment', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      corsOrigins: [],
      auth0: null,
      ml: { serviceUrl: null, timeoutMs: 15000 },
      rateLimit: { windowMs: 60_000, max: 600, heavyMax: 120, authFailureMax: 30 },
      maxUploadBytes: 10 * 1024 * 1024,
      maxImagePixels: 40_000_000,
      trustProxy: 0,
    });
    expect(c.dataDir).toMatch(/\/data$/);
    expect(c.webDist).toMatch(/apps\/web\/dist$/);
    expect(c.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('reads every variable', () => {
    const c = loadConfig({
      PORT: '3000',
      HOST: '0.0.0.0',
      DATA_DIR: '/tmp/fashion-data',
      CORS_ORIGINS: 'https://a.example, https://b.example/',
      AUTH0_DOMAIN: 'tenant.eu.auth0.com',
      AUTH0_AUDIENCE: 'https://api.fashion',
      AUTH0_ISSUER: 'https://login.fashion/',
      AUTH0_JWKS_URI: 'https://login.fashion/keys',
      ML_SERVICE_URL: 'https://me-fashion-ml.hf.space',
      ML_TIMEOUT_MS: '5000',
      RATE_LIMIT_WINDOW_S: '10',
      RATE_LIMIT_MAX: '100',
      RATE_LIMIT_HEAVY_MAX: '5',
      MAX_UPLOAD_MB: '5',
      MAX_IMAGE_MEGAPIXELS: '24',
      TRUST_PROXY: 'true',
    });
    expect(c).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      dataDir: '/tmp/fashion-data',
      corsOrigins: ['https://a.example', 'https://b.example'],
      auth0: {
        domain: 'tenant.eu.auth0.com',
        audience: 'https://api.fashion',
        issuer: 'https://login.fashion/',
        jwksUri: 'https://login.fashion/keys',
      },
      ml: { serviceUrl: 'https://me-fashion-ml.hf.space', timeoutMs: 5000 },
      rateLimit: { windowMs: 10_000, max: 100, heavyMax: 5, authFailureMax: 30 },
      maxUploadBytes: 5 * 1024 * 1024,
      maxImagePixels: 24_000_000,
      trustProxy: 1,
    });
    expect(loadConfig({ CORS_ORIGINS: '*' }).corsOrigins).toBe('*');
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', AUTH0_DOMAIN: ' ', AUTH0_AUDIENCE: '' })).toMatchObject({
      port: 8080,
      auth0: null,
    });
  });

  it('names each wrong variable', () => {
    expect(problems({ PORT: 'eighty' })).toEqual([expect.stringMatching(/^PORT: /)]);
    expect(problems({ PORT: '70000' })[0]).toMatch(/^PORT: /);
    expect(problems({ ML_SERVICE_URL: 'localhost:7860' })[0]).toMatch(
      /^ML_SERVICE_URL: must be an http\(s\) URL/,
    );
    expect(problems({ CORS_ORIGINS: 'https://ok.example,not an origin' })[0]).toMatch(
      /^CORS_ORIGINS: "not an origin"/,
    );
    expect(problems({ MAX_UPLOAD_MB: '-1' })[0]).toMatch(/^MAX_UPLOAD_MB: /);
    expect(problems({ TRUST_PROXY: 'maybe' })[0]).toMatch(/^TRUST_PROXY: /);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(0);
    expect(problems({ AUTH0_DOMAIN: 'tenant.auth0.com' })).toEqual([
      expect.stringMatching(
        /^AUTH0_AUDIENCE: AUTH0_DOMAIN and AUTH0_AUDIENCE must be set together/,
      ),
    ]);
    expect(problems({ AUTH0_AUDIENCE: 'x' })[0]).toMatch(/^AUTH0_DOMAIN: /);
    expect(problems({ PORT: 'x', ML_TIMEOUT_MS: '1' })).toHaveLength(2);
  });
});
