/** Wears and plans grouped by day, for the grid and the agenda. */
import type { PlanExpanded, WearExpanded } from '@fashion/core';

export interface DayEntries {
  wears: WearExpanded[];
  plans: PlanExpanded[];
}

export function byDay(
  wears: readonly WearExpanded[],
  plans: readonly PlanExpanded[],
): Map<string, DayEntries> {
  const map = new Map<string, DayEntries>();
  const entry = (day: string) => {
    let e = map.get(day);
    if (!e) map.set(day, (e = { wears: [], plans: [] }));
    return e;
  };
  for (const w of wears) entry(w.fecha).wears.push(w);
  for (const p of plans) entry(p.fecha).plans.push(p);
  return map;
}
