/**
 * The in-process Classifier of the embedded mode: the ML service's own code (@fashion/vision's
 * GarmentClassifier) called directly, so the app classifies with no other process. Model
 * metrics and confusion matrices come from the files beside the models (models/).
 */
import type { ModelFigure, ModelKind } from '@fashion/core';
import {
  ClassifierUnavailable,
  type Classifier,
  type ClassifierHealth,
  type ModelMetrics,
} from '@fashion/api';
import {
  GarmentClassifier,
  ModelUnavailable,
  type GarmentClassifierOptions,
} from '@fashion/vision';

export type OnnxClassifier = Classifier & {
  /** Per-model load state, for the start-up log. */
  readonly engine: GarmentClassifier;
  close(): Promise<void>;
};

/** The port speaks ClassifierUnavailable; ImageRejected (a 4xx) passes through unchanged. */
async function mapped<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (err instanceof ModelUnavailable) {
      throw new ClassifierUnavailable(err.message, err.retryAfterSeconds);
    }
    throw err;
  }
}

export function classifierFromEngine(engine: GarmentClassifier): OnnxClassifier {
  return {
    engine,
    classify: (image: Uint8Array, model: ModelKind) => mapped(engine.classify(image, model)),
    async health(): Promise<ClassifierHealth> {
      const status = engine.status();
      const models: ClassifierHealth['models'] = {};
      for (const s of status) {
        if (s.path) models[s.kind] = { loaded: s.loaded, ...(s.file ? { file: s.file } : {}) };
      }
      const loaded = status.filter((s) => s.loaded).length;
      const problems = status
        .filter((s) => s.path && !s.loaded)
        .map((s) => `${s.kind}: ${s.error}`);
      return {
        status: loaded === 0 ? 'unavailable' : problems.length > 0 ? 'degraded' : 'ok',
        mode: 'in-process',
        models,
        ...(problems.length > 0 ? { detail: problems.join('; ') } : {}),
      };
    },
    metrics: (model: ModelKind): Promise<ModelMetrics | null> => engine.metrics(model),
    confusionMatrix: (model: ModelKind) => engine.confusionMatrix(model),
    figure: (name: ModelFigure) => engine.figure(name),
    close: () => engine.close(),
  };
}

/** Loads and warms up the models (seconds for real models); unloadable ones show in health(). */
export async function createOnnxClassifier(
  options: GarmentClassifierOptions,
): Promise<OnnxClassifier> {
  return classifierFromEngine(await GarmentClassifier.start(options));
}
