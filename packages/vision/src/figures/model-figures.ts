/**
 * The figures the ML service serves beside the metrics, derived from the data and the models:
 * the data audit (training-split class counts + a sample grid of its photos), the training curves
 * (validation accuracy recorded during training, metrics-<kind>.json) and the confusion matrix of
 * the served model on the validation split's real photos (through the serving path).
 */
import sharp from 'sharp';
import { CLASS_NAMES, type ModelKind } from '@fashion/core';
import type { GarmentClassifier } from '../garment-classifier.ts';
import { evaluate } from '../eval/evaluate.ts';
import { readLabeledImages } from '../eval/labels-csv.ts';
import { barChartSvg } from './bar-chart.ts';
import { confusionSvg } from './confusion.ts';
import { lineChartSvg } from './line-chart.ts';
import { sampleGridPng } from './sample-grid.ts';
import { svgToPng } from './svg.ts';

const SAMPLES_PER_CLASS = 2;

export interface DataAudit {
  split: string;
  counts: Record<string, number>;
  samples: string[];
}

/** Class counts of one split and a deterministic sample of its photos (first by file name). */
export async function dataAudit(
  dataDir: string,
  split = 'train',
): Promise<{ audit: DataAudit; png: Buffer }> {
  const images = await readLabeledImages(dataDir, split);
  if (images.length === 0) throw new Error(`no labelled ${split} photos in ${dataDir}`);
  const counts = Object.fromEntries(CLASS_NAMES.map((c) => [c, 0])) as Record<string, number>;
  for (const im of images) counts[im.clase]!++;
  const sorted = [...images].sort((a, b) => a.image.localeCompare(b.image));
  const samples = CLASS_NAMES.flatMap((c) =>
    sorted.filter((im) => im.clase === c).slice(0, SAMPLES_PER_CLASS),
  );
  const width = 1280;
  const chart = await svgToPng(
    barChartSvg(
      `Training data: ${images.length} photos of the ${split} split, per class`,
      CLASS_NAMES.map((c) => [c, counts[c]!]),
      width,
    ),
  );
  const grid = await sampleGridPng(
    samples.map((im) => ({ path: im.path, caption: im.clase })),
    10,
    width / 10,
  );
  const [a, b] = await Promise.all([sharp(chart).metadata(), sharp(grid).metadata()]);
  const png = await sharp({
    create: { width, height: a.height + b.height, channels: 3, background: '#ffffff' },
  })
    .composite([
      { input: chart, left: 0, top: 0 },
      { input: grid, left: 0, top: a.height },
    ])
    // A 256-colour palette keeps the photo grid legible at a quarter of the size.
    .png({ palette: true, compressionLevel: 9 })
    .toBuffer();
  return { audit: { split, counts, samples: samples.map((s) => s.image) }, png };
}

/** `training.fit.val_history` of a metrics file: [epoch, validation accuracy] pairs, if recorded. */
export function validationHistory(metrics: unknown): [number, number][] | null {
  const fit = (metrics as { training?: { fit?: { val_history?: unknown } } } | null)?.training?.fit;
  const history = fit?.val_history;
  if (!Array.isArray(history) || history.length === 0) return null;
  const ok = history.every(
    (p): p is [number, number] =>
      Array.isArray(p) && p.length === 2 && p.every((v) => typeof v === 'number'),
  );
  return ok ? history : null;
}

export async function trainingCurvesPng(kind: ModelKind, metrics: unknown): Promise<Buffer | null> {
  const history = validationHistory(metrics);
  if (!history) return null;
  return svgToPng(
    lineChartSvg(`${kind.toUpperCase()}: validation accuracy during training`, 'accuracy', history),
  );
}

export interface RealConfusion {
  model: ModelKind;
  split: string;
  n: number;
  accuracy: number;
  labels: string[];
  confusion_matrix: number[][];
}

/** The served model's confusion matrix on a split's real photos (decode → preprocess → ONNX). */
export async function realConfusion(
  classifier: GarmentClassifier,
  kind: ModelKind,
  dataDir: string,
  split = 'validation',
): Promise<{ report: RealConfusion; png: Buffer }> {
  const images = await readLabeledImages(dataDir, split);
  const r = await evaluate(classifier, kind, images, { concurrency: 4 });
  const report: RealConfusion = {
    model: kind,
    split,
    n: r.n,
    accuracy: r.accuracy,
    labels: [...CLASS_NAMES],
    confusion_matrix: r.confusion_matrix,
  };
  const png = await svgToPng(
    confusionSvg(
      `${kind.toUpperCase()} on ${r.n} real ${split} photos: accuracy ${(r.accuracy * 100).toFixed(1)} %`,
      CLASS_NAMES,
      r.confusion_matrix,
    ),
  );
  return { report, png };
}
