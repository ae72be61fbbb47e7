import sharp from 'sharp';
import fs from 'node:fs';
import { decodeRaw } from './src/decode.ts';
import { garmentColor } from './src/color/garment-color.ts';
import { pilResize } from './src/preprocess/pil-resize.ts';
import { imageToOklab } from './src/color/oklab.ts';
import { backgroundMask } from './src/color/background.ts';
const S = Number(process.env.WS ?? 96);
const dir = '../../fixtures/photos/';
const tiles: Buffer[] = [];
for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.jpg')).sort()) {
  const raw = await decodeRaw(fs.readFileSync(dir + f), { channels: 3 });
  const img = { width: raw.width, height: raw.height, data: raw.data };
  const sq = pilResize(img, 224, 224, 'bilinear');
  const t0 = performance.now();
  const c = garmentColor(sq);
  const dt = performance.now() - t0;
  console.log(f.padEnd(18), c.color.padEnd(10), c.hex, 'bg', c.backgroundShare.toFixed(2), c.groups.map((g) => `${g.name}:${g.share.toFixed(2)}`).join(' '), dt.toFixed(1) + 'ms');
  const small = pilResize(sq, S, S, 'box');
  const m = backgroundMask(imageToOklab(small), S, S);
  const vis = Buffer.alloc(S * S * 3);
  for (let i = 0; i < S * S; i++) for (let k = 0; k < 3; k++) vis[i * 3 + k] = m[i] ? (k === 1 ? 0 : 255) : small.data[i * 3 + k]!;
  tiles.push(await sharp(vis, { raw: { width: S, height: S, channels: 3 } }).resize(128, 128, { kernel: 'nearest' }).png().toBuffer());
}
await sharp({ create: { width: 128 * 5, height: 128 * 4, channels: 3, background: '#000000' } })
  .composite(tiles.map((input, i) => ({ input, left: (i % 5) * 128, top: Math.floor(i / 5) * 128 })))
  .png().toFile('/tmp/masks.png');
