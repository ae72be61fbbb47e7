import { describe, expect, it } from 'vitest';
import { cleanMask, type Mask } from '../src/segment/mask.ts';
import { boundaryF, iou } from '../src/segment/metrics.ts';
import { resizeMask } from '../src/segment/resize-mask.ts';

function box(width: number, height: number, x0: number, y0: number, x1: number, y1: number): Mask {
  const data = new Uint8Array(width * height);
  for (let y = y0; y < y1; y++) data.fill(1, y * width + x0, y * width + x1);
  return { width, height, data };
}

describe('mask metrics', () => {
  it('IoU is intersection over union', () => {
    expect(iou(box(10, 10, 0, 0, 4, 10), box(10, 10, 2, 0, 6, 10))).toBeCloseTo(20 / 60);
    expect(iou(box(10, 10, 0, 0, 5, 5), box(10, 10, 0, 0, 5, 5))).toBe(1);
  });

  it('boundary F tolerates a shift within the tolerance, not beyond it', () => {
    const ref = box(40, 40, 10, 10, 30, 30);
    expect(boundaryF(box(40, 40, 11, 11, 31, 31), ref, 2)).toBe(1);
    expect(boundaryF(box(40, 40, 15, 15, 35, 35), ref, 2)).toBeLessThan(0.5);
  });
});

describe('mask clean-up and resize', () => {
  it('drops specks, keeps a second large piece, fills a small hole', () => {
    const m = box(40, 40, 2, 2, 18, 38);
    for (let y = 2; y < 38; y++) m.data.fill(1, y * 40 + 22, y * 40 + 38); // second shoe
    m.data[39 * 40 + 39] = 1; // speck
    m.data[10 * 40 + 10] = 0; // hole
    const c = cleanMask(m);
    expect(c.data[39 * 40 + 39]).toBe(0);
    expect(c.data[10 * 40 + 10]).toBe(1);
    expect(c.data[20 * 40 + 30]).toBe(1);
  });

  it('upsamples a mask without moving its edge', () => {
    const up = resizeMask(box(10, 10, 2, 2, 8, 8), 100, 100);
    expect(iou(up, box(100, 100, 20, 20, 80, 80))).toBeGreaterThan(0.95);
  });
});
