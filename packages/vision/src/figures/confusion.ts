/** A confusion matrix as a heat map: rows the true class, columns the predicted one. */
import { FONT, escapeXml, svgDocument } from './svg.ts';

export function confusionSvg(
  title: string,
  labels: readonly string[],
  matrix: readonly (readonly number[])[],
): string {
  const cell = 52;
  const left = 130;
  const top = 120;
  const k = labels.length;
  const width = left + k * cell + 24;
  const height = top + k * cell + 48;
  const body: string[] = [];
  for (let r = 0; r < k; r++) {
    const rowTotal = matrix[r]!.reduce((a, b) => a + b, 0) || 1;
    body.push(
      `<text x="${left - 8}" y="${top + r * cell + cell / 2 + 5}" text-anchor="end" font-size="14" ${FONT}>${escapeXml(labels[r]!)}</text>`,
    );
    for (let c = 0; c < k; c++) {
      const n = matrix[r]![c]!;
      // Shade by the share of the true class, so rare classes read as clearly as common ones.
      const share = n / rowTotal;
      const light = Math.round(255 - share * 190);
      const fill = `rgb(${light},${light},255)`;
      const x = left + c * cell;
      const y = top + r * cell;
      body.push(
        `<rect x="${x}" y="${y}" width="${cell}" height="${cell}" fill="${fill}" stroke="#ffffff"/>` +
          (n
            ? `<text x="${x + cell / 2}" y="${y + cell / 2 + 5}" text-anchor="middle" font-size="14" fill="${share > 0.55 ? '#ffffff' : '#111111'}" ${FONT}>${n}</text>`
            : ''),
      );
    }
  }
  for (let c = 0; c < k; c++) {
    const x = left + c * cell + cell / 2;
    body.push(
      `<text x="${x}" y="${top - 8}" font-size="14" ${FONT} transform="rotate(-45 ${x} ${top - 8})">${escapeXml(labels[c]!)}</text>`,
    );
  }
  body.push(
    `<text x="${left + (k * cell) / 2}" y="${height - 14}" text-anchor="middle" font-size="14" ${FONT}>rows: true class · columns: predicted</text>`,
  );
  return svgDocument(
    width,
    height,
    `<text x="16" y="30" font-size="20" font-weight="bold" ${FONT}>${escapeXml(title)}</text>${body.join('')}`,
  );
}
