/**
 * The hand-labelled pattern reference (fixtures/patterns/validation-patterns.json) and how the
 * pattern hint is scored on it: precision and recall per hinted class, and how often a plain or
 * otherwise patterned garment is given a stripes/checks hint it should not have.
 */
import { readFileSync } from 'node:fs';
import type { PatternHint } from '../../src/color/pattern.ts';

export type PatternTruth = 'plain' | 'stripes' | 'checks' | 'other-pattern';

export const patternLabels: { image: string; truth: PatternTruth }[] = Object.entries(
  (
    JSON.parse(
      readFileSync(
        new URL('../../../../fixtures/patterns/validation-patterns.json', import.meta.url),
        'utf8',
      ),
    ) as { labels: Record<string, PatternTruth> }
  ).labels,
).map(([image, truth]) => ({ image, truth }));

export interface HintScores {
  /** Per hinted class: hits / times hinted, hits / times true. */
  perClass: Record<PatternHint, { precision: number; recall: number; hinted: number; of: number }>;
  /** Share of plain garments given any hint. */
  plainFalseAlarm: number;
  /** Share of other patterns (florals, dots, prints) given stripes or checks. */
  otherHinted: number;
  line: string;
}

export function scoreHints(
  rows: readonly { truth: PatternTruth; hint: PatternHint | null }[],
): HintScores {
  const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);
  const perClass = {} as HintScores['perClass'];
  for (const c of ['stripes', 'checks'] as const) {
    const hits = rows.filter((r) => r.hint === c && r.truth === c).length;
    const hinted = rows.filter((r) => r.hint === c).length;
    const of = rows.filter((r) => r.truth === c).length;
    perClass[c] = { precision: ratio(hits, hinted), recall: ratio(hits, of), hinted, of };
  }
  const share = (truth: PatternTruth) => {
    const group = rows.filter((r) => r.truth === truth);
    return ratio(group.filter((r) => r.hint !== null).length, group.length);
  };
  const plainFalseAlarm = share('plain');
  const otherHinted = share('other-pattern');
  const f = (x: number) => x.toFixed(2);
  const line = [
    ...(['stripes', 'checks'] as const).map((c) => {
      const s = perClass[c];
      return `${c} P ${f(s.precision)} (of ${s.hinted} hinted) R ${f(s.recall)} (of ${s.of})`;
    }),
    `plain given a hint ${f(plainFalseAlarm)}`,
    `other patterns given one ${f(otherHinted)}`,
  ].join('; ');
  return { perClass, plainFalseAlarm, otherHinted, line };
}
