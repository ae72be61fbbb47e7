/** Request bodies and queries of the wardrobe routes of issue #15 (list paging, archive, batch). */
import { z } from 'zod';
import {
  ClassNameSchema,
  ColorNameSchema,
  DateOnlySchema,
  EtiquetasSchema,
  IdSchema,
  LavadoSchema,
  MotivoArchivoSchema,
  OcasionSchema,
  TemporadaSchema,
  TemporadasSchema,
  TipoSchema,
} from './primitives.ts';
import { OCASIONES } from './taxonomy.ts';
import { TEMPORADAS } from './wardrobe-vocabulary.ts';
import { GarmentSchema } from './contracts.ts';

const booleanText = z.enum(['true', 'false']).transform((v) => v === 'true');

/** GET /api/prendas query: without `limit` and `cursor` the answer stays a bare array. */
export const GarmentListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).optional(),
  /** The opaque `next` of the previous page. */
  cursor: z.string().max(200).optional(),
  tipo: TipoSchema.optional(),
  clase_nombre: ClassNameSchema.optional(),
  color: ColorNameSchema.optional(),
  ocasion: OcasionSchema.optional(),
  /** One season, or several comma-separated (`verano,otoño`): a garment for any of them. */
  temporada: z
    .string()
    .transform((s) => s.split(','))
    .pipe(z.array(TemporadaSchema).min(1).max(TEMPORADAS.length))
    .optional(),
  lavado: LavadoSchema.optional(),
  /** Default `activa`: archived garments leave the wardrobe view. */
  estado: z.enum(['activa', 'archivada', 'todas']).optional(),
  favorito: booleanText.optional(),
  etiqueta: z.string().trim().min(1).max(40).optional(),
  marca: z.string().trim().min(1).max(80).optional(),
  q: z.string().trim().min(1).max(100).optional(),
  /** One of the caller's categories (its id). */
  categoria: IdSchema.optional(),
});
export type GarmentListQuery = z.infer<typeof GarmentListQuerySchema>;

/** One page of GET /api/prendas?limit=&cursor=: pass `next` as `cursor`; null on the last page. */
export const GarmentPageSchema = z.object({
  items: z.array(GarmentSchema),
  next: z.string().nullable(),
  /** On the first page (no cursor): how many garments the whole list holds, for its filter. */
  total: z.number().int().nonnegative().optional(),
});
export type GarmentListPage = z.infer<typeof GarmentPageSchema>;

/** POST /api/prendas/:id/archivar. `fecha` defaults to today (UTC). */
export const ArchiveSchema = z.strictObject({
  motivo: MotivoArchivoSchema,
  fecha: DateOnlySchema.optional(),
});

/** What a batch sets on every garment it names. */
export const GarmentBatchSetSchema = z.strictObject({
  ocasion: z.array(OcasionSchema).max(OCASIONES.length).optional(),
  temporadas: TemporadasSchema.optional(),
  etiquetas_add: EtiquetasSchema.optional(),
  etiquetas_remove: z.array(z.string().trim().max(40)).max(60).optional(),
  lavado: LavadoSchema.optional(),
  favorito: z.boolean().optional(),
  /** One of the caller's categories; null takes the category off (the class stays). */
  categoria_id: IdSchema.nullable().optional(),
  /** A corrected class (the review screen): its type follows and the class counts as confirmed. */
  clase_nombre: ClassNameSchema.optional(),
  /** "Looks right" on many at once. */
  confirmado: z.literal(true).optional(),
});
export type GarmentBatchSet = z.infer<typeof GarmentBatchSetSchema>;

/** POST /api/prendas/batch: one change for up to 500 garments, all or nothing. */
export const GarmentBatchSchema = z
  .strictObject({
    ids: z.array(IdSchema).min(1).max(500),
    set: GarmentBatchSetSchema.optional(),
    action: z.enum(['archivar', 'restaurar', 'eliminar']).optional(),
    /** For `archivar`. */
    motivo: MotivoArchivoSchema.optional(),
    fecha: DateOnlySchema.optional(),
  })
  .refine((b) => b.set !== undefined || b.action !== undefined, 'give set or action')
  .refine((b) => b.action !== 'archivar' || b.motivo !== undefined, {
    message: 'archivar needs a motivo',
    path: ['motivo'],
  })
  .refine((b) => !(b.action === 'eliminar' && b.set), 'eliminar takes no set');
export type GarmentBatch = z.infer<typeof GarmentBatchSchema>;

export const GarmentBatchResultSchema = z.object({
  /** The ids changed (or deleted), in the order given, each once. */
  ids: z.array(IdSchema),
  action: z.enum(['actualizar', 'archivar', 'restaurar', 'eliminar']),
});
export type GarmentBatchResult = z.infer<typeof GarmentBatchResultSchema>;
