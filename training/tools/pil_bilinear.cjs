// Pillow's BILINEAR resize (libImaging/Resample.c, 8-bit path), for the training tools: the very
// port the server preprocesses with (packages/vision/src/preprocess/pil-resize.ts), loaded
// through tsx so that training and serving share one implementation. Decode with sharp
// (EXIF-rotated, RGB, raw), then resize with this to get the tensor the models were evaluated on.
//   resizeRGB(buf, width, height, outW, outH) -> Uint8Array(outW*outH*3)
'use strict';

const path = require('node:path');
const tsx = require('tsx/cjs/api');

const port = tsx.require(
  path.join(__dirname, '../../packages/vision/src/preprocess/pil-resize.ts'),
  __filename,
);

module.exports = { resizeRGB: port.resizeRGB };
