/**
 * Everything the scorer needs about one garment, computed once per request: perceptual colour,
 * neutrality, formality, occasion tags and how much to trust its class.
 */
import type { Garment } from '../contracts.ts';
import { COLOR_NAMES, type ColorName } from '../colors.ts';
import { CLASS_NAMES, type ClassName, type Ocasion } from '../taxonomy.ts';
import {
  isNeutral,
  perceptualFromHex,
  perceptualFromName,
  type Perceptual,
} from './color-space.ts';
import { garmentFormality } from './formality.ts';
import { placement, type CategoryPlacement } from './roles.ts';
import type { SlotName } from '../outfit-slots.ts';
import { garmentSeasons } from './season.ts';
import { warmthLevel } from './warmth.ts';
import { materialKind, type Material, type Temporada } from '../wardrobe-vocabulary.ts';

export interface GarmentFeatures {
  garment: Garment;
  id: string;
  /** Row in the request's unary table. */
  index: number;
  cls: ClassName;
  colorName: ColorName;
  /** Null only for a multicolor garment without a measured hex. */
  color: Perceptual | null;
  multicolor: boolean;
  neutral: boolean;
  formality: number;
  tags: readonly Ocasion[];
  /** 1 when confirmed by the person or confidently classified; lower for doubtful classes. */
  trust: number;
  /** 0 ligera, 1 media, 2 abrigada (see warmth.ts). */
  warmth: number;
  /** The class's suggested warmth level, against which `warmth` shifts the weather fit. */
  classWarmth: number;
  /** The warmth without the material's shift: what the material changed, for the reasons. */
  warmthWithoutMaterial: number;
  /** The known material named in `material` (materialKind), if any (always set: one shape). */
  material: Exclude<Material, 'otro'> | undefined;
  /** Its own `temporadas`, or its class's usual seasons (`ownSeasons` says which). */
  seasons: ReadonlySet<Temporada>;
  ownSeasons: boolean;
  /** The person's favourite: a small bonus (weights.ts). */
  favorite: boolean;
  /** The slots it may fill: its class's, or its category's role (roles.ts). */
  slots: readonly SlotName[];
  /** The person's category that placed it in another role than its class's. */
  byCategory?: CategoryPlacement;
}

/**
 * Trust in the class: a class the person confirmed is certain; otherwise the model's confidence,
 * where ≥ 0.8 counts as sure and ≤ 0.35 as a guess.
 */
export function classTrust(g: Pick<Garment, 'confirmado' | 'confianza'>): number {
  if (g.confirmado === true) return 1;
  const c = Number.isFinite(g.confianza) ? g.confianza : 0;
  return Math.min(1, Math.max(0, (c - 0.35) / 0.45));
}

const COLOR_SET: ReadonlySet<string> = new Set(COLOR_NAMES);
const CLASS_SET: ReadonlySet<string> = new Set(CLASS_NAMES);

/** Null for a record the recommender cannot use (unknown class). */
export function garmentFeatures(
  g: Garment,
  index = 0,
  categories?: ReadonlyMap<string, CategoryPlacement>,
): GarmentFeatures | null {
  if (!CLASS_SET.has(g.clase_nombre)) return null;
  const placed = placement(
    g.clase_nombre,
    g.categoria_id ? categories?.get(g.categoria_id) : undefined,
  );
  const colorName: ColorName = COLOR_SET.has(g.color) ? g.color : 'gris';
  const multicolor = colorName === 'multicolor';
  const color =
    (g.color_hex ? perceptualFromHex(g.color_hex) : null) ?? perceptualFromName(colorName);
  const neutral = !multicolor && color !== null && isNeutral(color, colorName);
  const tags = Array.isArray(g.ocasion) ? g.ocasion : [];
  const material = typeof g.material === 'string' ? materialKind(g.material) : undefined;
  const { seasons, own } = garmentSeasons(g);
  return {
    garment: g,
    id: g._id,
    index,
    cls: g.clase_nombre,
    colorName,
    color,
    multicolor,
    neutral,
    formality: garmentFormality(g.clase_nombre, tags, color, neutral),
    tags,
    trust: classTrust(g),
    warmth: warmthLevel(g, material),
    classWarmth: warmthLevel({ clase_nombre: g.clase_nombre }, undefined),
    warmthWithoutMaterial: warmthLevel(g, undefined),
    material,
    seasons,
    ownSeasons: own,
    favorite: g.favorito === true,
    slots: placed.slots,
    ...(placed.byCategory ? { byCategory: placed.byCategory } : {}),
  };
}
