/**
 * Synthetic garment photos: a T-shirt, trousers or dress silhouette of a known colour, shaded
 * like fabric under a lamp, on a photographed-looking background (a white sheet with folds, a
 * wooden floor, a grey floor, a patterned blanket), with sensor noise, JPEG-encoded by sharp.
 */
import sharp from 'sharp';
import { seededRandom } from '../../src/color/kmeans.ts';

export type BackgroundKind = 'white-sheet' | 'wooden-floor' | 'grey' | 'patterned';
export type Shape = 'tshirt' | 'pants' | 'dress';

export const BACKGROUND_COLOURS: Record<BackgroundKind, string[]> = {
  'white-sheet': ['#f1f0ec', '#dcdad4'],
  'wooden-floor': ['#9a6b3f', '#7d5330', '#b07d4f'],
  grey: ['#8c8c8c'],
  patterned: ['#f4efe6', '#5b8fb9', '#e0b04c'],
};

const W = 480;
const H = 360;

function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function backgroundPixels(kind: BackgroundKind): Buffer {
  const px = Buffer.alloc(W * H * 3);
  const [c0, c1, c2] = BACKGROUND_COLOURS[kind].map(hexToRgb);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      let rgb: [number, number, number];
      switch (kind) {
        case 'white-sheet': {
          // Soft folds: a slow wave mixing the sheet colour with its shadow tone.
          const t = 0.5 + 0.5 * Math.sin(x / 37 + Math.sin(y / 53) * 2);
          const fold = t > 0.85 ? (t - 0.85) / 0.15 : 0;
          rgb = c0!.map((v, i) => v + (c1![i]! - v) * fold) as [number, number, number];
          break;
        }
        case 'wooden-floor': {
          const plank = Math.floor(y / 45);
          const base = [c0, c1, c2][plank % 3]!;
          const grain = 10 * Math.sin(x / 9 + plank * 7 + Math.sin(x / 41) * 3);
          rgb = base.map((v) => v + grain) as [number, number, number];
          break;
        }
        case 'grey':
          rgb = [...c0!] as [number, number, number];
          break;
        case 'patterned': {
          const cell = (Math.floor(x / 24) + Math.floor(y / 24)) % 3;
          const dot = (x % 24) - 12 + ((y % 24) - 12) < 6 && x % 24 > 6;
          rgb = [...(dot ? [c2, c0, c1][cell]! : [c0, c1, c2][cell]!)] as [number, number, number];
          break;
        }
      }
      const o = (y * W + x) * 3;
      for (let i = 0; i < 3; i++) px[o + i] = Math.max(0, Math.min(255, Math.round(rgb[i]!)));
    }
  }
  return px;
}

const SHAPES: Record<Shape, string> = {
  tshirt:
    'M170,70 L215,55 Q240,80 265,55 L310,70 L370,125 L335,160 L305,135 L305,300 L175,300 L175,135 L145,160 L110,125 Z',
  pants: 'M185,50 L295,50 L310,310 L255,310 L240,130 L225,310 L170,310 Z',
  dress: 'M205,50 L275,50 L285,130 L345,310 L135,310 L195,130 Z',
};

/** `fill` is one colour, or several for vertical stripes. */
export async function syntheticGarment(options: {
  fill: string | string[];
  background: BackgroundKind;
  shape?: Shape;
  seed?: number;
}): Promise<Buffer> {
  const random = seededRandom(options.seed ?? 7);
  const fills = Array.isArray(options.fill) ? options.fill : [options.fill];
  const stripes = fills
    .map((f, i) => `<rect x="${i * 16}" y="0" width="16" height="32" fill="${f}"/>`)
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
    <defs>
      <pattern id="p" width="${16 * fills.length}" height="32" patternUnits="userSpaceOnUse">${stripes}</pattern>
      <linearGradient id="shade" x1="0" y1="0" x2="1" y2="1">
        <stop offset="0" stop-color="#fff" stop-opacity="0.18"/>
        <stop offset="0.5" stop-color="#000" stop-opacity="0"/>
        <stop offset="1" stop-color="#000" stop-opacity="0.25"/>
      </linearGradient>
    </defs>
    <path d="${SHAPES[options.shape ?? 'tshirt']}" fill="url(#p)"/>
    <path d="${SHAPES[options.shape ?? 'tshirt']}" fill="url(#shade)"/>
  </svg>`;
  const px = backgroundPixels(options.background);
  const composed = await sharp(px, { raw: { width: W, height: H, channels: 3 } })
    .composite([{ input: Buffer.from(svg) }])
    .removeAlpha()
    .raw()
    .toBuffer();
  // Sensor noise, then a phone-like JPEG.
  for (let i = 0; i < composed.length; i++) {
    composed[i] = Math.max(0, Math.min(255, composed[i]! + Math.round((random() - 0.5) * 12)));
  }
  return sharp(composed, { raw: { width: W, height: H, channels: 3 } })
    .jpeg({ quality: 85 })
    .toBuffer();
}
