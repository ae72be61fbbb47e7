/**
 * The scoring model. For one outfit shape (which slots are filled) the score is additive:
 *
 *   puntuacion = Σ_slots U_s(garment) + Σ_{slot pairs} P_st(garment, garment')
 *
 * because every part is a weighted mean with weights that depend only on the slots, never on the
 * garments. That is what lets the search score pieces alone first and bound the pairs.
 */
import type { Preferences } from '../contracts.ts';
import type { GarmentFeatures } from './features.ts';
import { colorHarmony } from './color-harmony.ts';
import { formalityCoherence, occasionFit } from './formality.ts';
import { preferredColorFit, type Palette } from './palette.ts';
import type { SlotName } from '../outfit-slots.ts';
import { SLOT_WEIGHT } from './slots.ts';
import { styleUnary, stylePair } from './style.ts';
import { outsideSeasons, type SeasonAsked } from './season.ts';
import { outerwearReason, weatherFit, hasWeather, type Weather } from './weather.ts';
import {
  BONUS_COMPONENTS,
  COMPONENTS,
  COMPONENT_WEIGHT,
  PAIR_SHARE,
  type Component,
} from './weights.ts';

export interface ScoreContext {
  prefs: Preferences;
  weather: Weather;
  palette: Palette;
  recent: ReadonlySet<string> | null;
  /** The season asked for (season.ts); null when neither a day nor a temperature was given. */
  season?: SeasonAsked | null;
  /** The wearable wardrobe has at least one favourite (else the bonus does not apply). */
  favorites?: boolean;
}

export interface Shape {
  body: 'dress' | 'topbottom';
  layer: boolean;
  coat: boolean;
  hat: boolean;
  /** In search order: the heaviest slots first, so bounds tighten early. */
  slots: readonly SlotName[];
}

export function makeShape(body: Shape['body'], layer: boolean, coat: boolean, hat: boolean): Shape {
  const slots: SlotName[] =
    body === 'dress' ? ['vestido', 'zapatos'] : ['inferior', 'superior', 'zapatos'];
  if (body === 'topbottom' && layer) slots.push('superior_secundario');
  if (coat) slots.push('abrigo');
  if (hat) slots.push('sombrero');
  return { body, layer: body === 'topbottom' && layer, coat, hat, slots };
}

const TOP_SLOTS: ReadonlySet<SlotName> = new Set(['superior', 'superior_secundario']);

/**
 * The head is always judged, hat or not: going without a hat is perfect in every part (no hat
 * cannot clash or miss the occasion) except the weather (sun, cold) and the style (moderno and
 * colorido like accessories). So a hat is added only when it brings more than it risks. Without
 * a hat the head is a constant term, and the model stays additive.
 */
export function bareHeadValue(k: Component, ctx: ScoreContext): number {
  if (k === 'estilo') {
    return { minimalista: 1, elegante: 1, colorido: 0.6, moderno: 0.5 }[ctx.prefs.estilo];
  }
  if (k === 'clima') {
    const t = ctx.weather.temperature;
    if (t !== undefined && t >= 24 && !ctx.weather.rain) return 0; // sun on the head
    if (t !== undefined && t <= 5) return 0.6;
    return ctx.weather.rain ? 0.8 : 1;
  }
  return 1;
}

/** The head's weight per part: protection from sun and cold counts as much as a top. */
function slotWeight(slot: SlotName, k: Component): number {
  if (slot !== 'sombrero') return SLOT_WEIGHT[slot];
  return k === 'clima' ? 1 : k === 'estilo' ? 0.6 : SLOT_WEIGHT.sombrero;
}

/** Slots a part judges one by one; the head ('sombrero') is there with or without a hat. */
function unarySlots(k: Component, shape: Shape): SlotName[] {
  if (k === 'preferencia_superior') return shape.slots.filter((s) => TOP_SLOTS.has(s));
  // A bare head is nobody's favourite: the bonus is shared by the pieces worn.
  if (k === 'favorito') return [...shape.slots];
  return shape.hat ? [...shape.slots] : [...shape.slots, 'sombrero'];
}

