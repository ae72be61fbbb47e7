/** Response shapes the app reads that are not (yet) zod contracts in @fashion/core. */
import type { Garment, Ocasion, OutfitSlot } from '@fashion/core';

export type FlatLaySlot =
  'superior' | 'superior_secundario' | 'inferior' | 'vestido' | 'zapatos' | 'abrigo' | 'sombrero';

/** One reason of a recommendation: `code` + `params` for the UI to word; `text` is Spanish. */
export interface Detail {
  code: string;
  /** A reason for the outfit, or a caveat shown apart. */
  kind?: 'reason' | 'caveat';
  text: string;
  /** Points the reason adds (+) or takes (−) against a neutral 50; 0 for plain notes. */
  delta: number;
  params?: Record<string, string | number>;
}

/**
 * One outfit from GET /api/outfits/recommend. Its `*_id` slots hold the garments (as the
 * original clients read them); the core recommender's own outfits (the stylist's) hold ids.
 */
export type Recommendation = Partial<Record<OutfitSlot, string | Garment>> & {
  key: string;
  puntuacion: number;
  ocasion?: Ocasion;
  explicaciones: string[];
  detalles?: Detail[];
  breakdown?: Record<string, number>;
  prendas: Partial<Record<FlatLaySlot, Garment>>;
};

export interface RecommendResponse {
  outfits: Recommendation[];
}

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

/** A 400 from the recommender when the wardrobe cannot make an outfit. */
export interface WardrobeIncomplete {
  error: string;
  missing?: string[];
  codes?: string[];
}
