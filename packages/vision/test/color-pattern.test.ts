import { describe, expect, it } from 'vitest';
import { garmentColor } from '../src/color/garment-color.ts';
import type { RgbImage } from '../src/image/rgb.ts';

/** A 96×96 garment filling the frame, painted by `paint(x, y)` → RGB. */
function image(paint: (x: number, y: number) => [number, number, number]): RgbImage {
  const data = new Uint8Array(96 * 96 * 3);
  for (let y = 0; y < 96; y++) for (let x = 0; x < 96; x++) data.set(paint(x, y), (y * 96 + x) * 3);
  return { width: 96, height: 96, data };
}

const full = { width: 1, height: 1, data: new Uint8Array([1]) };
const navy: [number, number, number] = [20, 30, 90];
const white: [number, number, number] = [240, 240, 240];

describe('colour from the mask, with pattern hint', () => {
  it('names stripes, with both colours and their shares', () => {
    const c = garmentColor(
      image((_, y) => (Math.floor(y / 6) % 2 ? white : navy)),
      { mask: full },
    );
    expect(c.pattern).toBe('stripes');
    expect([c.groups[0]!.name, c.secondary[0]!.name].sort()).toEqual(['azul', 'blanco']);
    expect(c.secondary[0]!.share).toBeGreaterThan(0.3);
  });

  it('names checks', () => {
    const c = garmentColor(
      image((x, y) => ((Math.floor(x / 6) + Math.floor(y / 6)) % 2 ? white : navy)),
      { mask: full },
    );
    expect(c.pattern).toBe('checks');
  });

  it('gives no pattern for a plain garment or one with a single large block of colour', () => {
    expect(
      garmentColor(
        image(() => navy),
        { mask: full },
      ).pattern,
    ).toBeNull();
    const block = garmentColor(
      image((_, y) => (y < 48 ? white : navy)),
      { mask: full },
    );
    expect(block.pattern).toBeNull();
    expect(block.color).toBe('multicolor');
  });

  it('uses only the masked pixels', () => {
    const mask = { width: 2, height: 1, data: new Uint8Array([1, 0]) };
    const c = garmentColor(
      image((x) => (x < 48 ? [200, 20, 20] : [20, 160, 40])),
      { mask },
    );
    expect(c.color).toBe('rojo');
    expect(c.secondary).toEqual([]);
  });
});
