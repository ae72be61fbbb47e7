/**
 * A labelled bar per entry, as plain HTML: each row reads as text ("Black 3") to a screen reader,
 * and the bar's width shows its share of the largest.
 */
import type { ReactNode } from 'react';
import { muted } from '../../components/ui.ts';

export interface Bar {
  key: string;
  label: ReactNode;
  value: number;
  /** The value as shown (defaults to the number). */
  shown?: string;
}

export function Bars({ bars, testId }: { bars: Bar[]; testId?: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <ul className="space-y-2" data-testid={testId}>
      {bars.map((b) => (
        <li key={b.key} className="grid grid-cols-[minmax(0,7rem)_1fr_auto] items-center gap-3">
          <span className="flex min-w-0 items-center gap-2 truncate text-sm">{b.label}</span>
          <span className="h-2.5 overflow-hidden rounded-full bg-stone-100 dark:bg-stone-800">
            <span
              className="block h-full rounded-full bg-accent-600 dark:bg-accent-400"
              style={{ width: `${(b.value / max) * 100}%` }}
            />
          </span>
          <span className={`text-right text-sm tabular-nums ${muted}`}>{b.shown ?? b.value}</span>
        </li>
      ))}
    </ul>
  );
}
