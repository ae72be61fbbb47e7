/**
 * Wire schemas of `GET /api/outfits/recommend` (for the OpenAPI document and for clients), and
 * the body a client posts to `/api/outfits/save` to keep a recommendation.
 */
import { z } from 'zod';
import {
  GarmentSchema,
  IdSchema,
  OcasionSchema,
  OutfitGarmentsSchema,
  type OutfitSave,
} from '../contracts.ts';
import {
  SLOTS,
  SLOT_ID_FIELD,
  originalSlotShape,
  slotIdShape,
  type OutfitSlot as OutfitSlotField,
} from '../outfit-slots.ts';
import type { Ocasion } from '../taxonomy.ts';
import { REASON_CODES, type ReasonCode, type ReasonKind, type ReasonParams } from './reasons.ts';
import { COMPONENTS } from './weights.ts';

const ReasonParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

export const ExplanationSchema = z.object({
  code: z.enum(REASON_CODES),
  kind: z.enum(['reason', 'caveat']),
  text: z.string(),
  delta: z.number(),
  params: ReasonParamsSchema.optional(),
});

export const BreakdownPartSchema = z.object({
  valor: z.number().min(0).max(1),
  peso: z.number(),
  puntos: z.number(),
});

export const RecommendedOutfitSchema = z.object({
  key: z.string(),
  puntuacion: z.number().min(0).max(100),
  ocasion: OcasionSchema,
  explicaciones: z.array(z.string()),
  detalles: z.array(ExplanationSchema),
  breakdown: z.partialRecord(z.enum(COMPONENTS), BreakdownPartSchema),
  prendas: OutfitGarmentsSchema,
  ...slotIdShape(IdSchema.optional(), IdSchema),
});

/** A slot as the answers carry it: the garment (populated, as the original read it) or its id. */
const PopulatedSlotSchema = z.union([GarmentSchema, IdSchema]);

/**
 * The answer is a bare array (the original clients' shape); each outfit also carries its garments
 * in the original's top-level slots (`superior`, `superiorSecundario`, …) besides `prendas`, and
 * its `*_id` slots hold the garment objects (the original's cards read `superior_id || superior`
 * and need `imagen_url` there). A slot's id is `typeof v === 'string' ? v : v._id`.
 */
export const RecommendResponseSchema = z.array(
  RecommendedOutfitSchema.extend({
    ...slotIdShape(PopulatedSlotSchema.optional(), PopulatedSlotSchema),
    ...originalSlotShape(GarmentSchema.optional()),
  }),
);

/** One outfit of the answer, as clients read it. */
export type RecommendationWire = z.infer<typeof RecommendResponseSchema>[number];

/** 400 when the wardrobe cannot make any outfit: `missing` says what to add, in words. */
export const WardrobeIncompleteSchema = z.object({
  error: z.string(),
  code: z.literal('bad_request'),
  missing: z.array(z.string()),
  codes: z.array(z.string()),
});
export type WardrobeIncomplete = z.infer<typeof WardrobeIncompleteSchema>;

type SlotValue = string | { _id: string } | undefined;
const slotId = (v: SlotValue) => (typeof v === 'string' ? v : v?._id);
const REASONS: ReadonlySet<string> = new Set(REASON_CODES);

/** What a save needs of a recommendation: from the core recommender, or from the wire. */
export type SavableOutfit = Partial<Record<OutfitSlotField, SlotValue>> & {
  puntuacion: number;
  ocasion?: Ocasion | undefined;
  explicaciones: readonly string[];
  /** Reasons whose code this version does not know (a newer server's) are not kept. */
  detalles?:
    | readonly { code: string; kind?: ReasonKind | undefined; params?: ReasonParams | undefined }[]
    | undefined;
};

/**
 * The body of `POST /api/outfits/save` that keeps a recommendation as it is (from the core
 * recommender, or from the wire, whose slots hold garment objects). The reasons travel as codes
 * (`razones`), so a saved outfit reads in whatever language its client is in later;
 * `explicaciones` keeps the server's sentences for other clients. `ocasion` is used when the
 * outfit does not say its own.
 */
export function toOutfitSave(o: SavableOutfit, ocasion: Ocasion = 'casual'): OutfitSave {
  const body: OutfitSave = {
    zapatos_id: slotId(o.zapatos_id) ?? '',
    puntuacion: Math.max(0, Math.min(100, o.puntuacion)),
    ocasion: o.ocasion ?? ocasion,
    explicaciones: o.explicaciones
      .filter(Boolean)
      .slice(0, 20)
      .map((t) => t.slice(0, 500)),
    razones: (o.detalles ?? [])
      .filter((d): d is typeof d & { code: ReasonCode } => REASONS.has(d.code))
      .slice(0, 20)
      .map(({ code, kind, params }) => ({
        code,
        kind: kind ?? 'reason',
        ...(params ? { params } : {}),
      })),
  };
  for (const slot of SLOTS) {
    const id = slotId(o[SLOT_ID_FIELD[slot]]);
    if (id) body[SLOT_ID_FIELD[slot]] = id;
  }
  return body;
}
