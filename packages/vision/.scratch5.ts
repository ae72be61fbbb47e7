import sharp from 'sharp';
import { syntheticGarment } from './test/helpers/synthetic.ts';
import { decodeRaw } from './src/decode.ts';
import { garmentColor } from './src/color/garment-color.ts';
import { preprocessRgb } from './src/preprocess/model-input.ts';
const tiles: Buffer[] = [];
for (const [fill, bg, shape] of [['#c62828','white-sheet','tshirt'],['#2f5d9e','wooden-floor','pants'],['#3a7d44','grey','dress'],['#e88aa8','patterned','tshirt'],[['#c62828','#f4f4f2'],'grey','tshirt']] as const) {
  const b = await syntheticGarment({ fill: fill as any, background: bg as any, shape: shape as any });
  const raw = await decodeRaw(b, { channels: 3 });
  const c = garmentColor(preprocessRgb({ width: raw.width, height: raw.height, data: raw.data }, { size: 224, resize: 'squash', interpolation: 'bilinear' }));
  console.log(fill, bg, c.color, c.hex, c.backgroundShare.toFixed(2), c.groups.map((g) => g.name + ':' + g.share.toFixed(2)).join(' '));
  tiles.push(await sharp(b).resize(240, 180).png().toBuffer());
}
await sharp({ create: { width: 240 * 5, height: 180, channels: 3, background: '#000' } }).composite(tiles.map((input, i) => ({ input, left: i * 240, top: 0 }))).png().toFile('/tmp/synth.png');
