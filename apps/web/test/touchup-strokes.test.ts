import { describe, expect, it } from 'vitest';
import {
  applyStrokes,
  maskFromRgba,
  maskToAlphaRgba,
  maskToGreyRgba,
  paintStroke,
  type Mask,
} from '../src/features/garment/touchup/strokes.ts';

const W = 40;
const H = 30;
const filled = (v: number): Mask => ({
  width: W,
  height: H,
  data: new Uint8ClampedArray(W * H).fill(v),
});
const at = (m: Mask, x: number, y: number) => m.data[y * m.width + x];

describe('touch-up strokes → mask', () => {
  it('starts from the cut-out’s alpha', () => {
    const rgba = new Uint8ClampedArray(2 * 1 * 4);
    rgba.set([10, 20, 30, 0, 40, 50, 60, 200]);
    expect([...maskFromRgba(rgba, 2, 1).data]).toEqual([0, 200]);
  });

  it('erase drops a round dot, keep restores it; nothing outside the brush changes', () => {
    const m = filled(255);
    paintStroke(m, { mode: 'erase', radius: 3, points: [{ x: 10.5, y: 10.5 }] });
    expect(at(m, 10, 10)).toBe(0);
    expect(at(m, 12, 10)).toBe(0);
    expect(at(m, 14, 10)).toBe(255); // beyond the radius
    expect(at(m, 13, 13)).toBe(255); // the corner of the box, outside the circle
    paintStroke(m, { mode: 'keep', radius: 3, points: [{ x: 10.5, y: 10.5 }] });
    expect(m.data.every((v) => v === 255)).toBe(true);
  });

  it('a stroke covers the whole path between its points, and is clipped at the edges', () => {
    const m = filled(255);
    paintStroke(m, {
      mode: 'erase',
      radius: 2,
      points: [
        { x: -5, y: 5 },
        { x: 45, y: 5 },
      ],
    });
    for (let x = 0; x < W; x++) expect(at(m, x, 5)).toBe(0);
    expect(at(m, 20, 9)).toBe(255);
    // The corner of the mask (what the end-to-end test erases).
    const c = filled(255);
    paintStroke(c, {
      mode: 'erase',
      radius: 4,
      points: [
        { x: 0, y: 0 },
        { x: 3, y: 3 },
      ],
    });
    expect(at(c, 0, 0)).toBe(0);
  });

  it('replays strokes in order over an untouched base (undo = one stroke fewer)', () => {
    const base = filled(0);
    const keep = { mode: 'keep' as const, radius: 4, points: [{ x: 20, y: 15 }] };
    const erase = { mode: 'erase' as const, radius: 2, points: [{ x: 20, y: 15 }] };
    const both = applyStrokes(base, [keep, erase]);
    expect(at(both, 19, 14)).toBe(0); // erased last
    expect(at(both, 17, 14)).toBe(255); // kept, outside the erase
    const undone = applyStrokes(base, [keep]);
    expect(at(undone, 19, 14)).toBe(255);
    expect(base.data.every((v) => v === 0)).toBe(true);
    expect(applyStrokes(base, []).data).toEqual(base.data);
  });

  it('encodes the mask as opaque grey for the server and as alpha for the preview', () => {
    const m: Mask = { width: 2, height: 1, data: new Uint8ClampedArray([0, 255]) };
    expect([...maskToGreyRgba(m)]).toEqual([0, 0, 0, 255, 255, 255, 255, 255]);
    expect([...maskToAlphaRgba(m)]).toEqual([0, 0, 0, 0, 0, 0, 0, 255]);
  });
});
