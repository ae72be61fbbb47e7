/**
 * Lines of text as an SVG the size of the canvas, for sharp (librsvg) to draw over the collage.
 * librsvg finds fonts through fontconfig: DejaVu Sans (Debian's fonts-dejavu-core, installed by
 * .ci/run) first, then any sans-serif the machine has.
 */
import type { CollageText } from '@fashion/core';

const FONT = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";

function escapeXml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Only #rgb/#rrggbb pass through as colours: anything else would break out of the attribute. */
function safeColour(c: string): string {
  return /^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(c) ? c : '#000';
}

export function textSvg(width: number, height: number, lines: readonly CollageText[]): string {
  const body = lines
    .map(
      (l) =>
        `<text x="${Math.round(l.left)}" y="${Math.round(l.top + l.size * 0.8)}" ` +
        `font-size="${l.size}" font-weight="${l.bold ? 700 : 400}" ` +
        `font-style="${l.italic ? 'italic' : 'normal'}" fill="${safeColour(l.colour)}">` +
        `${escapeXml(l.text)}</text>`,
    )
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `font-family="${FONT}">${body}</svg>`
  );
}
