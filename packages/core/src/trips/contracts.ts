/**
 * Wire schemas of a trip (`/api/viajes`): where, when, what is planned each day, whether there
 * is laundry on the way, the computed plan and the packing list's check-off state.
 */
import { z } from 'zod';
import { CiudadSchema, GarmentSchema } from '../contracts.ts';
import { IdSchema, OcasionSchema, TipoSchema } from '../primitives.ts';
import { DaySchema } from '../wears.ts';
import { ACTIVITIES, TRIP_REASON_CODES } from './planner.ts';

/** The longest trip the planner takes (days, both ends included). */
export const MAX_TRIP_DAYS = 31;

export const ActivitySchema = z.enum(ACTIVITIES);

export const TripDaySchema = z.strictObject({
  fecha: DaySchema,
  actividades: z.array(ActivitySchema).min(1).max(ACTIVITIES.length),
});
export type TripDay = z.infer<typeof TripDaySchema>;

const TripReasonSchema = z.object({
  code: z.enum(TRIP_REASON_CODES),
  params: z.record(z.string(), z.number()).optional(),
});

export const TripPlanSchema = z.object({
  days: z.array(
    z.object({
      date: DaySchema,
      temperature: z.number(),
      rain: z.boolean(),
      source: z.enum(['forecast', 'climate', 'manual']),
      outfits: z.array(
        z.object({
          activity: ActivitySchema,
          ocasion: OcasionSchema,
          garmentIds: z.array(IdSchema),
          puntuacion: z.number(),
          mejorPuntuacion: z.number(),
          reasons: z.array(TripReasonSchema),
        }),
      ),
      uncovered: z.array(ActivitySchema),
    }),
  ),
  packingList: z.partialRecord(TipoSchema, z.array(IdSchema)),
  suitcaseSize: z.number().int(),
  /** The greedy baseline's suitcase for the same days (best outfit of each day): for comparison. */
  greedySize: z.number().int(),
});
export type StoredTripPlan = z.infer<typeof TripPlanSchema>;

export const TripSchema = z.object({
  _id: IdSchema,
  userId: z.string(),
  destino: CiudadSchema,
  desde: DaySchema,
  hasta: DaySchema,
  /** One entry per day of the trip, in date order. */
  dias: z.array(TripDaySchema),
  lavanderia: z.boolean(),
  plan: TripPlanSchema.optional(),
  /** Garment ids of the packing list already in the suitcase. */
  marcados: z.array(IdSchema),
  creado: z.string(),
});
export type Trip = z.infer<typeof TripSchema>;

/** A trip as the API answers it: with the garments its plan names (deleted ones left out). */
export const TripExpandedSchema = TripSchema.extend({ prendas: z.array(GarmentSchema) });
export type TripExpanded = z.infer<typeof TripExpandedSchema>;

const datesInOrder = (t: { desde?: string; hasta?: string }) =>
  !t.desde || !t.hasta || t.desde <= t.hasta;

/** `POST /api/viajes`. Days left out of `dias` get one casual outfit. */
export const TripCreateSchema = z
  .strictObject({
    destino: CiudadSchema,
    desde: DaySchema,
    hasta: DaySchema,
    dias: z.array(TripDaySchema).max(MAX_TRIP_DAYS).optional(),
    lavanderia: z.boolean().default(false),
  })
  .refine(datesInOrder, { message: 'desde must not be after hasta', path: ['hasta'] });
export type TripCreate = z.infer<typeof TripCreateSchema>;

/** `PATCH /api/viajes/{id}`: a change of what the plan depends on drops the plan. */
export const TripPatchSchema = z
  .strictObject({
    destino: CiudadSchema.optional(),
    desde: DaySchema.optional(),
    hasta: DaySchema.optional(),
    dias: z.array(TripDaySchema).max(MAX_TRIP_DAYS).optional(),
    lavanderia: z.boolean().optional(),
  })
  .refine((p) => Object.keys(p).length > 0, 'nothing to update')
  .refine(datesInOrder, { message: 'desde must not be after hasta', path: ['hasta'] });
export type TripPatch = z.infer<typeof TripPatchSchema>;

/** `POST /api/viajes/{id}/planificar`: optional temperatures by hand (no forecast needed then). */
export const TripPlanRequestSchema = z.strictObject({
  manual: z
    .array(
      z.strictObject({
        fecha: DaySchema,
        temperatura: z.number().min(-50).max(60),
        lluvia: z.boolean().default(false),
      }),
    )
    .max(MAX_TRIP_DAYS)
    .optional(),
});
export type TripPlanRequest = z.infer<typeof TripPlanRequestSchema>;

/** `PATCH /api/viajes/{id}/lista`: a packing-list item in or out of the suitcase. */
export const TripCheckSchema = z.strictObject({ prenda_id: IdSchema, marcado: z.boolean() });
export type TripCheck = z.infer<typeof TripCheckSchema>;

/** `POST /api/viajes/{id}/cambiar`: another piece instead of `prenda_id` on that day's outfit. */
export const TripSwapSchema = z.strictObject({
  fecha: DaySchema,
  actividad: ActivitySchema,
  prenda_id: IdSchema,
});
export type TripSwap = z.infer<typeof TripSwapSchema>;
