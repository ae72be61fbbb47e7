/**
 * "Swap this piece": another outfit for one day and activity that does without the piece,
 * chosen like the planner chooses (within the score tolerance of that slot's best, the fewest
 * garments not already packed for the other days, then the higher score, then the key), while
 * every other day keeps its outfit. The packing list follows. Pure: same input, same plan.
 */
import type { Garment } from '../contracts.ts';
import type { Tipo } from '../taxonomy.ts';
import { recommendOutfits } from '../recommend/recommend.ts';
import {
  ACTIVITY_OCCASION,
  CANDIDATES,
  SCORE_TOLERANCE,
  TEMP_STEP_C,
  maxWears,
  type Activity,
  type PlannedDay,
  type TripPlan,
  type TripReason,
} from './planner.ts';

export interface TripSwapInput<G extends Garment = Garment> {
  wardrobe: readonly G[];
  laundry: boolean;
  plan: { days: readonly PlannedDay[] };
  date: string;
  activity: Activity;
  garmentId: string;
}

/** The plan with that outfit replaced, or null when the wardrobe has no other outfit for it. */
export function swapPiece<G extends Garment>(input: TripSwapInput<G>): TripPlan | null {
  const day = input.plan.days.find((d) => d.date === input.date);
  const current = day?.outfits.find((o) => o.activity === input.activity);
  if (!day || !current || !current.garmentIds.includes(input.garmentId)) return null;
  const byId = new Map(input.wardrobe.map((g) => [g._id, g]));
  // What the rest of the trip already packs and wears.
  const wears = new Map<string, number>();
  for (const d of input.plan.days)
    for (const o of d.outfits) {
      if (o === current) continue;
      for (const id of o.garmentIds) wears.set(id, (wears.get(id) ?? 0) + 1);
    }
  const without = input.wardrobe.filter((g) => g._id !== input.garmentId);
  let list;
  try {
    list = recommendOutfits(
      without,
      { ocasion: ACTIVITY_OCCASION[input.activity] },
      {
        temperature: Math.round(day.temperature / TEMP_STEP_C) * TEMP_STEP_C,
        rain: day.rain,
        limit: CANDIDATES,
      },
    );
  } catch {
    return null; // without the piece the wardrobe cannot dress this occasion
  }
  const ids = (o: (typeof list)[number]) =>
    Object.values(o.prendas)
      .filter((g): g is G => g !== undefined)
      .map((g) => g._id)
      .sort();
  const fit = list
    .map((o) => ({ o, ids: ids(o) }))
    .filter((c) =>
      c.ids.every((id) => {
        const g = byId.get(id);
        return g !== undefined && (wears.get(id) ?? 0) < maxWears(g.tipo, input.laundry);
      }),
    );
  const best = list[0]?.puntuacion ?? 0;
  const pool = fit.filter((c) => c.o.puntuacion >= best - SCORE_TOLERANCE);
  const pick = (pool.length ? pool : fit.slice(0, 1))
    .map((c) => ({ ...c, added: c.ids.filter((id) => !wears.has(id)).length }))
    .sort(
      (a, b) =>
        a.added - b.added || b.o.puntuacion - a.o.puntuacion || (a.o.key < b.o.key ? -1 : 1),
    )[0];
  if (!pick) return null;
  const reasons: TripReason[] = [{ code: 'trip_swap' }];
  if (pick.o.puntuacion < best)
    reasons.push({ code: 'trip_gap', params: { points: Math.round(best - pick.o.puntuacion) } });
  const reused = pick.ids.length - pick.added;
  if (reused > 0) reasons.push({ code: 'trip_reuse', params: { count: reused } });
  if (day.source === 'climate') reasons.push({ code: 'trip_climate' });
  const days = input.plan.days.map((d) =>
    d !== day
      ? d
      : {
          ...d,
          outfits: d.outfits.map((o) =>
            o !== current
              ? o
              : {
                  ...o,
                  garmentIds: pick.ids,
                  puntuacion: pick.o.puntuacion,
                  mejorPuntuacion: best,
                  reasons,
                },
          ),
        },
  );
  return { days, ...packingListOf(days, byId) };
}

/** The union of the days' garments, grouped by tipo, each id once, sorted. */
function packingListOf(
  days: readonly PlannedDay[],
  byId: ReadonlyMap<string, Garment>,
): Pick<TripPlan, 'packingList' | 'suitcaseSize'> {
  const packed = [...new Set(days.flatMap((d) => d.outfits.flatMap((o) => o.garmentIds)))].sort();
  const packingList: Partial<Record<Tipo, string[]>> = {};
  for (const id of packed) {
    const tipo = byId.get(id)?.tipo;
    if (tipo) (packingList[tipo] ??= []).push(id);
  }
  return { packingList, suitcaseSize: packed.length };
}
