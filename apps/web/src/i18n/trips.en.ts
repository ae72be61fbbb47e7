/** English strings of the trips screen (plan, packing list) and the planner's explanations. */
import type { Activity, TripReason } from '@fashion/core';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const tripsEn = {
  link: 'Trips',
  title: 'Trips',
  intro:
    'Pack from your own wardrobe: one outfit per day for the forecast, in as few pieces as possible.',
  back: 'All trips',
  none: 'No trips yet.',
  newTrip: 'New trip',
  destination: 'Destination',
  searchCity: 'Search a city',
  search: 'Search',
  noMatch: 'No place with that name.',
  choose: (where: string) => `Travel to ${where}`,
  chosen: (name: string) => `Destination: ${name}`,
  from: 'From',
  to: 'To',
  laundry: 'I can do laundry there',
  activitiesOf: (day: string) => `Plans for ${day}`,
  create: 'Create trip',
  created: 'Trip created.',
  needCity: 'Choose a destination first.',
  activities: {
    work: 'Work',
    evening: 'Evening out',
    sport: 'Sport',
    casual: 'Casual',
  } satisfies Record<Activity, string>,
  dates: (from: string, to: string) => `${from} – ${to}`,
  days: (n: number) => plural(n, 'day', 'days'),
  plan: 'Plan outfits',
  replan: 'Plan again',
  planning: 'Planning…',
  notPlanned: 'Not planned yet: the plan uses the forecast of each day.',
  manualTitle: 'No forecast right now. Enter the weather by hand:',
  manualTemp: 'Temperature (°C)',
  manualRain: 'Rain expected',
  manualPlan: 'Plan with this weather',
  suitcase: (n: number, greedy: number) =>
    `${plural(n, 'piece', 'pieces')} in the suitcase (one best outfit a day would take ${greedy}).`,
  source: { forecast: 'forecast', climate: 'climate normals', manual: 'by hand' },
  weather: (temp: number, rain: boolean) => `${temp} °C${rain ? ', rain' : ''}`,
  uncovered: (what: string) => `Nothing in your wardrobe for: ${what}`,
  swap: (piece: string) => `Swap ${piece}`,
  swapped: 'Swapped. The rest of the trip stays as it was.',
  packing: 'Packing list',
  packed: (n: number, total: number) => `${n} of ${total} packed`,
  delete: 'Delete trip',
  deleteConfirm: 'Delete this trip and its packing list?',
  deleted: 'Trip deleted.',
  reasons: {
    trip_best: () => 'The best outfit for this day.',
    trip_reuse: (p) => `Reuses ${plural(p.count ?? 0, 'piece', 'pieces')} already packed.`,
    trip_gap: (p) =>
      p.points
        ? `${plural(p.points, 'point', 'points')} below the day’s best, to keep the suitcase small.`
        : 'As good as the day’s best, with fewer new pieces.',
    trip_climate: () => 'Beyond the forecast: dressed for the usual weather of these dates.',
    trip_swap: () => 'Chosen again after you swapped a piece.',
  } satisfies Record<TripReason['code'], (p: Record<string, number>) => string>,
};
