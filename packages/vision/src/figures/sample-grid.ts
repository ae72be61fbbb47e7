/** A grid of photos (the data audit's samples): each cell the photo fitted on white, captioned. */
import sharp from 'sharp';
import { FONT, escapeXml, svgDocument } from './svg.ts';

export interface GridItem {
  path: string;
  caption: string;
}

export async function sampleGridPng(
  items: readonly GridItem[],
  columns = 10,
  cell = 128,
): Promise<Buffer> {
  const captionH = 22;
  const rows = Math.ceil(items.length / columns);
  const width = columns * cell;
  const height = rows * (cell + captionH);
  const tiles = await Promise.all(
    items.map(async (item, i) => {
      const photo = await sharp(item.path)
        .rotate()
        .resize(cell - 6, cell - 6, { fit: 'contain', background: '#ffffff' })
        .flatten({ background: '#ffffff' })
        .png()
        .toBuffer();
      const col = i % columns;
      const row = Math.floor(i / columns);
      return { input: photo, left: col * cell + 3, top: row * (cell + captionH) + 3 };
    }),
  );
  const captions = items
    .map((item, i) => {
      const x = (i % columns) * cell + cell / 2;
      const y = Math.floor(i / columns) * (cell + captionH) + cell + 15;
      return `<text x="${x}" y="${y}" text-anchor="middle" font-size="13" ${FONT}>${escapeXml(item.caption)}</text>`;
    })
    .join('');
  const base = Buffer.from(svgDocument(width, height, captions));
  return sharp(base).composite(tiles).png().toBuffer();
}
