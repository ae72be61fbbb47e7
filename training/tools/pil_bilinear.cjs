// Pillow's BILINEAR resize (libImaging/Resample.c, 8-bit path) in plain JavaScript, for the server's
// preprocessing: decode with sharp (EXIF-rotated, RGB, raw), then resize with this function to get
// the very tensor the models were evaluated on. Bit-exact with Pillow >= 7 (see training/tests).
//   resizeRGB(buf, width, height, outW, outH) -> Uint8Array(outW*outH*3)
'use strict';

const PRECISION_BITS = 32 - 8 - 2;

function coeffs(inSize, outSize) {
  const scale = inSize / outSize;
  const filterscale = Math.max(scale, 1.0);
  const support = 1.0 * filterscale; // bilinear filter support = 1
  const ksize = Math.ceil(support) * 2 + 1;
  const bounds = new Int32Array(outSize * 2);
  const kk = new Int32Array(outSize * ksize);
  const k = new Float64Array(ksize);
  for (let xx = 0; xx < outSize; xx++) {
    const center = (xx + 0.5) * scale;
    const ss = 1.0 / filterscale;
    // C: (int) truncates toward zero; center - support + 0.5 can be negative
    let xmin = Math.trunc(center - support + 0.5);
    if (xmin < 0) xmin = 0;
    let xmax = Math.trunc(center + support + 0.5);
    if (xmax > inSize) xmax = inSize;
    xmax -= xmin;
    let ww = 0.0;
    for (let x = 0; x < xmax; x++) {
      const t = Math.abs((x + xmin - center + 0.5) * ss);
      const w = t < 1.0 ? 1.0 - t : 0.0;
      k[x] = w;
      ww += w;
    }
    for (let x = 0; x < ksize; x++) {
      const v = x < xmax ? (ww !== 0.0 ? k[x] / ww : k[x]) : 0.0;
      // normalize_coeffs_8bpc: round half away from zero to fixed point
      kk[xx * ksize + x] = v < 0 ? Math.trunc(-0.5 + v * (1 << PRECISION_BITS))
                                 : Math.trunc(0.5 + v * (1 << PRECISION_BITS));
    }
    bounds[xx * 2] = xmin;
    bounds[xx * 2 + 1] = xmax;
  }
  return { ksize, bounds, kk };
}

function clip8(v) { return v <= 0 ? 0 : v >= 255 ? 255 : v; }

function horizontal(src, w, h, outW) {
  const { ksize, bounds, kk } = coeffs(w, outW);
  const out = new Uint8Array(outW * h * 3);
  for (let y = 0; y < h; y++) {
    for (let xx = 0; xx < outW; xx++) {
      const xmin = bounds[xx * 2], xmax = bounds[xx * 2 + 1];
      for (let c = 0; c < 3; c++) {
        let ss = 1 << (PRECISION_BITS - 1);
        for (let x = 0; x < xmax; x++) ss += src[(y * w + x + xmin) * 3 + c] * kk[xx * ksize + x];
        out[(y * outW + xx) * 3 + c] = clip8(Math.floor(ss / (1 << PRECISION_BITS)));
      }
    }
  }
  return out;
}

function vertical(src, w, h, outH) {
  const { ksize, bounds, kk } = coeffs(h, outH);
  const out = new Uint8Array(w * outH * 3);
  for (let yy = 0; yy < outH; yy++) {
    const ymin = bounds[yy * 2], ymax = bounds[yy * 2 + 1];
    for (let x = 0; x < w; x++) {
      for (let c = 0; c < 3; c++) {
        let ss = 1 << (PRECISION_BITS - 1);
        for (let y = 0; y < ymax; y++) ss += src[((y + ymin) * w + x) * 3 + c] * kk[yy * ksize + y];
        out[(yy * w + x) * 3 + c] = clip8(Math.floor(ss / (1 << PRECISION_BITS)));
      }
    }
  }
  return out;
}

function resizeRGB(buf, w, h, outW, outH) {
  let img = buf, cw = w;
  if (outW !== w) { img = horizontal(img, w, h, outW); cw = outW; }
  if (outH !== h) img = vertical(img, cw, h, outH);
  return img === buf ? Uint8Array.from(buf) : img;
}

module.exports = { resizeRGB };
