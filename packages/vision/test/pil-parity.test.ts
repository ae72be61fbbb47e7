import { createRequire } from 'node:module';
/**
 * The preprocessing must be the training evaluation's, bit for bit: Pillow's decoder and resize
 * filters, and training/data.py's load_image on the real validation photos.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRgb } from '../src/image/load-rgb.ts';
import sharp from 'sharp';
import type { RgbImage } from '../src/image/rgb.ts';
import { pilResize, type PilFilter } from '../src/preprocess/pil-resize.ts';
import { preprocessRgb } from '../src/preprocess/model-input.ts';
import type { PreprocessSpec } from '../src/preprocess/spec.ts';
import { readLabeledImages } from '../src/eval/labels-csv.ts';
import { DEFAULT_DATASET_DIR } from '../src/repo-paths.ts';
import { PHOTOS, REPO } from './helpers/paths.ts';
import { pythonUnavailable, runPython } from './helpers/python.ts';

const noPil = pythonUnavailable(['PIL', 'numpy']);
const tmp = mkdtempSync(join(tmpdir(), 'pil-parity-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const load = (path: string): Promise<RgbImage> => loadRgb(readFileSync(path));

const sha = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

describe.skipIf(noPil)('Pillow parity', () => {
  it('decodes every fixture photo to the same pixels as PIL', async () => {
    const files = readdirSync(PHOTOS).filter((f) => f.endsWith('.jpg'));
    const ours = await Promise.all(files.map(async (f) => sha((await load(join(PHOTOS, f))).data)));
    const theirs = JSON.parse(
      runPython(
        `import sys, json, hashlib, numpy as np
from PIL import Image
files = json.loads(sys.stdin.read())
print(json.dumps([hashlib.sha256(np.asarray(Image.open(f).convert("RGB")).tobytes()).hexdigest() for f in files]))`,
        JSON.stringify(files.map((f) => join(PHOTOS, f))),
      ),
    ) as string[];
    expect(ours).toEqual(theirs);
  });

  it('drops alpha like convert("RGB") (no compositing), for RGBA and greyscale PNGs', async () => {
    const w = 16;
    const rgba = Buffer.alloc(w * w * 4);
    for (let i = 0; i < w * w; i++)
      rgba.set([i % 256, (i * 7) % 256, (i * 13) % 256, i % 3 === 0 ? 0 : 200], i * 4);
    const files = {
      rgba: await sharp(rgba, { raw: { width: w, height: w, channels: 4 } })
        .png()
        .toBuffer(),
      grey: await sharp(rgba, { raw: { width: w, height: w, channels: 4 } })
        .greyscale()
        .png()
        .toBuffer(),
    };
    const ours: string[] = [];
    for (const [name, bytes] of Object.entries(files)) {
      writeFileSync(join(tmp, `${name}.png`), bytes);
      ours.push(sha((await loadRgb(bytes)).data));
    }
    const theirs = JSON.parse(
      runPython(
        `import sys, json, hashlib, numpy as np
from PIL import Image
print(json.dumps([hashlib.sha256(np.asarray(Image.open(f).convert("RGB")).tobytes()).hexdigest() for f in json.loads(sys.stdin.read())]))`,
        JSON.stringify(Object.keys(files).map((n) => join(tmp, `${n}.png`))),
      ),
    ) as string[];
    expect(ours).toEqual(theirs);
  });

  it('resizes exactly like Image.resize (bilinear and box, down and up)', async () => {
    const cases: [string, number, number, PilFilter][] = [
      ['shoes-1.jpg', 224, 224, 'bilinear'],
      ['shoes-1.jpg', 64, 64, 'bilinear'],
      ['shirt-2.jpg', 100, 37, 'bilinear'],
      ['dress-1.jpg', 300, 400, 'bilinear'], // upscaling
      ['hat-1.jpg', 50, 80, 'box'],
      ['pants-2.jpg', 48, 48, 'box'],
      ['longsleeve-1.jpg', 168, 100, 'bilinear'],
      ['shirt-1.jpg', 7, 9, 'bilinear'], // extreme downscale: many taps
    ];
    const jobs = await Promise.all(
      cases.map(async ([file, w, h, filter], i) => {
        const img = await load(join(PHOTOS, file));
        const raw = join(tmp, `in-${i}.raw`);
        writeFileSync(raw, img.data);
        return {
          raw,
          src: [img.width, img.height],
          size: [w, h],
          filter,
          ours: sha(pilResize(img, w, h, filter).data),
        };
      }),
    );
    const theirs = JSON.parse(
      runPython(
        `import sys, json, hashlib, numpy as np
from PIL import Image
F = {"box": Image.BOX, "bilinear": Image.BILINEAR}
out = []
for j in json.loads(sys.stdin.read()):
    im = Image.frombytes("RGB", tuple(j["src"]), open(j["raw"], "rb").read())
    r = im.resize(tuple(j["size"]), F[j["filter"]])
    out.append(hashlib.sha256(np.asarray(r).tobytes()).hexdigest())
print(json.dumps(out))`,
        JSON.stringify(jobs),
      ),
    ) as string[];
    expect(jobs.map((j) => j.ours)).toEqual(theirs);
  });

  it('the training tools resize with this same port (training/tools/pil_bilinear.cjs)', async () => {
    const img = await load(join(PHOTOS, 'skirt-2.jpg'));
    const require = createRequire(import.meta.url);
    const tool = require(join(REPO, 'training/tools/pil_bilinear.cjs')) as {
      resizeRGB(data: Uint8Array, w: number, h: number, ow: number, oh: number): Uint8Array;
    };
    const viaTool = tool.resizeRGB(img.data, img.width, img.height, 160, 160);
    expect(sha(viaTool)).toBe(sha(pilResize(img, 160, 160, 'bilinear').data));
  });
});

const dataset = process.env.FASHION_DATA ?? DEFAULT_DATASET_DIR;
const trainingData = join(REPO, 'training/data.py');
const noTraining =
  noPil ??
  (readdirSync(join(REPO, 'training')).includes('data.py') ? null : `${trainingData} not found`);
const noDataset = (() => {
  try {
    readFileSync(join(dataset, 'labels.csv'));
    return null;
  } catch {
    return `no dataset at ${dataset} (set FASHION_DATA)`;
  }
})();

describe.skipIf(noTraining ?? noDataset)('training evaluation parity', () => {
  it('preprocesses all 341 validation photos exactly as training/data.py load_image', async () => {
    let spec: PreprocessSpec = { size: 224, resize: 'squash', interpolation: 'bilinear' };
    try {
      spec = { ...spec, ...JSON.parse(readFileSync(join(REPO, 'models/preprocess.json'), 'utf8')) };
    } catch {
      // no real model yet: training's documented default (squash, bilinear, 224)
    }
    expect(spec.resize).toBe('squash'); // what training/data.py implements
    const rows = await readLabeledImages(dataset, 'validation');
    expect(rows.length).toBe(341);
    const ours: string[] = [];
    for (const r of rows) ours.push(sha(preprocessRgb(await load(r.path), spec).data));
    const theirs = JSON.parse(
      runPython(
        `import sys, json, hashlib
sys.path.insert(0, ".")
from training.data import load_image
paths, size = json.loads(sys.stdin.read())
print(json.dumps([hashlib.sha256(load_image(p, size).tobytes()).hexdigest() for p in paths]))`,
        JSON.stringify([rows.map((r) => r.path), spec.size]),
        REPO,
      ),
    ) as string[];
    const differing = ours.filter((h, i) => h !== theirs[i]).length;
    expect(differing).toBe(0);
  }, 60_000);
});
