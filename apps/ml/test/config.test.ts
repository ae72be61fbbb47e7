import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

describe('ML service configuration', () => {
  it('defaults to port 7860 and the models/ folder', () => {
    const c = loadConfig({});
    expect(c.port).toBe(7860);
    expect(c.models.cnn).toMatch(/models\/cnn\.onnx$/);
    expect(c.models.vit).toMatch(/models\/vit\.onnx$/);
    expect(c.maxUploadBytes).toBe(10 * 1024 * 1024);
    expect(c.corsOrigins).toEqual([]);
    // No thread count: the classifier picks one per model.
    expect(c.threads).toBeUndefined();
    expect(loadConfig({ ML_THREADS: '3' }).threads).toBe(3);
  });

  it('reads PORT, CORS_ORIGINS, ML_CNN_PATH, ML_VIT_PATH', () => {
    const c = loadConfig({
      PORT: '9000',
      CORS_ORIGINS: 'https://a.example, https://b.example/',
      ML_CNN_PATH: '/m/c.onnx',
      ML_VIT_PATH: '/m/v.onnx',
    });
    expect(c).toMatchObject({
      port: 9000,
      corsOrigins: ['https://a.example', 'https://b.example'],
      models: { cnn: '/m/c.onnx', vit: '/m/v.onnx' },
    });
    expect(loadConfig({ CORS_ORIGINS: '*' }).corsOrigins).toBe('*');
  });

  it('names every bad variable', () => {
    try {
      loadConfig({ PORT: 'eighty', CORS_ORIGINS: 'not an origin', ML_THREADS: '0' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const text = (err as ConfigError).problems.join('\n');
      expect(text).toMatch(/PORT/);
      expect(text).toMatch(/CORS_ORIGINS/);
      expect(text).toMatch(/ML_THREADS/);
    }
  });
});
