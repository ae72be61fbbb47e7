import fs from 'node:fs';
import { decodeRaw } from './src/decode.ts';
import { garmentColor } from './src/color/garment-color.ts';
import { pilResize } from './src/preprocess/pil-resize.ts';
import { imageToOklab } from './src/color/oklab.ts';
import { backgroundMask } from './src/color/background.ts';
const raw = await decodeRaw(fs.readFileSync('../../fixtures/photos/dress-1.jpg'), { channels: 3 });
const img = { width: raw.width, height: raw.height, data: raw.data };
const sq = pilResize(img, 224, 224, 'bilinear');
for (let r = 0; r < 3; r++) {
  let t = performance.now();
  for (let i = 0; i < 50; i++) garmentColor(sq);
  const total = (performance.now() - t) / 50;
  const small = pilResize(sq, 96, 96, 'box');
  t = performance.now();
  for (let i = 0; i < 50; i++) imageToOklab(small);
  const conv = (performance.now() - t) / 50;
  const labs = imageToOklab(small);
  t = performance.now();
  for (let i = 0; i < 50; i++) backgroundMask(labs, 96, 96);
  const bg = (performance.now() - t) / 50;
  t = performance.now();
  for (let i = 0; i < 50; i++) pilResize(sq, 96, 96, 'box');
  const rs = (performance.now() - t) / 50;
  console.log({ total, conv, bg, rs });
}
