/**
 * A deterministic set of images that are not garments, for calibrating and testing the "not a
 * garment" detector: camera test patterns (colour bars, grids, checkerboards, gradients, a
 * resolution chart), sensor-like noise, flat colours, and app screenshots (text and buttons on
 * a page). Each is JPEG-encoded like a camera frame; variants differ in colour, scale and size.
 */
import sharp, { type Sharp } from 'sharp';
import { seededRandom } from '../color/kmeans.ts';

export interface NonGarment {
  name: string;
  kind: 'test-pattern' | 'noise' | 'flat' | 'screenshot';
  jpeg: Uint8Array;
}

const BARS = ['#c0c0c0', '#c0c000', '#00c0c0', '#00c000', '#c000c0', '#c00000', '#0000c0'];
const FLATS = [
  '#000000',
  '#ffffff',
  '#808080',
  '#c62828',
  '#2f5d9e',
  '#3a7d44',
  '#f2c94c',
  '#e88aa8',
  '#6f4a2f',
  '#d9c7a7',
];

const jpeg = async (svgOrRaw: Sharp) =>
  new Uint8Array(await svgOrRaw.jpeg({ quality: 88 }).toBuffer());
const svg = (w: number, h: number, body: string) =>
  sharp(
    Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">${body}</svg>`),
  );

function colourBars(w: number, h: number, colours: string[]): string {
  const bw = w / colours.length;
  const bars = colours.map(
    (c, i) => `<rect x="${i * bw}" y="0" width="${bw + 1}" height="${h * 0.67}" fill="${c}"/>`,
  );
  const low = colours
    .slice()
    .reverse()
    .map(
      (c, i) =>
        `<rect x="${i * bw}" y="${h * 0.67}" width="${bw + 1}" height="${h * 0.08}" fill="${c}"/>`,
    );
  return [
    ...bars,
    ...low,
    `<rect x="0" y="${h * 0.75}" width="${w}" height="${h * 0.25}" fill="#101010"/>`,
    `<rect x="${w * 0.1}" y="${h * 0.78}" width="${w * 0.15}" height="${h * 0.2}" fill="#ffffff"/>`,
  ].join('');
}

function grid(w: number, h: number, step: number, line: string, bg: string): string {
  let out = `<rect width="${w}" height="${h}" fill="${bg}"/>`;
  for (let x = 0; x <= w; x += step)
    out += `<line x1="${x}" y1="0" x2="${x}" y2="${h}" stroke="${line}" stroke-width="2"/>`;
  for (let y = 0; y <= h; y += step)
    out += `<line x1="0" y1="${y}" x2="${w}" y2="${y}" stroke="${line}" stroke-width="2"/>`;
  return (
    out +
    `<circle cx="${w / 2}" cy="${h / 2}" r="${Math.min(w, h) * 0.4}" fill="none" stroke="${line}" stroke-width="3"/>`
  );
}

function checker(w: number, h: number, step: number, a: string, b: string): string {
  let out = `<rect width="${w}" height="${h}" fill="${a}"/>`;
  for (let y = 0; y < h; y += step)
    for (let x = (y / step) % 2 === 0 ? 0 : step; x < w; x += 2 * step)
      out += `<rect x="${x}" y="${y}" width="${step}" height="${step}" fill="${b}"/>`;
  return out;
}

function gradient(w: number, h: number, from: string, to: string, vertical: boolean): string {
  return `<defs><linearGradient id="g" x1="0" y1="0" x2="${vertical ? 0 : 1}" y2="${vertical ? 1 : 0}">
    <stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
    <rect width="${w}" height="${h}" fill="url(#g)"/>`;
}

function resolutionChart(w: number, h: number): string {
  let out = `<rect width="${w}" height="${h}" fill="#ffffff"/>`;
  for (let i = 0; i < 24; i++) {
    const a = (i / 24) * Math.PI;
    out += `<path d="M${w / 2} ${h / 2} L${w / 2 + Math.cos(a) * w} ${h / 2 + Math.sin(a) * w} L${w / 2 + Math.cos(a + 0.065) * w} ${h / 2 + Math.sin(a + 0.065) * w} Z" fill="#000"/>`;
  }
  return out;
}

