/**
 * Wardrobe insights, computed from the garments and their wears (pure: the API feeds it).
 * Wears of garments no longer in the wardrobe are ignored.
 */
import type { WearRecord } from './wears.ts';

export interface InsightGarment {
  _id: string;
  tipo: string;
  color: string;
  clase_nombre: string;
  /** Price, when the garment record has one (a later garment field). */
  precio?: number | undefined;
}

export interface GarmentWears {
  id: string;
  wears: number;
  /** Latest wear (ISO), absent when never worn. */
  last?: string;
}

export interface CostPerWear {
  id: string;
  precio: number;
  wears: number;
  /** The price over the wears; the whole price while never worn. */
  cost_per_wear: number;
}

/** How often the recommender suggested a garment (the API's suggestion log), first and last. */
export interface SuggestionRecord {
  prenda_id: string;
  veces: number;
  primera: string;
  ultima: string;
}

/** A garment suggested and not worn since it was first suggested. */
export interface SuggestedNotWorn {
  id: string;
  /** Times suggested, and the first and latest suggestion (ISO). */
  veces: number;
  primera: string;
  ultima: string;
  /** Its latest wear, always before the first suggestion's day; absent when never worn. */
  last_worn?: string;
}

export interface Insights {
  garments: number;
  total_wears: number;
  /** Most worn first (ties: older id order), at most `top` of them, only worn garments. */
  most_worn: GarmentWears[];
  /** Least worn first (never worn included), at most `top`. */
  least_worn: GarmentWears[];
  /** Garments with no wear in the last `idleDays` days. */
  not_worn_recently: string[];
  idle_days: number;
  /** Garments with a price; cheapest per wear first. */
  cost_per_wear: CostPerWear[];
  /** Sum of the known prices, and how many garments have one. */
  wardrobe_value: { total: number; priced: number };
  /** Wears per calendar month (UTC, `YYYY-MM`), the last `months` months, oldest first. */
  wears_per_month: { month: string; wears: number }[];
  by_color: Record<string, number>;
  by_tipo: Record<string, number>;
  /**
   * Garments the recommender suggested that were not worn on or after the day first suggested
   * (never worn, or only before): most suggested first (ties: latest suggestion first, then id),
   * at most `suggestedTop`.
   */
  suggested_not_worn: SuggestedNotWorn[];
}

export interface InsightOptions {
  now: Date;
  /** The suggestion log; none means nothing was ever suggested. */
  suggestions?: readonly SuggestionRecord[];
  suggestedTop?: number;
  top?: number;
  idleDays?: number;
  months?: number;
}

const DAY_MS = 86_400_000;
const round2 = (n: number) => Math.round(n * 100) / 100;

function count<T>(items: readonly T[], key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}

function monthKey(d: Date): string {
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

export function computeInsights(
  garments: readonly InsightGarment[],
  wears: readonly WearRecord[],
  options: InsightOptions,
): Insights {
  const { now, top = 5, idleDays = 90, months = 12, suggestions = [], suggestedTop = 10 } = options;
  const stats = new Map<string, GarmentWears>(
    garments.map((g) => [g._id, { id: g._id, wears: 0 }]),
  );
  const monthly = new Map<string, number>();
  let total = 0;
  for (const w of wears) {
    const at = new Date(w.fecha);
    if (Number.isNaN(at.getTime())) continue;
    let counted = false;
    for (const id of w.prenda_ids) {
      const s = stats.get(id);
      if (!s) continue;
      s.wears += 1;
      if (!s.last || w.fecha > s.last) s.last = w.fecha;
      counted = true;
    }
    if (counted) {
      total += 1;
      monthly.set(monthKey(at), (monthly.get(monthKey(at)) ?? 0) + 1);
    }
  }
  const all = [...stats.values()];
  const order = new Map(garments.map((g, i) => [g._id, i]));
  const byOrder = (a: GarmentWears, b: GarmentWears) => order.get(a.id)! - order.get(b.id)!;
  const since = now.getTime() - idleDays * DAY_MS;

  const priced = garments.filter((g) => typeof g.precio === 'number');
  const cost = priced
    .map((g) => {
      const n = stats.get(g._id)!.wears;
      return {
        id: g._id,
        precio: g.precio!,
        wears: n,
        cost_per_wear: round2(g.precio! / Math.max(n, 1)),
      };
    })
    .sort((a, b) => a.cost_per_wear - b.cost_per_wear || a.id.localeCompare(b.id));

  const perMonth: { month: string; wears: number }[] = [];
  for (let i = months - 1; i >= 0; i -= 1) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    perMonth.push({ month: monthKey(d), wears: monthly.get(monthKey(d)) ?? 0 });
  }

  // Days compare as days: a wear logged for the day of the first suggestion followed it.
  const suggestedNotWorn: SuggestedNotWorn[] = suggestions
    .filter((r) => r.veces > 0 && stats.has(r.prenda_id))
    .flatMap((r) => {
      const last = stats.get(r.prenda_id)!.last;
      if (last && last.slice(0, 10) >= r.primera.slice(0, 10)) return [];
      const out: SuggestedNotWorn = {
        id: r.prenda_id,
        veces: r.veces,
        primera: r.primera,
        ultima: r.ultima,
      };
      if (last) out.last_worn = last;
      return [out];
    })
    .sort(
      (a, b) => b.veces - a.veces || b.ultima.localeCompare(a.ultima) || a.id.localeCompare(b.id),
    )
    .slice(0, suggestedTop);

  return {
    garments: garments.length,
    total_wears: total,
    most_worn: all
      .filter((s) => s.wears > 0)
      .sort((a, b) => b.wears - a.wears || byOrder(a, b))
      .slice(0, top),
    least_worn: [...all].sort((a, b) => a.wears - b.wears || byOrder(a, b)).slice(0, top),
    not_worn_recently: all
      .filter((s) => !s.last || new Date(s.last).getTime() < since)
      .map((s) => s.id),
    idle_days: idleDays,
    cost_per_wear: cost,
    wardrobe_value: {
      total: round2(priced.reduce((sum, g) => sum + g.precio!, 0)),
      priced: priced.length,
    },
    wears_per_month: perMonth,
    by_color: count(garments, (g) => g.color),
    by_tipo: count(garments, (g) => g.tipo),
    suggested_not_worn: suggestedNotWorn,
  };
}
