import { describe, expect, it } from 'vitest';
import { convertRgbToOklab, parse } from 'culori';
import { COLOR_NAMES } from '@fashion/core';
import { nameOklab } from '../src/color/naming.ts';

/** Named swatches a person would call by these names; some boundary shades accept two names. */
const SWATCHES: [hex: string, names: string][] = [
  ['#000000', 'negro'],
  ['#1c1c1c', 'negro'],
  ['#222831', 'negro'],
  ['#36454f', 'gris negro'],
  ['#808080', 'gris'],
  ['#c0c0c0', 'gris'],
  ['#d3d3d3', 'gris'],
  ['#f5f5f5', 'blanco'],
  ['#fffff0', 'blanco'],
  ['#faf0e6', 'blanco beige'],
  ['#d9c7a7', 'beige'],
  ['#d2b48c', 'beige'],
  ['#c3b091', 'beige'],
  ['#e1c699', 'beige'],
  ['#c19a6b', 'beige marrón'],
  ['#6f4a2f', 'marrón'],
  ['#8b4513', 'marrón'],
  ['#7b3f00', 'marrón'],
  ['#a0522d', 'marrón rojo'],
  ['#5c4033', 'marrón'],
  ['#ff0000', 'rojo'],
  ['#c62828', 'rojo'],
  ['#800000', 'rojo'],
  ['#800020', 'rojo'],
  ['#dc143c', 'rojo'],
  ['#b22222', 'rojo'],
  ['#8b1e3f', 'rojo'],
  ['#ffa500', 'naranja'],
  ['#ef7d22', 'naranja'],
  ['#ff8c00', 'naranja'],
  ['#ff7f50', 'naranja rosa'],
  ['#ffff00', 'amarillo'],
  ['#f2c94c', 'amarillo'],
  ['#ffd700', 'amarillo'],
  ['#e1ad01', 'amarillo'],
  ['#ffdb58', 'amarillo'],
  ['#008000', 'verde'],
  ['#3a7d44', 'verde'],
  ['#808000', 'verde'],
  ['#98ff98', 'verde'],
  ['#228b22', 'verde'],
  ['#556b2f', 'verde'],
  ['#2e8b57', 'verde'],
  ['#0000ff', 'azul'],
  ['#2f5d9e', 'azul'],
  ['#000080', 'azul'],
  ['#191970', 'azul'],
  ['#87ceeb', 'azul'],
  ['#add8e6', 'azul'],
  ['#1560bd', 'azul'],
  ['#4682b4', 'azul'],
  ['#008080', 'azul verde'],
  ['#ffc0cb', 'rosa'],
  ['#e88aa8', 'rosa'],
  ['#ff69b4', 'rosa'],
  ['#fa8072', 'rosa naranja'],
  ['#ff1493', 'rosa'],
  ['#f4c2c2', 'rosa'],
  ['#c71585', 'rosa morado'],
  ['#800080', 'morado'],
  ['#6e3f8f', 'morado'],
  ['#4b0082', 'morado'],
  ['#9370db', 'morado'],
  ['#663399', 'morado'],
];

function nameHex(hex: string): string {
  const lab = convertRgbToOklab(parse(hex) as { r: number; g: number; b: number });
  return nameOklab([lab.l, lab.a, lab.b]);
}

describe('colour naming (OKLCh rules)', () => {
  it.each(SWATCHES)('%s is %s', (hex, names) => {
    expect(names.split(' ')).toContain(nameHex(hex));
  });

  it('only ever answers a docs/architecture.md §4 colour name', () => {
    for (let r = 0; r < 256; r += 51)
      for (let g = 0; g < 256; g += 51)
        for (let b = 0; b < 256; b += 51) {
          const hex = `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
          expect(COLOR_NAMES).toContain(nameHex(hex));
        }
  });
});
