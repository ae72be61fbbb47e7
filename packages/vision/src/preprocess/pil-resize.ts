/**
 * Pillow's convolution resampling (`Image.resize` with BILINEAR, and BOX for the colour
 * thumbnail), reimplemented bit for bit for 8-bit RGB: the models were evaluated on
 * Pillow-resized images, and libvips (sharp) resamples differently enough to move a few
 * validation predictions. Same algorithm: antialiased (support scaled by the reduction factor),
 * separable, horizontal pass first over the rows the vertical pass needs, fixed-point
 * coefficients with 22 fractional bits, rounding and clipping to 8 bits after each pass.
 * The training tools use this same port (training/tools/pil_bilinear.cjs loads it).
 */
import type { RgbImage } from '../image/rgb.ts';

export type PilFilter = 'box' | 'bilinear';

interface Filter {
  support: number;
  weight(x: number): number;
}

const FILTERS: Record<PilFilter, Filter> = {
  box: { support: 0.5, weight: (x) => (x > -0.5 && x <= 0.5 ? 1 : 0) },
  bilinear: {
    support: 1,
    weight: (x) => {
      const a = Math.abs(x);
      return a < 1 ? 1 - a : 0;
    },
  },
};

const PRECISION_BITS = 32 - 8 - 2;
const HALF = 1 << (PRECISION_BITS - 1);
const ONE = 1 << PRECISION_BITS;
const CLIP_HIGH = ONE * 256;

interface Coefficients {
  /** Taps per output pixel (the row stride of `weights`). */
  taps: number;
  /** Per output pixel: first input index, and number of inputs used. */
  first: Int32Array;
  count: Int32Array;
  /** Fixed-point weights, `taps` per output pixel. */
  weights: Int32Array;
}

/** Filter taps mapping `inSize` pixels onto `outSize` pixels. */
function coefficients(inSize: number, outSize: number, filter: Filter): Coefficients {
  const scale = inSize / outSize;
  const filterScale = Math.max(scale, 1);
  const support = filter.support * filterScale;
  const taps = Math.ceil(support) * 2 + 1;
  const first = new Int32Array(outSize);
  const count = new Int32Array(outSize);
  const weights = new Int32Array(outSize * taps);
  const raw = new Float64Array(taps);
  for (let xx = 0; xx < outSize; xx++) {
    const center = (xx + 0.5) * scale;
    const ss = 1 / filterScale;
    const xmin = Math.max(Math.trunc(center - support + 0.5), 0);
    const xmax = Math.min(Math.trunc(center + support + 0.5), inSize) - xmin;
    let total = 0;
    for (let x = 0; x < xmax; x++) {
      const w = filter.weight((x + xmin - center + 0.5) * ss);
      raw[x] = w;
      total += w;
    }
    for (let x = 0; x < xmax; x++) {
      const w = total !== 0 ? raw[x]! / total : raw[x]!;
      weights[xx * taps + x] = Math.trunc(w < 0 ? -0.5 + w * ONE : 0.5 + w * ONE);
    }
    first[xx] = xmin;
    count[xx] = xmax;
  }
  return { taps, first, count, weights };
}

function clip8(v: number): number {
  if (v >= CLIP_HIGH) return 255;
  if (v <= 0) return 0;
  return v >> PRECISION_BITS;
}

function horizontal(src: RgbImage, rowFrom: number, rowTo: number, c: Coefficients): RgbImage {
  const outW = c.first.length;
  const rows = rowTo - rowFrom;
  const out = new Uint8Array(outW * rows * 3);
  const data = src.data;
  const width = src.width;
  const { first, count, weights, taps } = c;
  for (let y = 0; y < rows; y++) {
    const rowBase = (y + rowFrom) * width * 3;
    let o = y * outW * 3;
    for (let xx = 0; xx < outW; xx++) {
      const n = count[xx]!;
      let k = xx * taps;
      let p = rowBase + first[xx]! * 3;
      let r = HALF;
      let g = HALF;
      let b = HALF;
      for (let x = 0; x < n; x++, p += 3, k++) {
        const w = weights[k]!;
        r += data[p]! * w;
        g += data[p + 1]! * w;
        b += data[p + 2]! * w;
      }
      out[o++] = clip8(r);
      out[o++] = clip8(g);
      out[o++] = clip8(b);
    }
  }
  return { width: outW, height: rows, data: out };
}

function vertical(src: RgbImage, rowOffset: number, c: Coefficients): RgbImage {
  const outH = c.first.length;
  const stride = src.width * 3;
  const out = new Uint8Array(outH * stride);
  const data = src.data;
  const { first, count, weights, taps } = c;
  for (let yy = 0; yy < outH; yy++) {
    const base = (first[yy]! - rowOffset) * stride;
    const n = count[yy]!;
    const kBase = yy * taps;
    const outBase = yy * stride;
    for (let i = 0; i < stride; i++) {
      let s = HALF;
      for (let y = 0, p = base + i; y < n; y++, p += stride) s += data[p]! * weights[kBase + y]!;
      out[outBase + i] = clip8(s);
    }
  }
  return { width: src.width, height: outH, data: out };
}

/** `image.resize((width, height), filter)` as Pillow computes it for an RGB image. */
export function pilResize(
  image: RgbImage,
  width: number,
  height: number,
  filter: PilFilter,
): RgbImage {
  if (width < 1 || height < 1) throw new RangeError(`bad target size ${width}×${height}`);
  const needH = width !== image.width;
  const needV = height !== image.height;
  if (!needH && !needV) return { width, height, data: image.data.slice() };
  const f = FILTERS[filter];
  const ch = coefficients(image.width, width, f);
  const cv = coefficients(image.height, height, f);
  if (!needH) return vertical(image, 0, cv);
  // Only the source rows the vertical pass reads go through the horizontal pass.
  const rowFrom = needV ? cv.first[0]! : 0;
  const rowTo = needV ? cv.first[height - 1]! + cv.count[height - 1]! : image.height;
  const temp = horizontal(image, rowFrom, rowTo, ch);
  return needV ? vertical(temp, rowFrom, cv) : temp;
}

/** Pillow's BILINEAR resize of interleaved RGB bytes (the training tools' entry point). */
export function resizeRGB(
  data: Uint8Array,
  width: number,
  height: number,
  outWidth: number,
  outHeight: number,
): Uint8Array {
  return pilResize({ width, height, data }, outWidth, outHeight, 'bilinear').data;
}
