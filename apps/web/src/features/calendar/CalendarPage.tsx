/**
 * The calendar: a month grid on desktop (a week list on the phone), the chosen day in full
 * beside it. Past days show what was worn, days to come what is planned.
 */
import { useMemo, useState } from 'react';
import { usePlans, useWears } from '../../api/wears.ts';
import { ErrorState } from '../../components/States.tsx';
import { Icon } from '../../components/Icon.tsx';
import { btn, muted, pageTitle } from '../../components/ui.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { usePageTitle } from '../../lib/page-title.ts';
import { Link } from '../../router/router.tsx';
import { addDays, addMonths, localDay, monthGrid, monthOf, monthTitle } from './dates.ts';
import { byDay } from './day-index.ts';
import { DayPanel } from './DayPanel.tsx';
import { MonthGrid } from './MonthGrid.tsx';
import { WeekAgenda } from './WeekAgenda.tsx';

export default function CalendarPage() {
  const { t, lang } = useI18n();
  usePageTitle(t.calendar.title);
  const today = localDay();
  const [selected, setSelected] = useState(today);
  const month = monthOf(selected);
  const grid = monthGrid(month);
  const desde = grid[0]![0]!;
  const hasta = grid[grid.length - 1]![6]!;
  const wears = useWears(desde, hasta);
  const plans = usePlans(desde, hasta);
  const entries = useMemo(
    () => byDay(wears.data ?? [], plans.data ?? []),
    [wears.data, plans.data],
  );
  const failed = wears.error ?? plans.error;

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className={pageTitle}>{t.calendar.title}</h1>
          <p className={`mt-1 ${muted}`}>{t.calendar.intro}</p>
        </div>
        <Link to="/trips" className={`${btn.secondary} ${btn.small}`}>
          {t.trips.link}
        </Link>
      </header>
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={`${btn.ghost} ${btn.small} max-md:hidden!`}
          aria-label={t.calendar.prevMonth}
          onClick={() => setSelected(`${addMonths(month, -1)}-01`)}
        >
          <Icon name="back" className="size-4" />
        </button>
        <button
          type="button"
          className={`${btn.ghost} ${btn.small} md:hidden!`}
          aria-label={t.calendar.prevWeek}
          onClick={() => setSelected(addDays(selected, -7))}
        >
          <Icon name="back" className="size-4" />
        </button>
        <h2
          className="min-w-40 text-center font-display text-xl first-letter:uppercase"
          aria-live="polite"
        >
          {monthTitle(month, lang)}
        </h2>
        <button
          type="button"
          className={`${btn.ghost} ${btn.small} max-md:hidden!`}
          aria-label={t.calendar.nextMonth}
          onClick={() => setSelected(`${addMonths(month, 1)}-01`)}
        >
          <Icon name="back" className="size-4 rotate-180" />
        </button>
        <button
          type="button"
          className={`${btn.ghost} ${btn.small} md:hidden!`}
          aria-label={t.calendar.nextWeek}
          onClick={() => setSelected(addDays(selected, 7))}
        >
          <Icon name="back" className="size-4 rotate-180" />
        </button>
        <button
          type="button"
          className={`${btn.secondary} ${btn.small}`}
          onClick={() => setSelected(today)}
        >
          {t.calendar.today}
        </button>
      </div>
      {failed ? (
        <ErrorState error={failed} onRetry={() => void (wears.refetch(), plans.refetch())} />
      ) : (
        <div className="grid gap-6 md:grid-cols-[minmax(0,1fr)_22rem]">
          <div>
            <MonthGrid
              month={month}
              today={today}
              selected={selected}
              entries={entries}
              onSelect={setSelected}
            />
            <WeekAgenda
              selected={selected}
              today={today}
              entries={entries}
              onSelect={setSelected}
            />
          </div>
          <DayPanel
            key={selected}
            day={selected}
            today={today}
            wears={entries.get(selected)?.wears ?? []}
            plans={entries.get(selected)?.plans ?? []}
          />
        </div>
      )}
    </div>
  );
}
