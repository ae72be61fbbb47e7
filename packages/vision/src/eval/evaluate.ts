/** Evaluation of a dataset through the serving path (decode → preprocess → ONNX, as served). */
import { readFile } from 'node:fs/promises';
import { classIndex, type ModelKind } from '@fashion/core';
import type { GarmentClassifier } from '../garment-classifier.ts';
import { classificationMetrics, type ClassificationMetrics } from './metrics.ts';
import type { LabeledImage } from './labels-csv.ts';

export interface EvaluationReport extends ClassificationMetrics {
  model: ModelKind;
  model_file: string;
  /** Images that could not be decoded (left out of n). */
  errors: number;
  seconds: number;
}

export async function evaluate(
  classifier: GarmentClassifier,
  model: ModelKind,
  images: readonly LabeledImage[],
  options: { concurrency?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<EvaluationReport> {
  const started = performance.now();
  const pairs: { truth: number; predicted: number }[] = [];
  let errors = 0;
  let modelFile = '';
  let next = 0;
  let done = 0;
  // A few requests in flight let the micro-batcher group them, as under real load.
  const workers = Array.from({ length: options.concurrency ?? 8 }, async () => {
    while (next < images.length) {
      const item = images[next++]!;
      try {
        const p = await classifier.predict(await readFile(item.path), model);
        modelFile = p.model_file;
        pairs.push({ truth: classIndex(item.clase), predicted: p.clase });
      } catch (err) {
        if ((err as Error).name !== 'ImageRejected') throw err;
        errors++;
      }
      options.onProgress?.(++done, images.length);
    }
  });
  await Promise.all(workers);
  return {
    model,
    model_file: modelFile,
    ...classificationMetrics(pairs),
    errors,
    seconds: Math.round((performance.now() - started) / 10) / 100,
  };
}
