export { recommendOutfits, resolvePreferences } from './recommend.ts';
export { WardrobeIncompleteError, type MissingCode, type MissingPiece } from './errors.ts';
export { outfitKey } from './keys.ts';
export { canLayer } from './slots.ts';
export type { Component } from './weights.ts';
export { DEFAULT_CALIDEZ } from './warmth.ts';
export {
  REASON_CODES,
  reasonKind,
  type ReasonCode,
  type ReasonKind,
  type ReasonParams,
} from './reasons.ts';
export { spanishReason } from './reasons-es.ts';
export type {
  Breakdown,
  BreakdownPart,
  Explanation,
  OutfitPieces,
  RecommendContext,
  RecommendedOutfit,
} from './types.ts';
export {
  RecommendResponseSchema,
  WardrobeIncompleteSchema,
  toOutfitSave,
  type RecommendationWire,
  type SavableOutfit,
  type WardrobeIncomplete,
} from './schema.ts';
