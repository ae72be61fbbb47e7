/** Default locations relative to the repository root (models/, the shared dataset beside the repo). */
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { MODEL_KINDS, MODELS, type ModelKind } from '@fashion/core';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const DEFAULT_MODELS_DIR = join(REPO_ROOT, 'models');
export const DEFAULT_DATASET_DIR = resolve(REPO_ROOT, '../shared/datasets/clothing');

export function defaultModelPath(kind: ModelKind, modelsDir = DEFAULT_MODELS_DIR): string {
  return join(modelsDir, MODELS[kind].file);
}

/** Each kind's ONNX file: its variable in `env` (core's MODELS: ML_CNN_PATH, …), else the default. */
export function modelPathsFromEnv(
  env: Record<string, string | undefined>,
  modelsDir = DEFAULT_MODELS_DIR,
): Record<ModelKind, string> {
  return Object.fromEntries(
    MODEL_KINDS.map((k) => [
      k,
      resolve(env[MODELS[k].env]?.trim() || defaultModelPath(k, modelsDir)),
    ]),
  ) as Record<ModelKind, string>;
}
