/**
 * A collage on sharp: each image resized to fit its box (contain, centred), composited in order,
 * then the lines of text drawn over them.
 */
import sharp from 'sharp';
import type { CollageText } from '@fashion/core';
import { textSvg } from './text-svg.ts';

export interface CollageInput {
  image: Uint8Array;
  box: { left: number; top: number; width: number; height: number };
}

export async function composeCollagePng(
  width: number,
  height: number,
  background: string,
  layers: readonly CollageInput[],
  texts: readonly CollageText[] = [],
): Promise<Buffer> {
  const inputs = await Promise.all(
    layers.map(async ({ image, box }) => ({
      input: await sharp(image)
        .rotate()
        .resize(Math.max(1, box.width), Math.max(1, box.height), {
          fit: 'contain',
          background: { r: 0, g: 0, b: 0, alpha: 0 },
        })
        .ensureAlpha()
        .png()
        .toBuffer(),
      left: box.left,
      top: box.top,
    })),
  );
  if (texts.length > 0) {
    inputs.push({ input: Buffer.from(textSvg(width, height, texts)), left: 0, top: 0 });
  }
  return sharp({ create: { width, height, channels: 4, background } })
    .composite(inputs)
    .png()
    .toBuffer();
}
