/**
 * How the "not a garment" rule does: false positives on the dataset's photos (the validation
 * split, which set the thresholds, and the train split, which did not) and detections on the
 * synthetic non-garments (ood/non-garments.ts).
 *
 *   npx tsx packages/vision/src/cli/not-garment-report.ts [--data <dir>]
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readLabeledImages } from '../eval/labels-csv.ts';
import { resolveBundle } from '../model-bundle.ts';
import { imageStats } from '../ood/image-stats.ts';
import { nonGarments } from '../ood/non-garments.ts';
import { notGarmentScore } from '../ood/not-garment.ts';
import { loadModelInput } from '../preprocess/load-model-input.ts';
import { DEFAULT_DATASET_DIR, defaultModelPath } from '../repo-paths.ts';

const { values } = parseArgs({ options: { data: { type: 'string' } } });
const dataDir = resolve(values.data ?? DEFAULT_DATASET_DIR);
const { spec } = await resolveBundle('cnn', defaultModelPath('cnn'));
const score = async (bytes: Uint8Array) =>
  notGarmentScore(imageStats(await loadModelInput(bytes, spec)));

for (const split of ['validation', 'train']) {
  const rows = await readLabeledImages(dataDir, split);
  let flagged = 0;
  let worst = 0;
  for (const row of rows) {
    const s = await score(new Uint8Array(await readFile(row.path)));
    if (s >= 1) flagged++;
    worst = Math.max(worst, s);
  }
  console.log(
    `${split}: ${flagged}/${rows.length} photos flagged (${((100 * flagged) / rows.length).toFixed(2)} % false positives), highest score ${worst.toFixed(3)}`,
  );
}
const set = await nonGarments();
const byKind = new Map<string, [number, number]>();
const missed: string[] = [];
for (const g of set) {
  const hit = (await score(g.jpeg)) >= 1;
  const [h, n] = byKind.get(g.kind) ?? [0, 0];
  byKind.set(g.kind, [h + (hit ? 1 : 0), n + 1]);
  if (!hit) missed.push(g.name);
}
const hits = [...byKind.values()].reduce((s, [h]) => s + h, 0);
console.log(
  `non-garments: ${hits}/${set.length} detected (${((100 * hits) / set.length).toFixed(1)} %): ` +
    [...byKind].map(([k, [h, n]]) => `${k} ${h}/${n}`).join(', ') +
    (missed.length ? `; missed: ${missed.join(', ')}` : ''),
);
