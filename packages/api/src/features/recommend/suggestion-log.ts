/**
 * Records what the recommender showed a person (the "suggested, never worn" insight): each
 * garment of the outfits served counts one suggestion (SuggestionStore, counters per garment).
 *
 * Counted: GET /api/outfits/recommend (the outfits screen), the calendar's suggestions for a day
 * (GET /api/planes/sugerencias) and the outfit the stylist's chat answers with. Not counted: the
 * mirror (it judges the person's own outfit) and trip plans (a packing list, stored with the trip).
 *
 * The write never holds up or fails the answer: it runs in the background (on a Worker kept alive
 * with the request's waitUntil) and a failure is only logged. The same garments served again to
 * the same person within REPEAT_MS (a refresh, the screen remounting) are not counted again, and
 * nothing is written for them; this memory is per process (per isolate on the edge) and bounded.
 */
import type { Garment, RecommendedOutfit } from '@fashion/core';
import type { AppContext, AppCtx } from '../../deps.ts';

/** Within this time, the same suggestion again is the same suggestion. */
export const REPEAT_MS = 10 * 60_000;
/** People remembered for the repeat check; past it the memory starts over (one extra count). */
const MAX_REMEMBERED = 10_000;

export interface SuggestionLog {
  /** Counts the garments of `outfits` as suggested to `userId` now (in the background). */
  served(
    c: AppCtx,
    userId: string,
    outfits: readonly Pick<RecommendedOutfit<Garment>, 'prendas'>[],
  ): void;
}

/** Keeps a Worker's isolate alive for the write; on Node (no execution context) it just runs. */
function keepAlive(c: AppCtx, work: Promise<unknown>): void {
  let ctx: { waitUntil(p: Promise<unknown>): void } | undefined;
  try {
    ctx = c.executionCtx;
  } catch {
    ctx = undefined; // Hono throws when the runtime gives none (Node).
  }
  ctx?.waitUntil(work);
}

export function suggestionLog(
  ctx: Pick<AppContext, 'store' | 'options'>,
  now: () => number = Date.now,
): SuggestionLog {
  const last = new Map<string, { key: string; at: number }>();
  return {
    served(c, userId, outfits) {
      const ids = [
        ...new Set(outfits.flatMap((o) => Object.values(o.prendas).map((g) => g!._id))),
      ].sort();
      if (ids.length === 0) return;
      const t = now();
      const key = ids.join(',');
      const seen = last.get(userId);
      if (seen && seen.key === key && t - seen.at < REPEAT_MS) return;
      if (last.size >= MAX_REMEMBERED) last.clear();
      last.set(userId, { key, at: t });
      const work = Promise.resolve()
        .then(() => ctx.store.suggestions.record(userId, ids, new Date(t).toISOString()))
        .catch((err: unknown) => {
          // Counted again next time rather than never.
          if (last.get(userId)?.key === key) last.delete(userId);
          ctx.options.logError('could not record the outfits suggested (the answer went out)', err);
        });
      keepAlive(c, work);
    },
  };
}
