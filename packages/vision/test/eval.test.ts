import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classificationMetrics } from '../src/eval/metrics.ts';
import { parseCsv, readLabeledImages } from '../src/eval/labels-csv.ts';
import { PHOTOS, REPO, TINY } from './helpers/paths.ts';

const dir = mkdtempSync(join(tmpdir(), 'eval-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A small dataset laid out like ../shared/datasets/clothing, from the fixture photos.
mkdirSync(join(dir, 'images'));
const photos = readdirSync(PHOTOS).filter((f) => f.endsWith('.jpg'));
const rows = photos.map((f, i) => {
  copyFileSync(join(PHOTOS, f), join(dir, 'images', f));
  const class10 = f.replace(/-\d\.jpg$/, '');
  const split = i % 2 === 0 ? 'validation' : 'train';
  return `${f},"Label, with comma",${split},${class10},${i},False`;
});
writeFileSync(
  join(dir, 'labels.csv'),
  ['image,label,split,class10,sender_id,kids', ...rows, 'extra.jpg,Not sure,extra,,1,False'].join(
    '\n',
  ) + '\n',
);

describe('labels.csv', () => {
  it('parses quoted fields', () => {
    expect(parseCsv('a,b\n"x, ""y""",2\r\n')).toEqual([
      ['a', 'b'],
      ['x, "y"', '2'],
    ]);
  });

  it('keeps rows with a class10, of the split asked for', async () => {
    expect(await readLabeledImages(dir)).toHaveLength(20);
    const val = await readLabeledImages(dir, 'validation');
    expect(val).toHaveLength(10);
    expect(val[0]).toMatchObject({ split: 'validation', path: join(dir, 'images', photos[0]!) });
  });
});

describe('classificationMetrics', () => {
  it('computes accuracy and macro-F1 over the 10 classes', () => {
    const m = classificationMetrics([
      { truth: 0, predicted: 0 },
      { truth: 0, predicted: 1 },
      { truth: 1, predicted: 1 },
      { truth: 2, predicted: 2 },
    ]);
    expect(m.accuracy).toBe(0.75);
    expect(m.per_class.Dress).toEqual({ precision: 1, recall: 0.5, f1: 0.6667, support: 2 });
    expect(m.per_class.Hat).toEqual({ precision: 0.5, recall: 1, f1: 0.6667, support: 1 });
    expect(m.macro_f1).toBeCloseTo((0.6667 + 0.6667 + 1) / 10, 3);
    expect(m.confusion_matrix[0]).toEqual([1, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('npm run eval', () => {
  it('prints one JSON object as its last line', () => {
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'packages/vision/src/cli/eval.ts',
        '--data',
        dir,
        '--split',
        'validation',
        '--model',
        'vit',
        '--model-file',
        TINY.vit,
      ],
      { cwd: REPO, encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    const last = r.stdout.trim().split('\n').at(-1)!;
    const report = JSON.parse(last) as Record<string, unknown>;
    expect(report).toMatchObject({ model: 'vit', n: 10, split: 'validation', errors: 0 });
    expect(report.accuracy).toBeGreaterThanOrEqual(0);
    expect(report.macro_f1).toBeGreaterThanOrEqual(0);
    expect(Object.keys(report.per_class as object)).toHaveLength(10);
  });

  it('fails clearly on a bad --model', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'packages/vision/src/cli/eval.ts', '--data', dir, '--model', 'rnn'],
      { cwd: REPO, encoding: 'utf8' },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--model must be cnn or vit/);
  });
});
