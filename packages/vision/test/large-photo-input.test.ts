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
import { loadRgb, rgbPixels } from '../src/image/load-rgb.ts';
import type { RgbImage } from '../src/image/rgb.ts';
import { readLabeledImages } from '../src/eval/labels-csv.ts';
import {
  loadModelInput,
  modelInputFrom,
  reducesWhileDecoding,
} from '../src/preprocess/load-model-input.ts';
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

/** A camera-sized photo: the longest side scaled to `side`, optionally stored sideways. */
async function cameraPhoto(
  bytes: Uint8Array,
  side: number,
  options: { format?: 'jpeg' | 'webp'; orientation?: 6 } = {},
): Promise<Buffer> {
  let image = sharp(bytes).resize(side, side, { fit: 'inside', kernel: 'lanczos3' });
  // Stored sideways with orientation 6 (as phones do): the decoder must turn it back.
  if (options.orientation === 6) image = sharp(await image.toBuffer()).rotate(-90);
  if (options.format === 'webp') return image.webp({ quality: 85, effort: 2 }).toBuffer();
  return image
    .jpeg({ quality: 90 })
    .withMetadata(options.orientation ? { orientation: options.orientation } : {})
    .toBuffer();
}

describe('which images are reduced while decoding', () => {
  it('only opaque camera-sized JPEG/WebP/HEIC photos, and only for the squash resize', () => {
    const big = { width: 1600, height: 1200, hasAlpha: false };
    expect(reducesWhileDecoding({ ...big, format: 'jpeg' }, SPEC)).toBe(true);
    expect(reducesWhileDecoding({ ...big, format: 'webp' }, SPEC)).toBe(true);
    expect(reducesWhileDecoding({ ...big, format: 'heic' }, SPEC)).toBe(true);
    expect(reducesWhileDecoding({ ...big, format: 'png' }, SPEC)).toBe(false);
    expect(reducesWhileDecoding({ ...big, format: 'webp', hasAlpha: true }, SPEC)).toBe(false);
    expect(reducesWhileDecoding({ ...big, format: 'jpeg', height: 639 }, SPEC)).toBe(false);
    expect(reducesWhileDecoding({ ...big, format: 'jpeg', width: 300, height: 400 }, SPEC)).toBe(
      false,
    );
  });

  it('a large WebP with alpha keeps the exact path (Pillow keeps the hidden colours)', async () => {
    const photo = await sharp(readFileSync(join(PHOTOS, 'shirt-1.jpg')))
      .resize(1200, 1200, { fit: 'fill' })
      .ensureAlpha(0.5)
      .webp({ quality: 90, alphaQuality: 100, exact: true })
      .toBuffer();
    expect((await sharp(photo).metadata()).hasAlpha).toBe(true);
    expect(Buffer.from((await loadModelInput(photo, SPEC)).data)).toEqual(
      Buffer.from((await exact(photo)).data),
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
    const rotated = await cameraPhoto(photo, 1600, { orientation: 6 });
    expect((await sharp(rotated).metadata()).orientation).toBe(6);
    const reduced = await loadModelInput(rotated, SPEC);
    const reference = await exact(rotated);
    expect(meanAbsDiff(reduced, reference)).toBeLessThan(2);
    // Upright differs from sideways by far more than the two resamplers differ.
    const sideways = preprocessRgb(await loadRgb(await sharp(rotated).toBuffer()), SPEC);
    expect(meanAbsDiff(sideways, reference)).toBeGreaterThan(10);
  });

  it('a camera-sized HEIC (raw RGBA from the wasm decoder) is reduced close to the exact path', async () => {
    // No HEIC encoder runs here: this is the pipeline decode.ts builds from libheif's output.
    const { data, info } = await sharp(readFileSync(join(PHOTOS, 'pants-1.jpg')))
      .resize(1200, 1600, { fit: 'fill', kernel: 'lanczos3' })
      .ensureAlpha(1)
      .raw()
      .toBuffer({ resolveWithObject: true });
    const raw = { width: info.width, height: info.height, channels: 4 as const };
    const decoded = {
      image: sharp(data, { raw }),
      format: 'heic' as const,
      width: info.width,
      height: info.height,
      hasAlpha: false,
    };
    expect(reducesWhileDecoding(decoded, SPEC)).toBe(true);
    const reduced = await modelInputFrom(decoded, SPEC);
    const reference = preprocessRgb(await rgbPixels(sharp(data, { raw })), SPEC);
    expect(meanAbsDiff(reduced, reference)).toBeLessThan(2);
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
  // Every other validation photo, as a phone JPEG and as the API's stored WebP (1600 px).
  it.skipIf(missing !== null)(
    `the CNN gives the same class on both paths for ≥ 98 % of them${missing ? ` — SKIPPED: ${missing}` : ''}`,
    async () => {
      const session = await ort.InferenceSession.create(model, { intraOpNumThreads: 2 });
      const classOf = async (image: RgbImage) => {
        const input = new ort.Tensor('float32', toChwTensor([image], SPEC.size), [1, 3, 160, 160]);
        const logits = (await session.run({ input })).logits!.data as Float32Array;
        return logits.indexOf(Math.max(...logits));
      };
      const images = (await readLabeledImages(dataset, 'validation')).filter((_, i) => i % 2 === 0);
      for (const format of ['jpeg', 'webp'] as const) {
        let same = 0;
        let pixelDiff = 0;
        for (const { path } of images) {
          const camera = await cameraPhoto(readFileSync(path), 1600, { format });
          const reduced = await loadModelInput(camera, SPEC);
          const reference = await exact(camera);
          pixelDiff += meanAbsDiff(reduced, reference);
          if ((await classOf(reduced)) === (await classOf(reference))) same++;
        }
        const agreement = same / images.length;
        console.log(
          `[large photos, ${format}] agreement ${agreement.toFixed(4)}, mean |Δpixel| ` +
            `${(pixelDiff / images.length).toFixed(3)} (n=${images.length})`,
        );
        expect(agreement).toBeGreaterThanOrEqual(0.98);
        expect(pixelDiff / images.length).toBeLessThan(1);
      }
      await session.release();
    },
    300_000,
  );
});
