/**
 * ML service entry (`npm run start:ml`, the Hugging Face Space): validates the environment,
 * loads and warms up both models once, then serves the HTTP contract.
 */
import { readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import sharp from 'sharp';
import { GarmentClassifier } from '@fashion/vision';
import { createMlApp } from './app.ts';
import { ConfigError, loadConfig, type MlConfig } from './config.ts';

function readConfig(): MlConfig {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`[ml] ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
}

const config = readConfig();
// Every image is decoded once: libvips' operation cache would only hold on to memory.
sharp.cache(false);
const version = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

const started = performance.now();
const classifier = await GarmentClassifier.start({
  models: config.models,
  ...(config.threads ? { intraOpThreads: config.threads } : {}),
  maxBatch: config.maxBatch,
  maxInFlight: config.maxInFlight,
  maxInFlightBytes: config.maxInFlightBytes,
  maxQueue: config.maxQueue,
  limits: { maxBytes: config.maxUploadBytes, maxPixels: config.maxImagePixels },
});
for (const s of classifier.status()) {
  console.log(
    s.loaded
      ? `[ml] ${s.kind}: loaded ${s.path} (input ${s.preprocess?.size}px ${s.preprocess?.resize}, warm-up ${s.warmupMs?.toFixed(0)} ms)`
      : `[ml] ${s.kind}: NOT loaded — ${s.error}`,
  );
}
console.log(`[ml] models ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const app = createMlApp({
  classifier,
  corsOrigins: config.corsOrigins,
  maxUploadBytes: config.maxUploadBytes,
  maxImagePixels: config.maxImagePixels,
  version,
});
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  console.log(`[ml] listening on http://${config.host}:${info.port}`);
});

function shutdown(signal: string): void {
  console.log(`[ml] ${signal}: shutting down`);
  server.close(() => {
    void classifier.close().finally(() => process.exit(0));
  });
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
