/**
 * The decoder-side reduction of camera photos (load-model-input.ts) against the exact Pillow path:
 * small images must take the exact path bit for bit, and large ones must give the model nearly the
 * same pixels and the same class.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { loadRgb } from '../src/image/load-rgb.ts';
import type { RgbImage } from '../src/image/rgb.ts';
import { readLabeledImages } from '../src/eval/labels-csv.ts';
import { loadModelInput, reducesWhileDecoding } from '../src/preprocess/load-model-input.ts';
import { preprocessRgb, toChwTensor } from '../src/preprocess/model-input.ts';
import type { PreprocessSpec } from '../src/preprocess/spec.ts';
import { DEFAULT_DATASET_DIR } from '../src/repo-paths.ts';
import { PHOTOS, REPO } from './helpers/paths.ts';

const SPEC: PreprocessSpec = { size: 160, resize: 'squash', interpolation: 'bilinear' };
const exact = async (bytes: Uint8Array): Promise<RgbImage> =>
  preprocessRgb(await loadRgb(bytes), SPEC);

function meanAbsDiff(a: RgbImage, b: RgbImage): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let sum = 0;
  for (let i = 0; i < a.data.length; i++) sum += Math.abs(a.data[i]! - b.data[i]!);
  return sum / a.data.length;
}

/** A camera-sized JPEG of a photo: its longest side scaled to `side`, optionally EXIF-rotated. */
async function cameraJpeg(bytes: Uint8Array, side: number, orientation?: number) {
  let image = sharp(bytes).resize(side, side, { fit: 'inside', kernel: 'lanczos3' });
  // Stored sideways with orientation 6 (as phones do): the decoder must turn it back.
  if (orientation === 6) image = sharp(await image.toBuffer()).rotate(-90);
  return image
    .jpeg({ quality: 90 })
    .withMetadata(orientation ? { orientation } : {})
    .toBuffer();
}

describe('which images are reduced while decoding', () => {
  it('only camera-sized JPEG/HEIC photos, and only for the squash resize', () => {
    const big = { width: 1600, height: 1200 };
    expect(reducesWhileDecoding({ format: 'jpeg', ...big }, SPEC)).toBe(true);
    expect(reducesWhileDecoding({ format: 'heic', ...big }, SPEC)).toBe(true);
    expect(reducesWhileDecoding({ format: 'png', ...big }, SPEC)).toBe(false);
    expect(reducesWhileDecoding({ format: 'jpeg', width: 1600, height: 639 }, SPEC)).toBe(false);
    expect(reducesWhileDecoding({ format: 'jpeg', width: 300, height: 400 }, SPEC)).toBe(false);
    expect(reducesWhileDecoding({ format: 'jpeg', ...big }, { ...SPEC, resize: 'fit' })).toBe(
      false,
    );
  });

  it('dataset-sized photos get exactly the Pillow-path pixels', async () => {
    const files = readdirSync(PHOTOS).filter((f) => f.endsWith('.jpg'));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const bytes = readFileSync(join(PHOTOS, f));
      expect(Buffer.from((await loadModelInput(bytes, SPEC)).data)).toEqual(
        Buffer.from((await exact(bytes)).data),
      );
    }
  });

  it('an EXIF-rotated camera photo comes out upright, close to the exact path', async () => {
    const photo = readFileSync(join(PHOTOS, 'outwear-2.jpg'));
    const rotated = await cameraJpeg(photo, 1600, 6);
    expect((await sharp(rotated).metadata()).orientation).toBe(6);
    const reduced = await loadModelInput(rotated, SPEC);
    const reference = await exact(rotated);
    expect(meanAbsDiff(reduced, reference)).toBeLessThan(2);
    // Upright differs from sideways by far more than the two resamplers differ.
    const sideways = preprocessRgb(await loadRgb(await sharp(rotated).toBuffer()), SPEC);
    expect(meanAbsDiff(sideways, reference)).toBeGreaterThan(10);
  });
});

const dataset = process.env.FASHION_DATA ?? DEFAULT_DATASET_DIR;
const model = join(REPO, 'models', 'cnn.onnx');
const missing = !existsSync(join(dataset, 'labels.csv'))
  ? `no dataset at ${dataset}`
  : !existsSync(model)
    ? `no model at ${model}`
    : null;

describe('camera-sized validation photos', () => {
  it.skipIf(missing !== null)(
    `the CNN gives the same class on both paths for ≥ 98 % of them${missing ? ` — SKIPPED: ${missing}` : ''}`,
    async () => {
      const session = await ort.InferenceSession.create(model, { intraOpNumThreads: 2 });
      const classOf = async (image: RgbImage) => {
        const input = new ort.Tensor('float32', toChwTensor([image], SPEC.size), [1, 3, 160, 160]);
        const logits = (await session.run({ input })).logits!.data as Float32Array;
        return logits.indexOf(Math.max(...logits));
      };
      const images = await readLabeledImages(dataset, 'validation');
      let same = 0;
      let pixelDiff = 0;
      for (const { path } of images) {
        const camera = await cameraJpeg(readFileSync(path), 1600);
        const reduced = await loadModelInput(camera, SPEC);
        const reference = await exact(camera);
        pixelDiff += meanAbsDiff(reduced, reference);
        if ((await classOf(reduced)) === (await classOf(reference))) same++;
      }
      const agreement = same / images.length;
      console.log(
        `[large photos] agreement ${agreement.toFixed(4)}, mean |Δpixel| ` +
          `${(pixelDiff / images.length).toFixed(3)} (n=${images.length})`,
      );
      expect(agreement).toBeGreaterThanOrEqual(0.98);
      expect(pixelDiff / images.length).toBeLessThan(1);
      await session.release();
    },
    300_000,
  );
});
