/**
 * The pattern hint (estampado_sugerido: stripes → rayas, checks → cuadros) of the cut-out job,
 * measured on validation photos labelled by eye (fixtures/patterns): the photo's small decode,
 * its GrabCut mask and garmentColor on the garment's own pixels, as serving computes it.
 * Prints precision/recall per class; the floors are weak, only there to catch a broken hint
 * (never hinting, or hinting everything). Measured on the 171 photos: stripes P 1.00 (6 hinted)
 * R 0.35 (of 17); checks P 0.20 (15 hinted) R 0.21 (of 14); 5 % of plain garments given a hint.
 */
import { describe, expect, it } from 'vitest';
import { garmentColor } from '../src/color/garment-color.ts';
import { segmentGarment } from '../src/segment/segment-garment.ts';
import { cutoutInput, noDataset } from './helpers/hand-named-colours.ts';
import { patternLabels, scoreHints } from './helpers/pattern-scores.ts';

describe.skipIf(noDataset !== null)('pattern hint on hand-labelled photos', () => {
  it('finds some stripes and checks without calling many plain garments patterned', async () => {
    expect(patternLabels.length).toBeGreaterThanOrEqual(40);
    const rows = [];
    const wrong: string[] = [];
    for (const { image, truth } of patternLabels) {
      const input = await cutoutInput(image);
      const { pattern } = garmentColor(input, { mask: await segmentGarment(input) });
      rows.push({ truth, hint: pattern });
      if ((pattern ?? 'plain') !== truth) wrong.push(`${image}: ${pattern ?? '-'} (${truth})`);
    }
    const scores = scoreHints(rows);
    console.log(`[pattern hint] ${scores.line}\n${wrong.join('\n')}`);
    const { stripes, checks } = scores.perClass;
    expect(stripes.recall + checks.recall).toBeGreaterThan(0);
    expect(scores.plainFalseAlarm).toBeLessThan(0.25);
  }, 600_000);
});
