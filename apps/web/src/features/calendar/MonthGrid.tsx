/**
 * The month as a grid (desktop): past days show what was worn, days to come what is planned.
 * A plan can be dragged onto another day (today or later) to move it.
 */
import { useState } from 'react';
import { useMovePlan } from '../../api/wears.ts';
import { focusRing } from '../../components/ui.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { monthGrid, monthOf, weekdayNames } from './dates.ts';
import type { DayEntries } from './day-index.ts';
import { slotGarments, Thumbs } from './Thumbs.tsx';
import { useSettledToast } from '../../lib/use-settled-toast.ts';

const PLAN_MIME = 'application/x-fashion-plan';

interface Props {
  month: string;
  today: string;
  selected: string;
  entries: ReadonlyMap<string, DayEntries>;
  onSelect: (day: string) => void;
}

export function MonthGrid({ month, today, selected, entries, onSelect }: Props) {
  const { t, lang } = useI18n();
  const move = useMovePlan();
  const settled = useSettledToast();
  const [over, setOver] = useState<string | null>(null);
  return (
    <div role="grid" aria-label={month} className="hidden md:block" data-testid="month-grid">
      <div role="row" className="grid grid-cols-7 gap-1 pb-1">
        {weekdayNames(lang).map((name) => (
          <div
            key={name}
            role="columnheader"
            className="px-2 text-xs font-medium text-stone-500 uppercase"
          >
            {name}
          </div>
        ))}
      </div>
      {monthGrid(month).map((week) => (
        <div role="row" key={week[0]} className="grid grid-cols-7 gap-1 pb-1">
          {week.map((day) => {
            const e = entries.get(day);
            const inMonth = monthOf(day) === month;
            const droppable = day >= today;
            const worn = e?.wears.flatMap((w) => w.prendas) ?? [];
            return (
              <div
                role="gridcell"
                key={day}
                aria-selected={day === selected}
                data-day={day}
                onDragOver={(ev) => {
                  if (!droppable || !ev.dataTransfer.types.includes(PLAN_MIME)) return;
                  ev.preventDefault();
                  setOver(day);
                }}
                onDragLeave={() => setOver((o) => (o === day ? null : o))}
                onDrop={(ev) => {
                  setOver(null);
                  const id = ev.dataTransfer.getData(PLAN_MIME);
                  if (!id || !droppable) return;
                  ev.preventDefault();
                  settled(move.mutateAsync({ id, fecha: day }), t.calendar.moved);
                }}
                className={`min-h-28 rounded-xl border p-1.5 text-left ${
                  day === selected
                    ? 'border-stone-900 dark:border-stone-100'
                    : 'border-stone-200 dark:border-stone-800'
                } ${inMonth ? 'bg-white dark:bg-stone-900' : 'bg-stone-100/60 dark:bg-stone-900/40'} ${
                  over === day ? 'ring-2 ring-accent-500' : ''
                }`}
              >
                <button
                  type="button"
                  onClick={() => onSelect(day)}
                  aria-label={day}
                  className={`mb-1 flex w-full items-center justify-between rounded px-1 text-xs ${focusRing}`}
                >
                  <span
                    className={
                      day === today
                        ? 'rounded-full bg-accent-600 px-1.5 font-semibold text-white'
                        : inMonth
                          ? ''
                          : 'text-stone-400'
                    }
                  >
                    {Number(day.slice(8))}
                  </span>
                  {e?.wears.length ? (
                    <span className="text-[10px] text-stone-500">
                      {t.calendar.wornCount(e.wears.length)}
                    </span>
                  ) : null}
                </button>
                {worn.length ? <Thumbs garments={worn} max={3} size="size-7" /> : null}
                {e?.plans.map((p) => (
                  <div
                    key={p._id}
                    draggable
                    data-testid="plan-chip"
                    onDragStart={(ev) => {
                      ev.dataTransfer.setData(PLAN_MIME, p._id);
                      ev.dataTransfer.effectAllowed = 'move';
                    }}
                    className="mt-1 cursor-grab rounded-md border border-dashed border-accent-400 p-0.5"
                    title={t.calendar.dragHint}
                  >
                    <Thumbs garments={slotGarments(p.prendas)} max={3} size="size-7" />
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
