/** Default locations relative to the repository root (models/, the shared dataset beside the repo). */
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import type { ModelKind } from '@fashion/core';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const DEFAULT_MODELS_DIR = join(REPO_ROOT, 'models');
export const DEFAULT_DATASET_DIR = resolve(REPO_ROOT, '../shared/datasets/clothing');

export function defaultModelPath(kind: ModelKind, modelsDir = DEFAULT_MODELS_DIR): string {
  return join(modelsDir, `${kind}.onnx`);
}
