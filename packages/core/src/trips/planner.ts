/**
 * The trip planner: one outfit per day and activity from the person's wardrobe, for each day's
 * weather, with a small suitcase. Pure and deterministic (same input → same plan), no I/O.
 *
 * Trade-off: for every (day, activity) in date order the recommender proposes its best
 * CANDIDATES outfits; among those within SCORE_TOLERANCE points of that slot's best, the planner
 * takes the one that adds the fewest garments not yet packed (then the higher score, then the
 * key). So the suitcase shrinks while no day gets an outfit much worse than its best. A garment
 * may be worn at most `maxWears` times (tops and dresses fewer without laundry, since they need
 * washing first); with laundry the limit is higher, so more is re-used. When every candidate
 * has a garment worn to its limit, the recommender is asked again among the garments still
 * wearable, so an activity goes undressed only when the wardrobe really cannot dress it.
 */
import type { Garment } from '../contracts.ts';
import type { Ocasion, Tipo } from '../taxonomy.ts';
import { recommendOutfits } from '../recommend/recommend.ts';
import { seasonOfDay } from '../recommend/season.ts';
import type { RecommendedOutfit } from '../recommend/types.ts';

export const ACTIVITIES = ['work', 'evening', 'sport', 'casual'] as const;
export type Activity = (typeof ACTIVITIES)[number];

/** What each planned activity asks of the recommender. */
export const ACTIVITY_OCCASION: Record<Activity, Ocasion> = {
  work: 'trabajo',
  evening: 'fiesta',
  sport: 'deportivo',
  casual: 'casual',
};

export interface TripDayInput {
  date: string;
  temperature: number;
  rain: boolean;
  source: 'forecast' | 'climate';
  activities: readonly Activity[];
}

export interface TripInput<G extends Garment = Garment> {
  wardrobe: readonly G[];
  days: readonly TripDayInput[];
  laundry: boolean;
  /** The destination's hemisphere: each day is dressed for its season there (default north). */
  hemisferio?: 'norte' | 'sur';
}

export const TRIP_REASON_CODES = [
  'trip_best',
  'trip_reuse',
  'trip_gap',
  'trip_climate',
  'trip_swap', // the person swapped a piece of this outfit
] as const;
export type TripReasonCode = (typeof TRIP_REASON_CODES)[number];

export interface TripReason {
  code: TripReasonCode;
  params?: Record<string, number>;
}

export interface PlannedOutfit {
  activity: Activity;
  ocasion: Ocasion;
  garmentIds: string[];
  puntuacion: number;
  /** The best score the recommender had for this day and activity. */
  mejorPuntuacion: number;
  reasons: TripReason[];
}

export interface PlannedDay {
  date: string;
  temperature: number;
  rain: boolean;
  source: 'forecast' | 'climate';
  outfits: PlannedOutfit[];
  /** Activities the wardrobe could not dress for (it lacks pieces for that occasion). */
  uncovered: Activity[];
}

export interface TripPlan {
  days: PlannedDay[];
  /** Garment ids per tipo, each garment once, sorted. */
  packingList: Partial<Record<Tipo, string[]>>;
  suitcaseSize: number;
}

export const CANDIDATES = 20;
export const SCORE_TOLERANCE = 8;
/**
 * Days are dressed for their temperature rounded to this many degrees: a degree either way does
 * not change what to wear, and days that round alike share one recommender call (speed).
 */
export const TEMP_STEP_C = 2;

/** How often one garment may be worn during the trip. */
export function maxWears(tipo: Tipo, laundry: boolean): number {
  if (tipo === 'superior' || tipo === 'vestido') return laundry ? 4 : 2;
  if (tipo === 'inferior') return laundry ? 7 : 4;
  return Number.POSITIVE_INFINITY; // shoes, outerwear, accessories are worn again and again
}

type Candidate = RecommendedOutfit;

function idsOf(o: Candidate): string[] {
  return Object.values(o.prendas)
    .filter((g): g is Garment => g !== undefined)
    .map((g) => g._id)
    .sort();
}

