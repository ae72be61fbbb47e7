import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertRgbToOklab, differenceEuclidean, parse } from 'culori';
import { describe, expect, it } from 'vitest';
import { decodeRaw } from '../src/decode.ts';
import { garmentColor } from '../src/color/garment-color.ts';
import { nameOklab } from '../src/color/naming.ts';
import { preprocessRgb } from '../src/preprocess/model-input.ts';
import type { RgbImage } from '../src/image/rgb.ts';
import { PHOTOS } from './helpers/paths.ts';
import {
  BACKGROUND_COLOURS,
  syntheticGarment,
  type BackgroundKind,
  type Shape,
} from './helpers/synthetic.ts';

/** The colour as served: from the model input (squash to 224, as the real models). */
async function colourOf(bytes: Uint8Array) {
  const raw = await decodeRaw(bytes, { channels: 3 });
  const rgb: RgbImage = { width: raw.width, height: raw.height, data: raw.data };
  return garmentColor(
    preprocessRgb(rgb, { size: 224, resize: 'squash', interpolation: 'bilinear' }),
  );
}

const GARMENTS: [hex: string, name: string][] = [
  ['#c62828', 'rojo'],
  ['#2f5d9e', 'azul'],
  ['#1f2a44', 'azul'], // navy
  ['#3a7d44', 'verde'],
  ['#f2c94c', 'amarillo'],
  ['#ef7d22', 'naranja'],
  ['#e88aa8', 'rosa'],
  ['#6e3f8f', 'morado'],
  ['#1c1c1c', 'negro'],
  ['#f4f4f2', 'blanco'],
  ['#8a8a8a', 'gris'],
  ['#d9c7a7', 'beige'],
  ['#6f4a2f', 'marrón'],
  ['#7b1e2b', 'rojo'], // burgundy
];
const BACKGROUNDS: BackgroundKind[] = ['white-sheet', 'wooden-floor', 'grey', 'patterned'];
const SHAPES: Shape[] = ['tshirt', 'pants', 'dress'];

const ok = (hex: string) => convertRgbToOklab(parse(hex) as { r: number; g: number; b: number });
const distance = differenceEuclidean('oklab');

/** A garment the colour of its background cannot be told apart by anyone: not a fair case. */
function indistinguishable(hex: string, bg: BackgroundKind): boolean {
  return BACKGROUND_COLOURS[bg].some((b) => distance(ok(hex), ok(b)) < 0.12);
}

const cases = GARMENTS.flatMap(([hex, name], i) =>
  BACKGROUNDS.filter((bg) => !indistinguishable(hex, bg)).map(
    (bg, j) => [name, hex, bg, SHAPES[(i + j) % SHAPES.length]!] as const,
  ),
);

describe('garment colour on synthetic photos', () => {
  it('covers every colour name but multicolor, on every background', () => {
    expect(new Set(cases.map((c) => c[0])).size).toBe(12);
    expect(new Set(cases.map((c) => c[2])).size).toBe(4);
    expect(cases.length).toBeGreaterThan(40);
  });

  it.each(cases)('%s %s garment on %s (%s)', async (name, hex, background, shape) => {
    const result = await colourOf(await syntheticGarment({ fill: hex, background, shape }));
    expect(result.color).toBe(name);
    // The hex is the garment's measured colour, not the background's.
    expect(distance(ok(result.hex), ok(hex))).toBeLessThan(0.1);
    const lab = ok(result.hex);
    expect(nameOklab([lab.l, lab.a, lab.b])).toBe(name);
  });

  it.each([
    [['#c62828', '#f4f4f2'], 'grey'],
    [['#111111', '#f4f4f2'], 'wooden-floor'],
    [['#2f5d9e', '#f2c94c'], 'white-sheet'],
  ] as const)('stripes %j on %s are multicolor', async (fill, background) => {
    const result = await colourOf(await syntheticGarment({ fill: [...fill], background }));
    expect(result.color).toBe('multicolor');
  });

  it('is deterministic', async () => {
    const bytes = await syntheticGarment({ fill: '#3a7d44', background: 'patterned', seed: 3 });
    const a = await colourOf(bytes);
    const b = await colourOf(bytes);
    expect(b).toEqual(a);
  });
});

describe('garment colour on real photos (checked by eye)', () => {
  it.each([
    ['outwear-2.jpg', ['rojo']], // red parka on a purple blanket
    ['shorts-1.jpg', ['rojo']], // burgundy shorts on a light sheet
    ['dress-2.jpg', ['rojo']], // dark red dress on a striped blanket
    ['pants-1.jpg', ['azul']], // light-blue jeans
    ['shoes-2.jpg', ['azul']], // blue-teal trainers on a white floor
    ['dress-1.jpg', ['rosa']], // pink gingham dress on grey
    ['t-shirt-2.jpg', ['naranja', 'amarillo']], // mustard t-shirt on a purple paisley
    ['t-shirt-1.jpg', ['gris', 'blanco']], // light grey t-shirt on a patterned rug
    ['outwear-1.jpg', ['beige', 'marrón']], // beige tweed jacket on a dark floor
    ['hat-1.jpg', ['gris', 'blanco']], // white beret on a beige floor
  ])('%s is %j', async (file, names) => {
    const result = await colourOf(readFileSync(join(PHOTOS, file)));
    expect(names).toContain(result.color);
  });
});
