/** The week as a list (phone): each day with what was worn or is planned; tap to open it. */
import { focusRing, muted } from '../../components/ui.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { longDay, weekDays } from './dates.ts';
import type { DayEntries } from './day-index.ts';
import { slotGarments, Thumbs } from './Thumbs.tsx';

interface Props {
  selected: string;
  today: string;
  entries: ReadonlyMap<string, DayEntries>;
  onSelect: (day: string) => void;
}

export function WeekAgenda({ selected, today, entries, onSelect }: Props) {
  const { t, lang } = useI18n();
  return (
    <ol className="space-y-1 md:hidden" data-testid="week-agenda">
      {weekDays(selected).map((day) => {
        const e = entries.get(day);
        const worn = e?.wears.flatMap((w) => w.prendas) ?? [];
        const planned = e?.plans.flatMap((p) => slotGarments(p.prendas)) ?? [];
        return (
          <li key={day}>
            <button
              type="button"
              onClick={() => onSelect(day)}
              aria-current={day === selected ? 'date' : undefined}
              className={`flex w-full items-center justify-between gap-3 rounded-xl border px-3 py-2 text-left ${focusRing} ${
                day === selected
                  ? 'border-stone-900 bg-white dark:border-stone-100 dark:bg-stone-900'
                  : 'border-stone-200 dark:border-stone-800'
              }`}
            >
              <span className="text-sm first-letter:uppercase">
                {day === today ? <strong>{t.calendar.today} · </strong> : null}
                {longDay(day, lang)}
              </span>
              <span className="flex items-center gap-2">
                {worn.length ? <Thumbs garments={worn} max={3} size="size-7" /> : null}
                {planned.length ? (
                  <span className="rounded-md border border-dashed border-accent-400 p-0.5">
                    <Thumbs garments={planned} max={3} size="size-7" />
                  </span>
                ) : null}
                {!worn.length && !planned.length ? (
                  <span className={`text-xs ${muted}`}>—</span>
                ) : null}
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
