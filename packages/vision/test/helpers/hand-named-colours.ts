/**
 * The 144 validation photos whose colours a developer named by eye
 * (fixtures/validation-colours.csv), and where the dataset they come from lives. Shared by the
 * colour tests of the default path and of the cut-out mask path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RgbImage } from '../../src/image/rgb.ts';
import { loadRgb } from '../../src/image/load-rgb.ts';
import { preprocessRgb } from '../../src/preprocess/model-input.ts';
import { DEFAULT_DATASET_DIR } from '../../src/repo-paths.ts';

const dataset = process.env.FASHION_DATA ?? DEFAULT_DATASET_DIR;

export const handNamedPhotos = readFileSync(
  new URL('../fixtures/validation-colours.csv', import.meta.url),
  'utf8',
)
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [image, colours] = line.split(',');
    return { image: image!, accepted: colours!.split('|') };
  });

/** Why the photo tests skip (no dataset where they look), or null when they can run. */
export const noDataset: string | null = (() => {
  try {
    readFileSync(join(dataset, 'labels.csv'));
    return null;
  } catch {
    return `no dataset at ${dataset}`;
  }
})();

/** A photo at the colour step's input size, as serving prepares it. */
export async function colourInput(image: string): Promise<RgbImage> {
  const rgb = await loadRgb(readFileSync(join(dataset, 'images', image)));
  return preprocessRgb(rgb, { size: 160, resize: 'squash', interpolation: 'bilinear' });
}
