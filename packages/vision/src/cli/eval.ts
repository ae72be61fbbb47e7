/**
 * Evaluates a model through the TypeScript serving path.
 *
 *   npm run eval -- --data <dir> [--split <name>] [--model cnn|vit] [--model-file <path>]
 *
 * <dir> holds labels.csv and images/ (like ../shared/datasets/clothing, the default, or
 * $FASHION_DATA). Rows with a class10 (and the given split) are evaluated. A per-class table goes
 * first; the LAST line is one JSON object: model, n, accuracy, macro_f1, per_class, ….
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { ModelKindSchema } from '@fashion/core';
import { GarmentClassifier } from '../garment-classifier.ts';
import { evaluate } from '../eval/evaluate.ts';
import { readLabeledImages } from '../eval/labels-csv.ts';
import { DEFAULT_DATASET_DIR, defaultModelPath } from '../repo-paths.ts';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      split: { type: 'string' },
      model: { type: 'string', default: 'cnn' },
      'model-file': { type: 'string' },
      concurrency: { type: 'string', default: '8' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(
      'npm run eval -- --data <dir> [--split <name>] [--model cnn|vit] [--model-file <path>]',
    );
    return 0;
  }
  const model = ModelKindSchema.safeParse(values.model);
  if (!model.success) {
    console.error(`--model must be cnn or vit, not ${JSON.stringify(values.model)}`);
    return 2;
  }
  const kind = model.data;
  const dataDir = resolve(values.data ?? process.env.FASHION_DATA ?? DEFAULT_DATASET_DIR);
  const modelFile = resolve(values['model-file'] ?? defaultModelPath(kind));
  const images = await readLabeledImages(dataDir, values.split);
  if (images.length === 0) {
    console.error(
      `no labelled rows in ${dataDir}/labels.csv${values.split ? ` for split ${values.split}` : ''}`,
    );
    return 2;
  }
  const classifier = await GarmentClassifier.start({ models: { [kind]: modelFile } });
  try {
    const status = classifier.status().find((s) => s.kind === kind)!;
    if (!status.loaded) {
      console.error(`cannot load ${modelFile}: ${status.error}`);
      return 1;
    }
    console.error(
      `evaluating ${kind} (${modelFile}) on ${images.length} images from ${dataDir}` +
        `${values.split ? ` [split=${values.split}]` : ''}, preprocess ${JSON.stringify(status.preprocess)}`,
    );
    const report = await evaluate(classifier, kind, images, {
      concurrency: Number(values.concurrency) || 8,
    });
    console.log('class         precision  recall     f1  support');
    for (const [name, m] of Object.entries(report.per_class)) {
      console.log(
        `${name.padEnd(12)} ${m.precision.toFixed(4).padStart(10)} ${m.recall.toFixed(4).padStart(7)} ` +
          `${m.f1.toFixed(4).padStart(6)} ${String(m.support).padStart(8)}`,
      );
    }
    console.log(
      `accuracy ${report.accuracy.toFixed(4)}  macro-F1 ${report.macro_f1.toFixed(4)}  n=${report.n}` +
        `  errors=${report.errors}  ${report.seconds}s`,
    );
    console.log(JSON.stringify({ ...report, split: values.split ?? null, data: dataDir }));
    return 0;
  } finally {
    await classifier.close();
  }
}

process.exitCode = await main();
