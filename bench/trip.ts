/**
 * npm run bench:trip — plan a 14-day trip with 3 activities a day (work, evening, sport) from a
 * generated 1,000-garment wardrobe (seeded; see recommend-wardrobe.ts), without laundry and with
 * it. Prints the median and 90th percentile wall time of planTrip over RUNS runs (goal ≤ 200 ms)
 * and the suitcase size beside a greedy baseline (each day's best outfit, independently, under
 * the same wear limits).
 */
import { cpus, loadavg } from 'node:os';
import { planTrip, type TripDayInput } from '@fashion/core';
import { generateWardrobe } from './recommend-wardrobe.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const wardrobe = generateWardrobe(1000, 42);
const days: TripDayInput[] = Array.from({ length: 14 }, (_, i) => ({
  date: `2027-05-${String(i + 1).padStart(2, '0')}`,
  temperature: 12 + ((i * 5) % 14),
  rain: i % 4 === 1,
  source: i < 7 ? 'forecast' : 'climate',
  activities: ['work', 'evening', 'sport'],
}));

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

console.log(
  `cpus ${cpus().length}, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}, runs ${RUNS}`,
);
console.log('laundry | median ms | p90 ms | suitcase (planner) | suitcase (greedy) | outfits');
for (const laundry of [false, true]) {
  const input = { wardrobe, days, laundry };
  planTrip(input); // warm-up
  const times: number[] = [];
  let plan = planTrip(input);
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    plan = planTrip(input);
    times.push(performance.now() - t0);
  }
  const greedy = planTrip(input, 'best');
  const outfits = plan.days.reduce((n, d) => n + d.outfits.length, 0);
  console.log(
    `${laundry ? 'yes    ' : 'no     '} | ${pct(times, 0.5).toFixed(1).padStart(9)} | ${pct(times, 0.9).toFixed(1).padStart(6)} | ${String(plan.suitcaseSize).padStart(18)} | ${String(greedy.suitcaseSize).padStart(17)} | ${outfits}/42`,
  );
}
