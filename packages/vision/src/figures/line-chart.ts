/** A line chart of one series over epochs (the training curves). */
import { FONT, escapeXml, svgDocument } from './svg.ts';

export function lineChartSvg(
  title: string,
  yLabel: string,
  points: readonly [number, number][],
  width = 800,
  height = 480,
): string {
  const left = 64;
  const right = 24;
  const top = 48;
  const bottom = 56;
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const xMax = Math.max(1, ...xs);
  const yMin = Math.floor(Math.min(...ys) * 10) / 10;
  const yMax = Math.min(1, Math.ceil(Math.max(...ys) * 10) / 10);
  const px = (x: number) => left + (x / xMax) * (width - left - right);
  const py = (y: number) =>
    top + (1 - (y - yMin) / Math.max(1e-9, yMax - yMin)) * (height - top - bottom);
  const grid: string[] = [];
  for (let v = yMin; v <= yMax + 1e-9; v += 0.1) {
    const y = py(v);
    grid.push(
      `<line x1="${left}" y1="${y}" x2="${width - right}" y2="${y}" stroke="#e3e3e3"/>` +
        `<text x="${left - 8}" y="${y + 5}" text-anchor="end" font-size="13" ${FONT}>${v.toFixed(1)}</text>`,
    );
  }
  const step = xMax > 200 ? 50 : xMax > 40 ? 10 : 1;
  for (let e = 0; e <= xMax; e += step) {
    grid.push(
      `<text x="${px(e)}" y="${height - bottom + 18}" text-anchor="middle" font-size="13" ${FONT}>${e}</text>`,
    );
  }
  const path = points.map(([x, y], i) => `${i ? 'L' : 'M'}${px(x)},${py(y)}`).join(' ');
  const dots = points
    .map(([x, y]) => `<circle cx="${px(x)}" cy="${py(y)}" r="3.5" fill="#4f6bed"/>`)
    .join('');
  const last = points[points.length - 1];
  const axis =
    `<line x1="${left}" y1="${height - bottom}" x2="${width - right}" y2="${height - bottom}" stroke="#333"/>` +
    `<line x1="${left}" y1="${top}" x2="${left}" y2="${height - bottom}" stroke="#333"/>` +
    `<text x="${(left + width - right) / 2}" y="${height - 10}" text-anchor="middle" font-size="14" ${FONT}>epoch</text>` +
    `<text x="18" y="${(top + height - bottom) / 2}" font-size="14" ${FONT} transform="rotate(-90 18 ${(top + height - bottom) / 2})" text-anchor="middle">${escapeXml(yLabel)}</text>`;
  const note = last
    ? `<text x="${width - right}" y="30" text-anchor="end" font-size="14" ${FONT}>last: ${last[1].toFixed(4)} at epoch ${last[0]}</text>`
    : '';
  return svgDocument(
    width,
    height,
    `<text x="16" y="30" font-size="20" font-weight="bold" ${FONT}>${escapeXml(title)}</text>${note}` +
      grid.join('') +
      axis +
      `<path d="${path}" fill="none" stroke="#4f6bed" stroke-width="2.5"/>${dots}`,
  );
}
