/**
 * `npm run bench:segment` — the cut-out on a 12 MP phone JPEG (4000×3000, made by upscaling
 * reference photos from fixtures/masks, quality 90), in-process, sequential, medians over
 * BENCH_N runs per photo after one warm-up (the opencv.js load, ~1 s, is reported apart):
 *
 * 1. decode to work size (sharp, JPEG shrink-on-load) — shared by every method;
 * 2. each segmentation method on that work image, side by side;
 * 3. the whole `cutout(bytes)`: decode + default method + mask upsample + transparent WebP of at
 *    most CUTOUT_MAX_SIDE px.
 *
 * Goal: cutout p50 ≤ 300 ms on 2 vCPUs. Reports os.availableParallelism() and the load average,
 * since the figure is only meaningful on an otherwise idle machine.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { SEGMENT_METHODS, segmentWith } from '../packages/vision/src/segment/methods.ts';
import { loadOpenCv } from '../packages/vision/src/segment/opencv.ts';
import { SEGMENT_WORK_SIDE } from '../packages/vision/src/segment/work-image.ts';
import { cutout } from '../packages/vision/src/segment/cutout.ts';
import { decodeImage } from '../packages/vision/src/decode.ts';
import { rgbPixels } from '../packages/vision/src/image/load-rgb.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const N = Number(process.env.BENCH_N ?? 5);
const PHOTOS = (process.env.BENCH_PHOTOS ?? '3').replace(/\D/g, '') || '3';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

async function time<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const t0 = performance.now();
  const out = await fn();
  return [performance.now() - t0, out];
}

const csv = readFileSync(join(ROOT, 'fixtures/masks/masks.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1);
const names = csv
  .filter((_, i) => i % Math.floor(csv.length / Number(PHOTOS)) === 0)
  .slice(0, Number(PHOTOS));
const photos = await Promise.all(
  names.map((line) =>
    sharp(join(ROOT, 'fixtures/masks/photos', line.split(',')[0]!))
      .resize(4000, 3000, { fit: 'fill' })
      .jpeg({ quality: 90 })
      .toBuffer(),
  ),
);

const [loadMs, cv] = await time(() => loadOpenCv());
console.log(
  `segment bench: ${photos.length} photos 4000×3000 (12 MP), N=${N} each, work side ${SEGMENT_WORK_SIDE} px, ` +
    `${availableParallelism()} CPUs, load average ${loadavg()[0]!.toFixed(1)}; opencv.js load ${loadMs.toFixed(0)} ms`,
);

const results: Record<string, number[]> = { 'decode to work size': [], cutout: [] };
for (const m of SEGMENT_METHODS) results[`segment ${m}`] = [];
for (const bytes of photos) {
  await cutout(bytes); // warm-up
  for (let i = 0; i < N; i++) {
    const [decodeMs, small] = await time(async () => {
      const d = await decodeImage(bytes);
      return rgbPixels(d.image.resize(SEGMENT_WORK_SIDE, SEGMENT_WORK_SIDE, { fit: 'inside' }));
    });
    results['decode to work size']!.push(decodeMs);
    for (const m of SEGMENT_METHODS)
      results[`segment ${m}`]!.push((await time(() => segmentWith(cv, small, m)))[0]);
    results.cutout!.push((await time(() => cutout(bytes)))[0]);
  }
}
console.log('step                          p50 ms   min ms');
for (const [step, xs] of Object.entries(results))
  console.log(
    `${step.padEnd(28)} ${median(xs).toFixed(0).padStart(7)} ${Math.min(...xs)
      .toFixed(0)
      .padStart(8)}`,
  );
