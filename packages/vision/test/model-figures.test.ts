/**
 * The model figures are derived from the data: a data audit of a small real dataset counts what
 * labels.csv says and shows its photos; the training curves come from the recorded validation
 * history (none recorded → no figure); the committed figures in models/ agree with labels.csv and
 * the metrics file they were made from.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { CLASS_NAMES } from '@fashion/core';
import { dataAudit, trainingCurvesPng, validationHistory } from '../src/figures/model-figures.ts';
import { readLabeledImages } from '../src/eval/labels-csv.ts';
import { DEFAULT_DATASET_DIR, REPO_ROOT } from '../src/repo-paths.ts';

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const isPng = (b: Uint8Array) => PNG_MAGIC.every((v, i) => b[i] === v);
const MODELS = join(REPO_ROOT, 'models');
const PHOTOS = join(REPO_ROOT, 'fixtures/photos');

describe('data audit of a dataset', () => {
  const dir = mkdtempSync(join(tmpdir(), 'figures-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('counts the split per class from labels.csv and shows a grid of its photos', async () => {
    mkdirSync(join(dir, 'images'));
    const rows = ['image,label,split,class10'];
    // 3 T-shirts, 1 hat and 2 pants in train; a dress in validation (not counted).
    const plan: [string, string, string][] = [
      ['t-shirt-1.jpg', 'train', 't-shirt'],
      ['t-shirt-2.jpg', 'train', 't-shirt'],
      ['shirt-1.jpg', 'train', 't-shirt'],
      ['hat-1.jpg', 'train', 'hat'],
      ['pants-1.jpg', 'train', 'pants'],
      ['pants-2.jpg', 'train', 'pants'],
      ['dress-1.jpg', 'validation', 'dress'],
    ];
    for (const [file, split, cls] of plan) {
      copyFileSync(join(PHOTOS, file), join(dir, 'images', file));
      rows.push(`${file},x,${split},${cls}`);
    }
    writeFileSync(join(dir, 'labels.csv'), `${rows.join('\n')}\n`);
    const { audit, png } = await dataAudit(dir);
    expect(audit.counts).toMatchObject({ 'T-shirt': 3, Hat: 1, Pants: 2, Dress: 0 });
    expect(Object.values(audit.counts).reduce((a, b) => a + b, 0)).toBe(6);
    // Two samples per class at most, first by file name.
    expect(audit.samples).toEqual([
      'hat-1.jpg',
      'pants-1.jpg',
      'pants-2.jpg',
      'shirt-1.jpg',
      't-shirt-1.jpg',
    ]);
    expect(isPng(png)).toBe(true);
    const meta = await sharp(png).metadata();
    expect(meta.width).toBe(1280);
    // The grid holds the photos: its lower part is far from blank white.
    const { data, info } = await sharp(png)
      .extract({ left: 0, top: meta.height! - 120, width: 640, height: 100 })
      .raw()
      .toBuffer({ resolveWithObject: true });
    let dark = 0;
    for (let i = 0; i < data.length; i += info.channels) if (data[i]! < 200) dark++;
    expect(dark).toBeGreaterThan(1000);
  });
});

describe('training curves', () => {
  it('are drawn from the recorded validation history, and absent when none was recorded', async () => {
    const metrics = {
      training: {
        fit: {
          val_history: [
            [10, 0.5],
            [20, 0.7],
            [30, 0.8],
          ],
        },
      },
    };
    expect(validationHistory(metrics)).toEqual([
      [10, 0.5],
      [20, 0.7],
      [30, 0.8],
    ]);
    const png = await trainingCurvesPng('vit', metrics);
    expect(png && isPng(png)).toBe(true);
    expect(await sharp(png!).metadata()).toMatchObject({ width: 800, height: 480 });
    expect(await trainingCurvesPng('cnn', { training: { epochs: 3 } })).toBeNull();
    expect(validationHistory({ training: { fit: { val_history: [[1, 'x']] } } })).toBeNull();
  });
});

const dataset = process.env.FASHION_DATA ?? DEFAULT_DATASET_DIR;
const noDataset = (() => {
  try {
    readFileSync(join(dataset, 'labels.csv'));
    return false;
  } catch {
    return true;
  }
})();

describe.skipIf(noDataset)('the committed figures (models/) agree with the data', () => {
  it('data-audit.json counts every labelled train photo of labels.csv', async () => {
    const audit = JSON.parse(readFileSync(join(MODELS, 'data-audit.json'), 'utf8')) as {
      counts: Record<string, number>;
    };
    const train = await readLabeledImages(dataset, 'train');
    for (const c of CLASS_NAMES) {
      expect(audit.counts[c]).toBe(train.filter((im) => im.clase === c).length);
    }
  });

  it('confusion-vit-real.json sums to the validation photos, and agrees with the ViT metrics', async () => {
    const real = JSON.parse(readFileSync(join(MODELS, 'confusion-vit-real.json'), 'utf8')) as {
      n: number;
      accuracy: number;
      confusion_matrix: number[][];
    };
    const validation = await readLabeledImages(dataset, 'validation');
    const total = real.confusion_matrix.flat().reduce((a, b) => a + b, 0);
    expect(total).toBe(validation.length);
    expect(real.n).toBe(validation.length);
    // Row sums are the true class counts of the split.
    CLASS_NAMES.forEach((c, i) => {
      expect(real.confusion_matrix[i]!.reduce((a, b) => a + b, 0)).toBe(
        validation.filter((im) => im.clase === c).length,
      );
    });
    const diagonal = real.confusion_matrix.reduce((a, row, i) => a + row[i]!, 0);
    expect(real.accuracy).toBeCloseTo(diagonal / total, 4);
    const metrics = JSON.parse(readFileSync(join(MODELS, 'metrics-vit.json'), 'utf8')) as {
      accuracy: number;
    };
    expect(Math.abs(real.accuracy - metrics.accuracy)).toBeLessThan(0.02);
  });
});
