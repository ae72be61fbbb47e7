/**
 * Response shapes. The recommender's are @fashion/core's wire types (its zod contracts), loosened
 * only where an older or newer server may differ: a reason code this app does not know yet (its
 * `text` is shown), and outfits saved before reasons, scores' breakdown and occasion travelled.
 */
import type {
  Explanation,
  RecommendationWire,
  SlotName,
  WardrobeIncomplete as WardrobeIncompleteWire,
} from '@fashion/core';

export type FlatLaySlot = SlotName;

/** One reason of a recommendation: `code` + `params` for the UI to word; `text` is Spanish. */
export type Detail = Omit<Explanation, 'code' | 'kind'> & {
  code: Explanation['code'] | (string & {});
  kind?: Explanation['kind'];
};

/** One outfit of GET /api/outfits/recommend (its `*_id` slots may hold the garments). */
export type Recommendation = Omit<RecommendationWire, 'detalles' | 'breakdown' | 'ocasion'> &
  Partial<Pick<RecommendationWire, 'breakdown' | 'ocasion'>> & { detalles?: Detail[] };

/** A 400 from the recommender when the wardrobe cannot make an outfit. */
export type WardrobeIncomplete = Omit<WardrobeIncompleteWire, 'code'>;

/** GET /api/me: who the server thinks is calling. */
export interface Me {
  userId: string;
  email?: string;
  name?: string;
  [k: string]: unknown;
}

export interface ClassMetrics {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** GET /api/model/metrics[-vit], as the training pipeline wrote it. */
export interface ModelMetricsJson {
  accuracy?: number;
  macro_f1?: number;
  per_class?: Record<string, ClassMetrics>;
  confusion_matrix?: number[][];
  labels?: string[];
  [k: string]: unknown;
}
