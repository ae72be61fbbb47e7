/** What a wardrobe lacks to make any outfit, in words a person understands. */

export type MissingCode = 'shoes' | 'top' | 'bottom' | 'warm_bottom' | 'layer' | 'outerwear';

export interface MissingPiece {
  code: MissingCode;
  /** E.g. "add shoes", "add a bottom (pants, shorts or skirt) or a dress". */
  text: string;
}

export class WardrobeIncompleteError extends Error {
  readonly missing: readonly string[];
  readonly codes: readonly MissingCode[];

  constructor(readonly pieces: readonly MissingPiece[]) {
    super(`The wardrobe cannot make an outfit yet: ${pieces.map((p) => p.text).join('; ')}`);
    this.name = 'WardrobeIncompleteError';
    this.missing = pieces.map((p) => p.text);
    this.codes = pieces.map((p) => p.code);
  }
}
