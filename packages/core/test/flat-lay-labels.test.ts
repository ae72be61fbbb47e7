import { describe, expect, it } from 'vitest';
import { SLOTS, flatLayLabels, flatLayout, LABEL_COLUMN_X } from '../src/index.ts';

describe('flat-lay labels', () => {
  it('puts a lone label at its garment’s middle, the hat’s under the hat', () => {
    const [top] = flatLayout(['superior']);
    const [label] = flatLayLabels([top!], 0.06, 0.98);
    expect(label!.y + 0.03).toBeCloseTo(top!.y + top!.height / 2);
    const [hat] = flatLayout(['sombrero']);
    expect(flatLayLabels([hat!], 0.06, 0.98)[0]!.y).toBeGreaterThan(hat!.y + hat!.height);
  });

  it('stacks every slot top to bottom, apart, above the foot, in the column no garment uses', () => {
    const boxes = flatLayout(SLOTS);
    const labels = flatLayLabels(boxes, 0.07, 0.9);
    expect(labels.map((l) => l.slot)).toEqual([
      'sombrero',
      'abrigo',
      'superior_secundario',
      'superior',
      'vestido',
      'inferior',
      'zapatos',
    ]);
    labels
      .slice(1)
      .forEach((l, i) => expect(l.y - labels[i]!.y).toBeGreaterThanOrEqual(0.07 - 1e-9));
    expect(labels.at(-1)!.y + 0.07).toBeLessThanOrEqual(0.9 + 1e-9);
    const hat = boxes.find((b) => b.slot === 'sombrero')!;
    for (const b of boxes) if (b !== hat) expect(b.x + b.width).toBeLessThanOrEqual(LABEL_COLUMN_X);
    expect(labels[0]!.y).toBeGreaterThan(hat.y + hat.height);
  });
});
