/**
 * Formality on a 0 (sportswear) … 1 (black tie) scale: from the class, the occasions the person
 * tagged the garment with (their word beats our prior), and a nudge from the colour. Used for
 * the fit to the occasion (unary) and for coherence between pieces (pairwise).
 */
import type { ClassName, Ocasion } from '../taxonomy.ts';
import type { Perceptual } from './color-space.ts';

/** Prior per class when the person said nothing; shoes and hats are in the middle (unknown kind). */
const CLASS_FORMALITY: Readonly<Record<ClassName, number>> = {
  'T-shirt': 0.2,
  Shorts: 0.15,
  Longsleeve: 0.4,
  Skirt: 0.45,
  Pants: 0.5,
  Shirt: 0.7,
  Dress: 0.6,
  Shoes: 0.5,
  Outwear: 0.55,
  Hat: 0.25,
};

/** The formality each occasion asks for. */
export const OCCASION_FORMALITY: Readonly<Record<Ocasion, number>> = {
  deportivo: 0.1,
  casual: 0.3,
  fiesta: 0.65,
  trabajo: 0.7,
  formal: 0.85,
};

export function garmentFormality(
  cls: ClassName,
  tags: readonly Ocasion[],
  color: Perceptual | null,
  neutral: boolean,
): number {
  let f = CLASS_FORMALITY[cls];
  if (tags.length > 0) {
    const tagged = tags.reduce((s, t) => s + OCCASION_FORMALITY[t], 0) / tags.length;
    f = 0.35 * f + 0.65 * tagged;
  }
  // Dark neutrals read as dressier, loud saturated colours as more casual.
  if (color && neutral && color.l < 0.45) f += 0.05;
  if (color && !neutral && color.c > 0.15) f -= 0.05;
  return Math.min(1, Math.max(0, f));
}

/**
 * 1 when the formalities are within 0.15 (a T-shirt with jeans), falling to 0 at 0.6 apart
 * (a dress shirt with sports shorts).
 */
export function formalityCoherence(fa: number, fb: number): number {
  return Math.max(0, 1 - Math.max(0, Math.abs(fa - fb) - 0.15) / 0.45);
}

/**
 * Fit of one garment to the occasion. A garment the person tagged for this occasion fits
 * fully; one tagged only for other occasions fits poorly whatever its class; untagged ones
 * are judged by formality, up to 0.85.
 */
export function occasionFit(formality: number, tags: readonly Ocasion[], ocasion: Ocasion): number {
  if (tags.includes(ocasion)) return 1;
  const gap = Math.abs(formality - OCCASION_FORMALITY[ocasion]);
  const closeness = Math.max(0, 1 - Math.max(0, gap - 0.1) / 0.6);
  // Untagged pieces are our guess from the class: never as sure as the person's own tag.
  return tags.length > 0 ? 0.05 + 0.45 * closeness : 0.05 + 0.8 * closeness;
}
