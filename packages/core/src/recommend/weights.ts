/**
 * How much each part of the score counts. Weights are points out of 100 when every part applies;
 * parts that do not apply to a request (no weather given, no preferred colours, topPreference
 * 'any', no wear history) drop out and the rest are scaled back up to 100. Each part is a 0..1
 * value, so `puntuacion = Σ weight·value = 50 + Σ weight·(value − ½)`: the explanation of each
 * part carries that signed delta.
 *
 * `favorito` is the one exception: a bonus on top of the 100 (BONUS_COMPONENTS), never scaled
 * with the others, so marking a favourite can only raise an outfit's score, by at most
 * FAVORITE_POINTS: a favourite wins ties and near-ties, never against a clearly better outfit.
 */

export const COMPONENTS = [
  'ocasion',
  'color',
  'clima',
  'formalidad',
  'estilo',
  'colores_preferidos',
  'confianza',
  'preferencia_superior',
  'rotacion',
  'temporada',
  'favorito',
] as const;
export type Component = (typeof COMPONENTS)[number];

export const COMPONENT_WEIGHT: Readonly<Record<Component, number>> = {
  // Dressing for the wrong occasion is the worst failure a person notices.
  ocasion: 24,
  // What makes an outfit look put together at a glance, and what the old rules got most wrong.
  color: 22,
  // Comfort; the extremes (shorts in the cold, no coat in the rain) are hard rules already.
  clima: 14,
  // Pieces of one register: a shirt with shorts looks off even when each fits the occasion.
  formalidad: 10,
  // The person's chosen style: a taste, weaker than occasion and harmony.
  estilo: 10,
  // A bias, not a requirement: neutrals still carry most outfits.
  colores_preferidos: 8,
  // A doubtful, unconfirmed class may be wrong (a "shirt" that is a dress): it weighs less.
  confianza: 8,
  // A light bias among tops.
  preferencia_superior: 4,
  // Rotation: pieces worn lately give way to others (only when a history is given). Strong
  // enough that marking an outfit worn changes the next top suggestion when alternatives exist.
  rotacion: 14,
  // Pieces of the season asked for (only when a day is asked for; see season.ts): a nudge, the
  // person's own seasons are a hard rule already.
  temporada: 8,
  // Points on top of the rest when every piece is a favourite (a bonus, not scaled).
  favorito: 3,
};

/** Parts added on top of the 100 instead of sharing them. */
export const BONUS_COMPONENTS: ReadonlySet<Component> = new Set<Component>(['favorito']);
/** At most this many points for favourites. */
export const FAVORITE_POINTS = COMPONENT_WEIGHT.favorito;

/** Share of each part that is judged per piece (unary) and per pair of pieces. */
export const PAIR_SHARE: Readonly<Record<Component, number>> = {
  color: 1,
  ocasion: 0,
  clima: 0,
  formalidad: 1,
  estilo: 0.5,
  colores_preferidos: 0,
  confianza: 0,
  preferencia_superior: 0,
  rotacion: 0,
  temporada: 0,
  favorito: 0,
};
