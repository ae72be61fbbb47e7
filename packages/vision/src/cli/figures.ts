/**
 * Writes the model figures into the model bundle folder (models/ by default):
 *
 *   npm run figures -- [--data <dir>] [--models <dir>]
 *
 * data-audit.png (+ .json), training-curves-<kind>.png (from metrics-<kind>.json, where the
 * training recorded a validation history) and confusion-vit-real.png (+ .json: the ViT served
 * through this package on the validation split's photos).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MODEL_FIGURES, MODEL_KINDS } from '@fashion/core';
import { GarmentClassifier } from '../garment-classifier.ts';
import { dataAudit, realConfusion, trainingCurvesPng } from '../figures/model-figures.ts';
import { DEFAULT_DATASET_DIR, DEFAULT_MODELS_DIR, defaultModelPath } from '../repo-paths.ts';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { data: { type: 'string' }, models: { type: 'string' } },
  });
  const dataDir = resolve(values.data ?? process.env.FASHION_DATA ?? DEFAULT_DATASET_DIR);
  const modelsDir = resolve(values.models ?? DEFAULT_MODELS_DIR);
  const json = (v: unknown) => `${JSON.stringify(v, null, 1)}\n`;

  const audit = await dataAudit(dataDir);
  await writeFile(join(modelsDir, MODEL_FIGURES['data-audit']), audit.png);
  await writeFile(join(modelsDir, 'data-audit.json'), json(audit.audit));
  console.error(`data audit: ${JSON.stringify(audit.audit.counts)}`);

  for (const kind of MODEL_KINDS) {
    const metrics: unknown = JSON.parse(
      await readFile(join(modelsDir, `metrics-${kind}.json`), 'utf8'),
    );
    const png = await trainingCurvesPng(kind, metrics);
    if (png) await writeFile(join(modelsDir, MODEL_FIGURES[`training-curves-${kind}`]), png);
    console.error(`training curves ${kind}: ${png ? 'written' : 'no validation history recorded'}`);
  }

  const classifier = await GarmentClassifier.start({
    models: { vit: defaultModelPath('vit', modelsDir) },
  });
  try {
    const { report, png } = await realConfusion(classifier, 'vit', dataDir);
    await writeFile(join(modelsDir, MODEL_FIGURES['confusion-matrix-vit-real']), png);
    await writeFile(join(modelsDir, 'confusion-vit-real.json'), json(report));
    console.error(
      `confusion vit (real ${report.split}): n=${report.n} accuracy=${report.accuracy}`,
    );
  } finally {
    await classifier.close();
  }
  return 0;
}

process.exitCode = await main();
