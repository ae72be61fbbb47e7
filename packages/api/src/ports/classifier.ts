import type { Classification, ModelFigure, ModelKind } from '@fashion/core';

export interface ClassifierHealth {
  status: 'ok' | 'degraded' | 'unavailable';
  mode: 'in-process' | 'http' | 'none';
  models: Partial<Record<ModelKind, { loaded: boolean; file?: string }>>;
  detail?: string;
}

/** Metrics and confusion matrices as the training pipeline wrote them (models/metrics-*.json). */
export type ModelMetrics = Record<string, unknown>;

/** The garment classifier: in-process ONNX, or the ML service over HTTP. */
export interface Classifier {
  classify(image: Uint8Array, model: ModelKind): Promise<Classification>;
  health(): Promise<ClassifierHealth>;
  metrics(model: ModelKind): Promise<ModelMetrics | null>;
  /** PNG bytes of the confusion matrix. */
  confusionMatrix(model: ModelKind): Promise<Uint8Array | null>;
  /** PNG bytes of a figure about the models and their data (core's MODEL_FIGURES). */
  figure(name: ModelFigure): Promise<Uint8Array | null>;
}

/** Thrown by a classifier that cannot answer now (no model, service down, overloaded): a 503. */
export class ClassifierUnavailable extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ClassifierUnavailable';
  }
}