/** Whether a part applies to the request (and to the shape, when one is given). */
function applies(k: Component, ctx: ScoreContext, shape: Shape | null): boolean {
  switch (k) {
    case 'clima':
      return hasWeather(ctx.weather);
    case 'colores_preferidos':
      return ctx.palette.names.size > 0;
    case 'preferencia_superior':
      return (
        ctx.prefs.topPreference !== 'any' && (shape === null || unarySlots(k, shape).length > 0)
      );
    case 'rotacion':
      return ctx.recent !== null && ctx.recent.size > 0;
    case 'temporada':
      return ctx.season?.fromDay === true;
    case 'favorito':
      return ctx.favorites === true;
    default:
      return true;
  }
}

/**
 * One part's 0..1 judgement of one piece, before any shape-level factor. `covered`: the shape
 * has a layer or outerwear over the base top.
 */
export function rawUnary(
  k: Component,
  f: GarmentFeatures,
  ctx: ScoreContext,
  covered: boolean,
): number {
  switch (k) {
    case 'ocasion':
      return occasionFit(f.formality, f.tags, ctx.prefs.ocasion);
    case 'clima':
      return weatherFit(f, ctx.weather, covered);
    case 'estilo':
      return styleUnary(f, ctx.prefs.estilo);
    case 'colores_preferidos':
      return preferredColorFit(f, ctx.palette);
    case 'confianza':
      return f.trust;
    case 'preferencia_superior':
      return f.cls === ctx.prefs.topPreference ? 1 : 0;
    case 'rotacion':
      return ctx.recent?.has(f.id) ? 0 : 1;
    case 'temporada':
      // Outside its own seasons (only when nothing else could be made): nothing; outside its
      // class's usual ones: half, a guess.
      return outsideSeasons(f, ctx.season ?? null) ? (f.ownSeasons ? 0 : 0.5) : 1;
    case 'favorito':
      return f.favorite ? 1 : 0;
    default:
      return 0;
  }
}

/** The weather asks for outerwear the wardrobe does not have: every outfit is worse off. */
function shapeFactor(k: Component, ctx: ScoreContext, shape: Shape): number {
  return k === 'clima' && outerwearReason(ctx.weather) && !shape.coat ? 0.5 : 1;
}

/** One part's 0..1 judgement of one piece in an outfit of this shape. */
export function unaryValue(
  k: Component,
  f: GarmentFeatures,
  ctx: ScoreContext,
  shape: Shape,
): number {
  return rawUnary(k, f, ctx, shape.layer || shape.coat) * shapeFactor(k, ctx, shape);
}

/** Columns of the unary table: one per part, plus the weather judged under a cover layer. */
const COVERED_CLIMA = COMPONENTS.length;
const COLUMNS = COMPONENTS.length + 1;

/**
 * Every piece's unary judgements, computed once per request (row i = features[i], whose
 * `index` is i) and shared by every shape.
 */
export function unaryTable(features: readonly GarmentFeatures[], ctx: ScoreContext): Float64Array {
  const table = new Float64Array(features.length * COLUMNS);
  // Only the parts that judge pieces one by one and apply to this request.
  const columns = COMPONENTS.flatMap((k, c) =>
    PAIR_SHARE[k] < 1 && applies(k, ctx, null) ? [{ k, c }] : [],
  );
  const weather = hasWeather(ctx.weather);
  features.forEach((f, i) => {
    const row = i * COLUMNS;
    for (const { k, c } of columns) table[row + c] = rawUnary(k, f, ctx, false);
    if (weather) table[row + COVERED_CLIMA] = rawUnary('clima', f, ctx, true);
  });
  return table;
}

/** U_s from the table: the points a piece brings on its own in a slot. */
export function unaryPoints(coefs: Float64Array, table: Float64Array, index: number): number {
  const row = index * COLUMNS;
  let sum = 0;
  for (let c = 0; c < COLUMNS; c++) {
    const coef = coefs[c]!;
    if (coef !== 0) sum += coef * table[row + c]!;
  }
  return sum;
}

/** One part's 0..1 judgement of two pieces together. */
export function pairValue(
  k: Component,
  a: GarmentFeatures,
  b: GarmentFeatures,
  ctx: ScoreContext,
): number {
  switch (k) {
    case 'color':
      return colorHarmony(a, b);
    case 'formalidad':
      return formalityCoherence(a.formality, b.formality);
    case 'estilo':
      return stylePair(a, b, ctx.prefs.estilo);
    default:
      return 0;
  }
}

