/**
 * Which classifier the server uses:
 *   1. ML_SERVICE_URL set → the ML service over HTTP;
 *   2. else the in-process ONNX classifier, when its models are present;
 *   3. else the null classifier (503 for classification; uploads that name their class still work).
 */
import { existsSync } from 'node:fs';
import type { Classifier } from '@fashion/api';
import { MODEL_KINDS, MODELS } from '@fashion/core';
import { createHttpClassifier } from '@fashion/adapters/classifier-http/index.ts';
import { createNullClassifier } from '@fashion/adapters/classifier-null/index.ts';
import type { Config } from './config.ts';

/**
 * The in-process classifier (the ML service's code, called directly), or null when no model file
 * is present. Loading it warms both models up before the server starts listening.
 */
async function loadInProcessClassifier(config: Config): Promise<Classifier | null> {
  const paths = config.ml.models;
  const present = Object.values(paths).filter((p) => existsSync(p));
  if (present.length === 0) {
    console.warn(
      `[classifier] no model files (${Object.values(paths).join(', ')}): classification is off. ` +
        `Train/export the models into models/, set ${MODEL_KINDS.map((k) => MODELS[k].env).join('/')}, or set ML_SERVICE_URL.`,
    );
    return null;
  }
  // Loaded lazily so that the HTTP and null modes never load onnxruntime or sharp's pipeline.
  const { createOnnxClassifier } = await import('@fashion/adapters/classifier-onnx/index.ts');
  const classifier = await createOnnxClassifier({
    // Both paths: a missing one shows as "not loaded" with its reason in /api/ml-health.
    models: paths,
    limits: { maxBytes: config.maxUploadBytes, maxPixels: config.maxImagePixels },
  });
  for (const s of classifier.engine.status()) {
    if (s.loaded) console.log(`[classifier] in-process ${s.kind}: ${s.path}`);
    else if (s.path) console.warn(`[classifier] in-process ${s.kind} NOT loaded: ${s.error}`);
  }
  return classifier;
}

export async function selectClassifier(config: Config): Promise<Classifier> {
  if (config.ml.serviceUrl) {
    return createHttpClassifier({ baseUrl: config.ml.serviceUrl, timeoutMs: config.ml.timeoutMs });
  }
  return (await loadInProcessClassifier(config)) ?? createNullClassifier();
}
