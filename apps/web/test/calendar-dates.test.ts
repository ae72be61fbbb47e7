/** The calendar's day arithmetic: string days, weeks from Monday, whole-week month grids. */
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  localDay,
  monthGrid,
  startOfWeek,
  weekDays,
  weekday,
} from '../src/features/calendar/dates.ts';
import { byDay } from '../src/features/calendar/day-index.ts';

describe('calendar days', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    // Daylight-saving changes (last Sunday of March in Europe) never skip or repeat a day.
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
  });

  it('starts weeks on Monday', () => {
    expect(weekday('2026-12-07')).toBe(0); // a Monday
    expect(weekday('2026-12-06')).toBe(6); // a Sunday
    expect(startOfWeek('2026-12-06')).toBe('2026-11-30');
    expect(weekDays('2026-12-09')).toEqual([
      '2026-12-07',
      '2026-12-08',
      '2026-12-09',
      '2026-12-10',
      '2026-12-11',
      '2026-12-12',
      '2026-12-13',
    ]);
  });

  it('covers a month with whole weeks, and steps months across years', () => {
    const grid = monthGrid('2026-02');
    expect(grid[0]![0]).toBe('2026-01-26');
    expect(grid.at(-1)![6]).toBe('2026-03-01');
    expect(grid.flat()).toContain('2026-02-28');
    expect(grid.every((w) => w.length === 7)).toBe(true);
    expect(monthGrid('2026-06')).toHaveLength(5);
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
  });

  it('takes the local calendar day, not the UTC one', () => {
    const lateEvening = new Date(2026, 11, 6, 23, 30); // local time
    expect(localDay(lateEvening)).toBe('2026-12-06');
  });

  it('groups wears and plans by their day', () => {
    const m = byDay(
      [{ _id: 'w', fecha: '2026-12-01' } as never],
      [{ _id: 'p', fecha: '2026-12-03' } as never, { _id: 'q', fecha: '2026-12-03' } as never],
    );
    expect(m.get('2026-12-01')?.wears).toHaveLength(1);
    expect(m.get('2026-12-03')?.plans.map((p) => p._id)).toEqual(['p', 'q']);
  });
});
