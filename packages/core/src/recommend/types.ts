/** The public shapes of the recommender: its input context and its answer. */
import type { Garment } from '../contracts.ts';
import type { Ocasion } from '../taxonomy.ts';
import type { Temporada } from '../wardrobe-vocabulary.ts';
import type { ReasonCode, ReasonKind } from './reasons.ts';
import type { CategoryPlacement } from './roles.ts';
import type { OutfitSlotIds, SlotName } from '../outfit-slots.ts';
import type { Component } from './weights.ts';

export interface RecommendContext {
  /** °C; cold (≤ 12) brings outerwear and rules out shorts, heat favours light pieces. */
  temperature?: number | undefined;
  rain?: boolean | undefined;
  /**
   * The day dressed for (`YYYY-MM-DD`): its season (by `hemisferio`, default north) leaves out
   * pieces the person marked for other seasons and weighs the class's usual seasons (season.ts).
   * `temporada` names the season directly. Without either the temperature gives the season.
   */
  fecha?: string | undefined;
  temporada?: Temporada | undefined;
  hemisferio?: 'norte' | 'sur' | undefined;
  /** Combos never to return: id arrays (any order) or `key`s of earlier answers. */
  exclude?: readonly (string | readonly string[])[] | undefined;
  /** How many outfits, 1..20 (default 3). */
  limit?: number | undefined;
  /** Decides between outfits of equal score; same input and seed → same answer. */
  seed?: number | undefined;
  /** Garment ids worn lately; they give way to others. */
  recentlyWorn?: readonly string[] | undefined;
  /** The person's categories: a garment in one whose role differs from its class goes by the role. */
  categories?: readonly CategoryPlacement[] | undefined;
}

/**
 * One reason, machine-readable: clients word `code` (with `params`) in their language; `text`
 * is the Spanish sentence (reasons-es.ts). Reasons come first, caveats after them.
 */
export interface Explanation {
  code: ReasonCode;
  kind: ReasonKind;
  text: string;
  /** Points this reason adds (+) or takes (−) against a neutral 50; 0 for plain notes. */
  delta: number;
  params?: Record<string, string | number>;
}

export interface BreakdownPart {
  /** 0..1 judgement of the part. */
  valor: number;
  /** Points the part can give at most (the weights of the applicable parts sum to 100). */
  peso: number;
  /** valor × peso. */
  puntos: number;
}

export type Breakdown = Partial<Record<Component, BreakdownPart>>;

export type OutfitPieces<G extends Garment = Garment> = Partial<Record<SlotName, G>>;

/** The outfit's garments, and their ids by slot (outfit-slots.ts). */
export interface RecommendedOutfit<G extends Garment = Garment> extends OutfitSlotIds {
  /** Sorted garment ids joined by '-': pass it back in `exclude` for "show me more". */
  key: string;
  /** 0..100, the sum of the breakdown points. */
  puntuacion: number;
  ocasion: Ocasion;
  explicaciones: string[];
  detalles: Explanation[];
  breakdown: Breakdown;
  prendas: OutfitPieces<G>;
}
