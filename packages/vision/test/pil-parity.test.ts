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
import { pilResize, type Box, type PilFilter } from '../src/preprocess/pil-resize.ts';
import { simdAvailable } from '../src/preprocess/simd-resample.ts';
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

  it('resizes exactly like Image.resize for every filter, scale and box (SIMD and JS)', async () => {
    const cases: [string, number, number, PilFilter, Box?][] = [
      ['shoes-1.jpg', 224, 224, 'bilinear'],
      ['shoes-1.jpg', 64, 64, 'bilinear'],
      ['shirt-2.jpg', 100, 37, 'bicubic'],
      ['dress-1.jpg', 300, 400, 'lanczos'],
      ['hat-1.jpg', 50, 80, 'box'],
      ['pants-2.jpg', 77, 77, 'hamming'],
      ['skirt-2.jpg', 64, 64, 'bicubic', [10.5, 3.25, 150.75, 120]],
      ['t-shirt-2.jpg', 224, 224, 'bilinear', [0, 20, 224, 180]],
      ['longsleeve-1.jpg', 168, 100, 'bilinear'],
      ['shirt-1.jpg', 7, 9, 'lanczos'], // extreme downscale: many taps, negative lobes
    ];
    const jobs = await Promise.all(
      cases.map(async ([file, w, h, filter, box], i) => {
        const img = await load(join(PHOTOS, file));
        const raw = join(tmp, `in-${i}.raw`);
        writeFileSync(raw, img.data);
        const simd = pilResize(img, w, h, filter, box);
        const js = pilResize(img, w, h, filter, box, { simd: false });
        return {
          raw,
          src: [img.width, img.height],
          size: [w, h],
          filter,
          box: box ?? null,
          ours: sha(simd.data),
          js: sha(js.data),
        };
      }),
    );
    const theirs = JSON.parse(
      runPython(
        `import sys, json, hashlib, numpy as np
from PIL import Image
F = {"box": Image.BOX, "bilinear": Image.BILINEAR, "hamming": Image.HAMMING, "bicubic": Image.BICUBIC, "lanczos": Image.LANCZOS}
out = []
for j in json.loads(sys.stdin.read()):
    im = Image.frombytes("RGB", tuple(j["src"]), open(j["raw"], "rb").read())
    r = im.resize(tuple(j["size"]), F[j["filter"]], box=tuple(j["box"]) if j["box"] else None)
    out.append(hashlib.sha256(np.asarray(r).tobytes()).hexdigest())
print(json.dumps(out))`,
        JSON.stringify(jobs),
      ),
    ) as string[];
    expect(simdAvailable()).toBe(true); // Node 20 has WebAssembly SIMD: the fast path is tested
    expect(jobs.map((j) => j.ours)).toEqual(theirs);
    expect(jobs.map((j) => j.js)).toEqual(theirs);
  });

  it.skipIf(pythonUnavailable(['torchvision']))(
    'center-crop matches torchvision Resize + CenterCrop; fit matches ImageOps.fit',
    async () => {
      const files = ['shirt-2.jpg', 'hat-1.jpg', 't-shirt-2.jpg', 'dress-1.jpg'];
      const specs: PreprocessSpec[] = [
        { size: 64, resize: 'center-crop', interpolation: 'bilinear' },
        { size: 96, resize: 'center-crop', interpolation: 'bicubic', resize_size: 110 },
        { size: 80, resize: 'fit', interpolation: 'bilinear' },
      ];
      const ours: string[] = [];
      for (const f of files) {
        const img = await load(join(PHOTOS, f));
        for (const spec of specs) ours.push(sha(preprocessRgb(img, spec).data));
      }
      const theirs = JSON.parse(
        runPython(
          `import sys, json, hashlib, numpy as np
from PIL import Image, ImageOps
from torchvision import transforms as T
from torchvision.transforms import InterpolationMode as IM
files, specs = json.loads(sys.stdin.read())
F = {"bilinear": Image.BILINEAR, "bicubic": Image.BICUBIC}
out = []
for f in files:
    im = Image.open(f).convert("RGB")
    for s in specs:
        if s["resize"] == "center-crop":
            t = T.Compose([T.Resize(s.get("resize_size", s["size"]), interpolation=IM(s["interpolation"])), T.CenterCrop(s["size"])])
            r = t(im)
        else:
            r = ImageOps.fit(im, (s["size"], s["size"]), F[s["interpolation"]])
        out.append(hashlib.sha256(np.asarray(r).tobytes()).hexdigest())
print(json.dumps(out))`,
          JSON.stringify([files.map((f) => join(PHOTOS, f)), specs]),
        ),
      ).flat() as string[];
      expect(ours).toEqual(theirs);
    },
  );
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
