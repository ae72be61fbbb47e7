/**
 * Calendar days in the person's own time zone, as `YYYY-MM-DD` strings (the API's `fecha`):
 * string days never drift across time zones the way Date objects at midnight do.
 */

/** The local calendar day of a moment. */
export function localDay(d: Date = new Date()): string {
  const y = d.getFullYear();
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

/** Arithmetic on days is done at noon UTC, which no daylight-saving change can move. */
const at = (day: string) => new Date(`${day}T12:00:00Z`);
const dayOf = (d: Date) => d.toISOString().slice(0, 10);

export function addDays(day: string, n: number): string {
  const d = at(day);
  d.setUTCDate(d.getUTCDate() + n);
  return dayOf(d);
}

/** 0 = Monday … 6 = Sunday (weeks start on Monday in both languages of the app). */
export function weekday(day: string): number {
  return (at(day).getUTCDay() + 6) % 7;
}

export function startOfWeek(day: string): string {
  return addDays(day, -weekday(day));
}

/** The days of `day`'s week, Monday first. */
export function weekDays(day: string): string[] {
  const start = startOfWeek(day);
  return Array.from({ length: 7 }, (_, i) => addDays(start, i));
}

export const monthOf = (day: string) => day.slice(0, 7);

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + n, 1, 12));
  return dayOf(d).slice(0, 7);
}

/** Whole weeks covering the month (Monday to Sunday), for the month grid. */
export function monthGrid(month: string): string[][] {
  const first = `${month}-01`;
  const start = startOfWeek(first);
  const last = addDays(`${addMonths(month, 1)}-01`, -1);
  const weeks: string[][] = [];
  for (let d = start; d <= last; d = addDays(d, 7)) weeks.push(weekDays(d));
  return weeks;
}

/** "Monday 7 December", "lunes, 7 de diciembre" */
export function longDay(day: string, lang: 'en' | 'es'): string {
  return at(day).toLocaleDateString(lang === 'es' ? 'es-ES' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
}

export function monthTitle(month: string, lang: 'en' | 'es'): string {
  return at(`${month}-01`).toLocaleDateString(lang === 'es' ? 'es-ES' : 'en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** Short weekday names, Monday first. */
export function weekdayNames(lang: 'en' | 'es'): string[] {
  return weekDays('2026-01-05').map((d) =>
    at(d).toLocaleDateString(lang === 'es' ? 'es-ES' : 'en-GB', {
      weekday: 'short',
      timeZone: 'UTC',
    }),
  );
}
