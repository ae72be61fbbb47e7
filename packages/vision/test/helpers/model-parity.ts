/**
 * Parity of the TypeScript serving path with the Python evaluation on the real models: the
 * validation accuracy measured here (decode → preprocess → onnxruntime-node) must be within half
 * a point of what training wrote into models/metrics-<kind>.json for the same ONNX file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ModelKind } from '@fashion/core';
import { GarmentClassifier } from '../../src/garment-classifier.ts';
import { evaluate } from '../../src/eval/evaluate.ts';
import { readLabeledImages } from '../../src/eval/labels-csv.ts';
import { DEFAULT_DATASET_DIR } from '../../src/repo-paths.ts';
import { REPO } from './paths.ts';

export const TOLERANCE = 0.005;

/** The accuracy training measured on the exported ONNX file (else on the PyTorch model). */
export function referenceAccuracy(metrics: Record<string, unknown>): number | undefined {
  for (const key of ['onnx_accuracy', 'accuracy']) {
    const v = metrics[key];
    if (typeof v === 'number') return v;
  }
  return undefined;
}

function whyNot(kind: ModelKind, dataset: string): string | null {
  const model = join(REPO, 'models', `${kind}.onnx`);
  const metricsPath = join(REPO, 'models', `metrics-${kind}.json`);
  if (!existsSync(model) || !existsSync(metricsPath)) {
    return `no real model yet: ${model} and ${metricsPath} are needed (training exports them)`;
  }
  if (!existsSync(join(dataset, 'labels.csv')))
    return `no dataset at ${dataset} (set FASHION_DATA)`;
  return null;
}

export function modelParitySuite(kind: ModelKind): void {
  const dataset = process.env.FASHION_DATA ?? DEFAULT_DATASET_DIR;
  const reason = whyNot(kind, dataset);
  describe(`${kind}: TypeScript serving path vs Python evaluation`, () => {
    it.skipIf(reason !== null)(
      `reproduces the validation accuracy within ${TOLERANCE * 100} point${reason ? ` — SKIPPED: ${reason}` : ''}`,
      async () => {
        const metrics = JSON.parse(
          readFileSync(join(REPO, 'models', `metrics-${kind}.json`), 'utf8'),
        ) as Record<string, unknown>;
        const reference = referenceAccuracy(metrics);
        expect(reference, 'metrics json has no accuracy').toBeTypeOf('number');
        const images = await readLabeledImages(dataset, 'validation');
        expect(images).toHaveLength(341);
        // Larger batches than the service default: the same outputs, fewer runs.
        const classifier = await GarmentClassifier.start({
          models: { [kind]: join(REPO, 'models', `${kind}.onnx`) },
          maxBatch: 16,
        });
        try {
          expect(classifier.status().find((s) => s.kind === kind)?.error).toBeUndefined();
          const report = await evaluate(classifier, kind, images, { concurrency: 16 });
          console.log(
            `[parity] ${kind}: TypeScript ${report.accuracy} vs Python ${reference} ` +
              `(macro-F1 ${report.macro_f1}, n=${report.n}, ${report.seconds}s)`,
          );
          expect(report.errors).toBe(0);
          expect(report.n).toBe(341);
          expect(Math.abs(report.accuracy - reference!)).toBeLessThanOrEqual(TOLERANCE);
        } finally {
          await classifier.close();
        }
      },
      300_000,
    );
  });
}