export interface ShapeModel {
  shape: Shape;
  /** Points (out of 100) per part for this shape; 0 when it does not apply. */
  weight: Readonly<Record<Component, number>>;
  /** Parts with a unary share, and each one's points per unit of value for each slot. */
  unary: ReadonlyMap<SlotName, readonly { k: Component; coef: number }[]>;
  /** Per slot, the coefficients to dot with a row of the unary table (see unaryPoints). */
  unaryCoefs: ReadonlyMap<SlotName, Float64Array>;
  /** Parts with a pair share and their points (before the slot-pair factor). */
  pairParts: readonly { k: Component; points: number }[];
  /** Σ over slot pairs of w_s·w_t, the denominator of every pair mean. */
  pairNorm: number;
  /** Points that do not depend on the garments (the bare head), per part and in total. */
  constantParts: ReadonlyMap<Component, number>;
  constant: number;
}

export function shapeModel(shape: Shape, ctx: ScoreContext): ShapeModel {
  const active = COMPONENTS.filter((k) => applies(k, ctx, shape));
  const total = active
    .filter((k) => !BONUS_COMPONENTS.has(k))
    .reduce((s, k) => s + COMPONENT_WEIGHT[k], 0);
  // Shared parts are scaled to 100; a bonus keeps its own points.
  const weightOf = (k: Component) =>
    BONUS_COMPONENTS.has(k) ? COMPONENT_WEIGHT[k] : (100 * COMPONENT_WEIGHT[k]) / total;
  const weight = Object.fromEntries(
    COMPONENTS.map((k) => [k, active.includes(k) ? weightOf(k) : 0]),
  ) as Record<Component, number>;

  const unary = new Map<SlotName, { k: Component; coef: number }[]>(
    shape.slots.map((s) => [s, []]),
  );
  const constantParts = new Map<Component, number>();
  const addConstant = (k: Component, points: number) =>
    constantParts.set(k, (constantParts.get(k) ?? 0) + points);
  for (const k of active) {
    const share = 1 - PAIR_SHARE[k];
    if (share === 0) continue;
    const slots = unarySlots(k, shape);
    const norm = slots.reduce((s, slot) => s + slotWeight(slot, k), 0);
    for (const slot of slots) {
      const coef = (weight[k] * share * slotWeight(slot, k)) / norm;
      const parts = unary.get(slot);
      if (parts) parts.push({ k, coef });
      else addConstant(k, coef * bareHeadValue(k, ctx));
    }
  }
  // Pairs: the bare head pairs perfectly (1) with every piece.
  const all: SlotName[] = shape.hat ? [...shape.slots] : [...shape.slots, 'sombrero'];
  let pairNorm = 0;
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      pairNorm += SLOT_WEIGHT[all[i]!] * SLOT_WEIGHT[all[j]!];
    }
  }
  if (!shape.hat) {
    const headPairs =
      shape.slots.reduce((s, slot) => s + SLOT_WEIGHT[slot], 0) * SLOT_WEIGHT.sombrero;
    for (const k of active) {
      if (PAIR_SHARE[k] > 0) addConstant(k, (weight[k] * PAIR_SHARE[k] * headPairs) / pairNorm);
    }
  }
  const constant = [...constantParts.values()].reduce((a, b) => a + b, 0);
  const covered = shape.layer || shape.coat;
  const unaryCoefs = new Map<SlotName, Float64Array>();
  for (const [slot, parts] of unary) {
    const row = new Float64Array(COLUMNS);
    for (const { k, coef } of parts) {
      const c = k === 'clima' && covered ? COVERED_CLIMA : COMPONENTS.indexOf(k);
      row[c] = coef * shapeFactor(k, ctx, shape);
    }
    unaryCoefs.set(slot, row);
  }
  const pairParts = active
    .filter((k) => PAIR_SHARE[k] > 0)
    .map((k) => ({ k, points: weight[k] * PAIR_SHARE[k] }));
  return { shape, weight, unary, unaryCoefs, pairParts, pairNorm, constantParts, constant };
}

/** The slot-independent part of P_st; multiply by slotPairFactor. */
export function pairPointsRaw(
  model: ShapeModel,
  a: GarmentFeatures,
  b: GarmentFeatures,
  ctx: ScoreContext,
): number {
  let sum = 0;
  for (const { k, points } of model.pairParts) sum += points * pairValue(k, a, b, ctx);
  return sum;
}

export function slotPairFactor(model: ShapeModel, s: SlotName, t: SlotName): number {
  return (SLOT_WEIGHT[s] * SLOT_WEIGHT[t]) / model.pairNorm;
}