/** The plan. `choose` is the selection rule (the greedy baseline passes "best of the day"). */
export function planTrip<G extends Garment>(
  input: TripInput<G>,
  choose: 'compact' | 'best' = 'compact',
): TripPlan {
  const byId = new Map(input.wardrobe.map((g) => [g._id, g]));
  const wears = new Map<string, number>();
  const packed = new Set<string>();
  const ask = (
    wardrobe: readonly G[],
    ocasion: Ocasion,
    t: number,
    rain: boolean,
    date: string,
  ) => {
    try {
      return recommendOutfits(
        wardrobe,
        { ocasion },
        // Any day of the season stands for the others (the memo key holds the season).
        { temperature: t, rain, limit: CANDIDATES, fecha: date, hemisferio: input.hemisferio },
      );
    } catch {
      return []; // a wardrobe that cannot make this occasion: the activity stays uncovered
    }
  };
  const rounded = (temperature: number) => Math.round(temperature / TEMP_STEP_C) * TEMP_STEP_C;
  // The recommender's answer depends only on occasion, weather and season: ask once per combination.
  const memo = new Map<string, Candidate[]>();
  const candidates = (ocasion: Ocasion, temperature: number, rain: boolean, date: string) => {
    const t = rounded(temperature);
    const key = `${ocasion}|${t}|${rain}|${seasonOfDay(date, input.hemisferio)}`;
    let list = memo.get(key);
    if (!list) {
      list = ask(input.wardrobe, ocasion, t, rain, date);
      memo.set(key, list);
    }
    return list;
  };
  const underLimit = (g: Garment) => (wears.get(g._id) ?? 0) < maxWears(g.tipo, input.laundry);
  /** Candidates from the garments not yet worn to their limit (not memoised: wears change). */
  const fresh = (ocasion: Ocasion, temperature: number, rain: boolean, date: string) =>
    ask(input.wardrobe.filter(underLimit), ocasion, rounded(temperature), rain, date);
  const allowed = (ids: string[]) =>
    ids.every((id) => {
      const g = byId.get(id);
      return g !== undefined && underLimit(g);
    });

  const days: PlannedDay[] = [...input.days]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((day) => {
      const outfits: PlannedOutfit[] = [];
      const uncovered: Activity[] = [];
      for (const activity of [...new Set(day.activities)]) {
        const ocasion = ACTIVITY_OCCASION[activity];
        const list = candidates(ocasion, day.temperature, day.rain, day.date);
        const best = list[0]?.puntuacion ?? 0;
        let fit = list.map((o) => ({ o, ids: idsOf(o) })).filter((c) => allowed(c.ids));
        // Every shared candidate is worn out: ask again among the garments still within their
        // limits (the wardrobe may well dress the activity beyond the first few candidates).
        if (fit.length === 0 && list.length > 0) {
          fit = fresh(ocasion, day.temperature, day.rain, day.date)
            .map((o) => ({ o, ids: idsOf(o) }))
            .filter((c) => allowed(c.ids));
        }
        const pool =
          choose === 'best'
            ? fit.slice(0, 1)
            : fit.filter((c) => c.o.puntuacion >= best - SCORE_TOLERANCE);
        const pick = (pool.length ? pool : fit.slice(0, 1))
          .map((c) => ({ ...c, added: c.ids.filter((id) => !packed.has(id)).length }))
          .sort(
            (a, b) =>
              a.added - b.added || b.o.puntuacion - a.o.puntuacion || (a.o.key < b.o.key ? -1 : 1),
          )[0];
        if (!pick) {
          uncovered.push(activity);
          continue;
        }
        const reused = pick.ids.length - pick.added;
        for (const id of pick.ids) {
          packed.add(id);
          wears.set(id, (wears.get(id) ?? 0) + 1);
        }
        const reasons: TripReason[] = [];
        if (pick.o.puntuacion >= best) reasons.push({ code: 'trip_best' });
        else
          reasons.push({
            code: 'trip_gap',
            params: { points: Math.round(best - pick.o.puntuacion) },
          });
        if (reused > 0) reasons.push({ code: 'trip_reuse', params: { count: reused } });
        if (day.source === 'climate') reasons.push({ code: 'trip_climate' });
        outfits.push({
          activity,
          ocasion,
          garmentIds: pick.ids,
          puntuacion: pick.o.puntuacion,
          mejorPuntuacion: best,
          reasons,
        });
      }
      return {
        date: day.date,
        temperature: day.temperature,
        rain: day.rain,
        source: day.source,
        outfits,
        uncovered,
      };
    });

  const packingList: Partial<Record<Tipo, string[]>> = {};
  for (const id of [...packed].sort()) {
    const tipo = byId.get(id)!.tipo;
    (packingList[tipo] ??= []).push(id);
  }
  return { days, packingList, suitcaseSize: packed.size };
}
