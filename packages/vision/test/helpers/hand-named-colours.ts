/**
 * The validation photos whose colours a developer named by eye (fixtures/validation-colours.csv),
 * and where the dataset they come from lives. Shared by the colour tests of the default path and
 * of the cut-out mask path. The first 144 rows are the original set; its even rows are the tuning
 * half (every constant of the colour step was fitted on them). The odd rows and the 72 rows after
 * them (named by eye from contact sheets before the colour step ever ran on them) are held out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RgbImage } from '../../src/image/rgb.ts';
import { decodeImage } from '../../src/decode.ts';
import { loadRgb } from '../../src/image/load-rgb.ts';
import { cutoutWorkImage } from '../../src/segment/cutout.ts';
import { preprocessRgb } from '../../src/preprocess/model-input.ts';
import { DEFAULT_DATASET_DIR } from '../../src/repo-paths.ts';

const dataset = process.env.FASHION_DATA ?? DEFAULT_DATASET_DIR;

/** Rows of the original set (before the held-out photos were added). */
export const ORIGINAL = 144;
export type Split = 'tuning' | 'held-out' | 'new';

export const handNamedPhotos = readFileSync(
  new URL('../fixtures/validation-colours.csv', import.meta.url),
  'utf8',
)
  .trim()
  .split('\n')
  .slice(1)
  .map((line, i) => {
    const [image, colours] = line.split(',');
    const split: Split = i >= ORIGINAL ? 'new' : i % 2 === 0 ? 'tuning' : 'held-out';
    return { image: image!, accepted: colours!.split('|'), split };
  });

/** Hits per split, and the summary line the tests print. */
export function tally(hits: readonly { split: Split; hit: boolean }[]) {
  const rate = (keep: (s: Split) => boolean) => {
    const rows = hits.filter((h) => keep(h.split));
    return { hits: rows.filter((h) => h.hit).length, of: rows.length };
  };
  const parts = {
    all: rate(() => true),
    original: rate((s) => s !== 'new'),
    tuning: rate((s) => s === 'tuning'),
    heldOut: rate((s) => s !== 'tuning'),
    new: rate((s) => s === 'new'),
  };
  const fmt = ({ hits: h, of }: { hits: number; of: number }) =>
    `${h}/${of} = ${(h / of).toFixed(3)}`;
  const line = Object.entries(parts)
    .map(([k, v]) => `${k} ${fmt(v)}`)
    .join(', ');
  const share = (k: keyof typeof parts) => parts[k].hits / parts[k].of;
  return { parts, line, share };
}

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

/** A photo as the cut-out job sees it: the small decode its mask is computed on. */
export async function cutoutInput(image: string): Promise<RgbImage> {
  return cutoutWorkImage(await decodeImage(readFileSync(join(dataset, 'images', image))));
}
