/**
 * The colour step on real photos: 144 validation photos of ../shared/datasets/clothing whose colours
 * a developer named by eye from contact sheets (fixtures/validation-colours.csv; several names where
 * a person could say either, e.g. `negro|azul` for a navy so dark it reads black). The photo
 * calibration of garment-color.ts was fitted on the even rows and checked on the odd ones
 * (0.79 / 0.75; the swatch-calibrated naming it replaced: 0.72 / 0.64).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { garmentColor } from '../src/color/garment-color.ts';
import { loadRgb } from '../src/image/load-rgb.ts';
import { preprocessRgb } from '../src/preprocess/model-input.ts';
import { DEFAULT_DATASET_DIR } from '../src/repo-paths.ts';

const dataset = process.env.FASHION_DATA ?? DEFAULT_DATASET_DIR;
const rows = readFileSync(new URL('./fixtures/validation-colours.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [image, colours] = line.split(',');
    return { image: image!, accepted: colours!.split('|') };
  });

let noDataset: string | null = null;
try {
  readFileSync(join(dataset, 'labels.csv'));
} catch {
  noDataset = `no dataset at ${dataset}`;
}

describe.skipIf(noDataset !== null)('garment colour on hand-labelled photos', () => {
  it('names at least 75 % of them as a person would', async () => {
    expect(rows).toHaveLength(144);
    const misses: string[] = [];
    for (const { image, accepted } of rows) {
      const rgb = await loadRgb(readFileSync(join(dataset, 'images', image)));
      const input = preprocessRgb(rgb, { size: 160, resize: 'squash', interpolation: 'bilinear' });
      const { color } = garmentColor(input);
      if (!accepted.includes(color)) misses.push(`${image}: ${color} (${accepted.join('|')})`);
    }
    const accuracy = 1 - misses.length / rows.length;
    console.log(`[colour] ${rows.length - misses.length}/${rows.length} = ${accuracy.toFixed(3)}`);
    expect(accuracy, misses.join('\n')).toBeGreaterThanOrEqual(0.75);
  }, 120_000);
});
