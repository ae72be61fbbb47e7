import sharp from 'sharp';
import { bigPhoneJpeg } from './test/helpers/crafted-images.ts';
const big = await bigPhoneJpeg();
const raw = await sharp(big).raw().toBuffer({ resolveWithObject: true });
for (const round of [1, 2]) for (const effort of [4, 3, 2, 1]) {
  const t = performance.now(); let size = 0;
  for (let i = 0; i < 4; i++) size = (await sharp(raw.data, { raw: { width: raw.info.width, height: raw.info.height, channels: 3 } }).webp({ quality: 85, effort }).toBuffer()).length;
  console.log(round, 'effort', effort, ((performance.now() - t) / 4).toFixed(0), 'ms', size);
}
let t = performance.now(); for (let i = 0; i < 4; i++) await sharp(big).raw().toBuffer(); console.log('decode', ((performance.now() - t) / 4).toFixed(0));