function screenshot(w: number, h: number, rand: () => number, dark: boolean): string {
  const bg = dark ? '#1e1e1e' : '#ffffff';
  const fg = dark ? '#e0e0e0' : '#202124';
  let out = `<rect width="${w}" height="${h}" fill="${bg}"/><rect width="${w}" height="${h * 0.09}" fill="${dark ? '#333' : '#1a73e8'}"/>`;
  out += `<text x="${w * 0.04}" y="${h * 0.065}" font-family="sans-serif" font-size="${h * 0.045}" fill="#fff">Settings</text>`;
  for (let y = h * 0.15; y < h * 0.9; y += h * 0.07) {
    const words = Array.from(
      { length: 3 + Math.floor(rand() * 5) },
      () => 'lorem ipsum dolor sit amet'.split(' ')[Math.floor(rand() * 5)],
    );
    out += `<text x="${w * 0.05}" y="${y}" font-family="sans-serif" font-size="${h * 0.035}" fill="${fg}">${words.join(' ')}</text>`;
    if (rand() < 0.3)
      out += `<rect x="${w * 0.7}" y="${y - h * 0.035}" width="${w * 0.22}" height="${h * 0.05}" rx="${h * 0.02}" fill="#1a73e8"/>`;
  }
  return out;
}

function noise(w: number, h: number, rand: () => number, kind: 'uniform' | 'gray' | 'salt'): Sharp {
  const px = Buffer.alloc(w * h * 3);
  for (let i = 0; i < w * h; i++) {
    if (kind === 'salt') {
      const v = rand() < 0.5 ? 20 : 235;
      px.fill(v, i * 3, i * 3 + 3);
    } else if (kind === 'gray') {
      px.fill(Math.floor(rand() * 256), i * 3, i * 3 + 3);
    } else {
      for (let c = 0; c < 3; c++) px[i * 3 + c] = Math.floor(rand() * 256);
    }
  }
  return sharp(px, { raw: { width: w, height: h, channels: 3 } });
}

/** About 60 non-garment images, the same every time. */
export async function nonGarments(): Promise<NonGarment[]> {
  const rand = seededRandom(7);
  const out: NonGarment[] = [];
  const add = async (name: string, kind: NonGarment['kind'], image: Sharp) =>
    out.push({ name, kind, jpeg: await jpeg(image) });
  const sizes: [number, number][] = [
    [640, 480],
    [480, 640],
    [800, 600],
    [320, 240],
  ];
  for (const [i, [w, h]] of sizes.entries()) {
    await add(`bars-${w}x${h}`, 'test-pattern', svg(w, h, colourBars(w, h, BARS)));
    await add(
      `bars-rev-${w}x${h}`,
      'test-pattern',
      svg(w, h, colourBars(w, h, [...BARS].reverse())),
    );
    await add(
      `grid-${i}`,
      'test-pattern',
      svg(
        w,
        h,
        grid(w, h, 20 + i * 15, i % 2 ? '#ffffff' : '#000000', i % 2 ? '#202020' : '#f0f0f0'),
      ),
    );
    await add(
      `checker-${i}`,
      'test-pattern',
      svg(w, h, checker(w, h, 10 + i * 12, '#000000', '#ffffff')),
    );
    await add(
      `checker-colour-${i}`,
      'test-pattern',
      svg(w, h, checker(w, h, 30, FLATS[i + 3]!, FLATS[i + 5]!)),
    );
    await add(
      `gradient-h-${i}`,
      'test-pattern',
      svg(w, h, gradient(w, h, '#000000', FLATS[i + 3]!, false)),
    );
    await add(
      `gradient-v-${i}`,
      'test-pattern',
      svg(w, h, gradient(w, h, FLATS[i]!, FLATS[9 - i]!, true)),
    );
    await add(`siemens-star-${i}`, 'test-pattern', svg(w, h, resolutionChart(w, h)));
    await add(
      `noise-uniform-${i}`,
      'noise',
      noise(w / 2, h / 2, rand, 'uniform').resize(w, h, { kernel: 'nearest' }),
    );
    await add(`noise-gray-${i}`, 'noise', noise(w, h, rand, 'gray'));
    await add(`noise-salt-${i}`, 'noise', noise(w, h, rand, 'salt'));
    await add(`screenshot-light-${i}`, 'screenshot', svg(w, h, screenshot(w, h, rand, false)));
    await add(`screenshot-dark-${i}`, 'screenshot', svg(w, h, screenshot(w, h, rand, true)));
  }
  for (const colour of FLATS) {
    await add(
      `flat-${colour.slice(1)}`,
      'flat',
      svg(320, 240, `<rect width="320" height="240" fill="${colour}"/>`),
    );
  }
  return out;
}
