/** The trip's days for the form, and how a day is written in the person's language. */
import { addDays } from '../calendar/dates.ts';

/** Every day from `from` to `to` (inclusive); empty when the range is backwards or too long. */
export function daysBetween(from: string, to: string, max = 31): string[] {
  const out: string[] = [];
  for (let d = from; d && to && d <= to && out.length < max; d = addDays(d, 1)) out.push(d);
  return out;
}

export function dayLabel(day: string, lang: string): string {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString(lang, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}
