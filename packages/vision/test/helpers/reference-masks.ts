/** The reference garment masks of fixtures/masks (photo + 1-bit mask, see its README). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { RgbImage } from '../../src/image/rgb.ts';
import { REPO_ROOT } from '../../src/repo-paths.ts';
import type { Mask } from '../../src/segment/mask.ts';

export const MASKS_DIR = join(REPO_ROOT, 'fixtures/masks');

export interface ReferencePhoto {
  image: string;
  class10: string;
  background: string;
  photo: RgbImage;
  mask: Mask;
}

export async function loadReferenceMasks(): Promise<ReferencePhoto[]> {
  const lines = readFileSync(join(MASKS_DIR, 'masks.csv'), 'utf8').trim().split('\n').slice(1);
  return Promise.all(
    lines.map(async (line) => {
      const [image, class10, , background] = line.split(',') as [string, string, string, string];
      const p = await sharp(join(MASKS_DIR, 'photos', image))
        .removeAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      const m = await sharp(join(MASKS_DIR, 'masks', image.replace(/\.jpg$/, '.png')))
        .greyscale()
        .raw()
        .toBuffer({ resolveWithObject: true });
      const photo = { width: p.info.width, height: p.info.height, data: new Uint8Array(p.data) };
      const data = new Uint8Array(m.data.length);
      for (let i = 0; i < data.length; i++) data[i] = m.data[i]! > 127 ? 1 : 0;
      return {
        image,
        class10,
        background,
        photo,
        mask: { width: m.info.width, height: m.info.height, data },
      };
    }),
  );
}
