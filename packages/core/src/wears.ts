/**
 * The wear log and the calendar's plans (issue #16): what was worn on a day, and what is planned
 * for a day to come. Days are calendar dates `YYYY-MM-DD` in the person's own time zone (the
 * client sends them); the server only refuses days that are in the future everywhere.
 */
import { z } from 'zod';
import { GarmentSchema, OutfitGarmentsSchema, OutfitSlotsSchema } from './contracts.ts';
import { OUTFIT_SLOTS } from './outfit-slots.ts';
import { IdSchema, OcasionSchema } from './primitives.ts';

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written `YYYY-MM-DD` (no 2026-02-30). */
export function isDay(value: string): boolean {
  const m = DAY_PATTERN.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

export const DaySchema = z.string().refine(isDay, 'must be a date YYYY-MM-DD');

/**
 * The latest calendar day anywhere on Earth at `now` (UTC+14): a wear on a later day is in the
 * future for everyone, so it is refused; "today" in any time zone is accepted.
 */
export function latestDayAnywhere(now: Date): string {
  return new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10);
}

/**
 * The instant a wear stands for, which `ultimo_uso` (an ISO time, as the field always was) is
 * derived from: the record's own time when it was logged on that very (UTC) day, else noon UTC
 * of the day, which shows as that same date in every time zone from UTC-12 to UTC+11.
 */
export function wornAt(day: string, creado?: string): string {
  return creado?.slice(0, 10) === day ? creado : `${day}T12:00:00.000Z`;
}

const NotaSchema = z.string().trim().max(500);
const PrendaIdsSchema = z.array(IdSchema).min(1).max(12);

export const WearSchema = z.object({
  _id: IdSchema,
  userId: z.string(),
  fecha: DaySchema,
  /** The garments worn, in the order given. */
  prenda_ids: z.array(IdSchema),
  /** The saved outfit worn, when the wear came from one. */
  outfit_id: IdSchema.optional(),
  nota: z.string().optional(),
  /** When the record was made (ISO time). */
  creado: z.string(),
});
export type Wear = z.infer<typeof WearSchema>;

/** A wear as the API answers it: with its garments (deleted ones left out). */
export const WearExpandedSchema = WearSchema.extend({ prendas: z.array(GarmentSchema) });
export type WearExpanded = z.infer<typeof WearExpandedSchema>;

const oneSource = (w: { prenda_ids?: unknown; outfit_id?: unknown }) =>
  (w.prenda_ids === undefined) !== (w.outfit_id === undefined);
const ONE_SOURCE = 'give prenda_ids or outfit_id (one of them)';

/** `POST /api/usos`: garments or a saved outfit worn on a day (today when `fecha` is absent). */
export const WearCreateSchema = z
  .strictObject({
    fecha: DaySchema.optional(),
    prenda_ids: PrendaIdsSchema.optional(),
    outfit_id: IdSchema.optional(),
    nota: NotaSchema.optional(),
  })
  .refine(oneSource, ONE_SOURCE);
export type WearCreate = z.infer<typeof WearCreateSchema>;

/** `PATCH /api/usos/{id}`: "I wore this instead": other garments (or outfit) for that day. */
export const WearReplaceSchema = z
  .strictObject({
    prenda_ids: PrendaIdsSchema.optional(),
    outfit_id: IdSchema.optional(),
    nota: NotaSchema.optional(),
  })
  .refine(oneSource, ONE_SOURCE);
export type WearReplace = z.infer<typeof WearReplaceSchema>;

export const WearQuerySchema = z.strictObject({
  desde: DaySchema.optional(),
  hasta: DaySchema.optional(),
  /** Only the wears of this garment (how often and when it was worn). */
  prenda: IdSchema.optional(),
});
export type WearQuery = z.infer<typeof WearQuerySchema>;

/** A garment id per outfit slot (the shape of a saved or suggested outfit), all optional. */
export const PlanSlotsSchema = OutfitSlotsSchema.partial();
export type PlanSlots = z.infer<typeof PlanSlotsSchema>;

/** A planned day: the slot ids sit at the top level, as on a saved outfit. */
export const PlanSchema = PlanSlotsSchema.extend({
  _id: IdSchema,
  userId: z.string(),
  fecha: DaySchema,
  /** The saved outfit planned, when the plan came from one (its slots are copied too). */
  outfit_id: IdSchema.optional(),
  ocasion: OcasionSchema.optional(),
  nota: z.string().optional(),
  creado: z.string(),
});
export type Plan = z.infer<typeof PlanSchema>;

/** A plan as the API answers it: the garments its slots point at (deleted ones left out). */
export const PlanExpandedSchema = PlanSchema.extend({ prendas: OutfitGarmentsSchema });
export type PlanExpanded = z.infer<typeof PlanExpandedSchema>;

const hasSlot = (s: PlanSlots) => OUTFIT_SLOTS.some((k) => s[k] !== undefined);

/**
 * `POST /api/planes`: a saved outfit (`outfit_id`) or a suggestion's garments (its slot ids,
 * as the recommend endpoint answers them).
 */
export const PlanCreateSchema = PlanSlotsSchema.extend({
  fecha: DaySchema,
  outfit_id: IdSchema.optional(),
  ocasion: OcasionSchema.optional(),
  nota: NotaSchema.optional(),
}).refine((p) => (p.outfit_id === undefined) === hasSlot(p), {
  message: 'give outfit_id or the garments per slot (one of them)',
});
export type PlanCreate = z.infer<typeof PlanCreateSchema>;

/** `PATCH /api/planes/{id}`: move to another day, change the note or occasion. */
export const PlanPatchSchema = z
  .strictObject({
    fecha: DaySchema.optional(),
    ocasion: OcasionSchema.nullable().optional(),
    nota: NotaSchema.nullable().optional(),
  })
  .refine((p) => Object.keys(p).length > 0, 'nothing to update');
export type PlanPatch = z.infer<typeof PlanPatchSchema>;

export const PlanQuerySchema = z.strictObject({
  desde: DaySchema.optional(),
  hasta: DaySchema.optional(),
});
export type PlanQuery = z.infer<typeof PlanQuerySchema>;
