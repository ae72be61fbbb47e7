/** Horizontal bar chart of counts per label (the data audit's class balance). */
import { FONT, escapeXml, svgDocument } from './svg.ts';

export function barChartSvg(
  title: string,
  counts: readonly [string, number][],
  width = 800,
): string {
  const rowH = 28;
  const top = 48;
  const labelW = 130;
  const valueW = 60;
  const max = Math.max(1, ...counts.map(([, n]) => n));
  const barMax = width - labelW - valueW - 24;
  const rows = counts
    .map(([label, n], i) => {
      const y = top + i * rowH;
      const w = Math.max(1, Math.round((n / max) * barMax));
      return (
        `<text x="${labelW - 8}" y="${y + 19}" text-anchor="end" font-size="15" ${FONT}>${escapeXml(label)}</text>` +
        `<rect x="${labelW}" y="${y + 4}" width="${w}" height="${rowH - 8}" fill="#4f6bed"/>` +
        `<text x="${labelW + w + 6}" y="${y + 19}" font-size="14" ${FONT}>${n}</text>`
      );
    })
    .join('');
  const height = top + counts.length * rowH + 16;
  return svgDocument(
    width,
    height,
    `<text x="16" y="30" font-size="20" font-weight="bold" ${FONT}>${escapeXml(title)}</text>${rows}`,
  );
}
