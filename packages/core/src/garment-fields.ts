/**
 * The garment's fields, declared once. Everything else derives from this table: the API's zod
 * schemas (GarmentSchema, the upload fields, PATCH), the SQL columns and row mapping, the MongoDB
 * document mapping, the stores' update statements and the web editor's field list. Adding an
 * optional field is one entry here (plus a migration and its translations).
 *
 * Per field: its zod type (the wire value), whether it may be absent, whether the person edits it
 * (then it is accepted on upload and by PATCH), and how a store keeps it (`storage`). The wire
 * name is also the SQL column and the MongoDB field name (the system this replaces chose them).
 */
import { z } from 'zod';
import { OCASIONES } from './taxonomy.ts';
import {
  ClassNameSchema,
  ColorNameSchema,
  DateOnlySchema,
  EstadoPrendaSchema,
  EstampadoSchema,
  EtiquetasSchema,
  HexSchema,
  LavadoSchema,
  MonedaSchema,
  MotivoArchivoSchema,
  IdSchema,
  OcasionSchema,
  TemporadasSchema,
  TipoSchema,
} from './primitives.ts';

/** How a store keeps a value: `date` is an ISO string on the wire (a Date in MongoDB). */
export type FieldStorage = 'text' | 'real' | 'boolean' | 'json' | 'date';

export interface GarmentFieldSpec<S extends z.ZodType = z.ZodType> {
  schema: S;
  optional: boolean;
  editable: boolean;
  storage: FieldStorage;
  /** The value of a required field a store finds missing (old rows, old documents). */
  default?: z.infer<S>;
}

function field<
  S extends z.ZodType,
  const O extends boolean = false,
  const E extends boolean = false,
>(
  schema: S,
  spec: { optional?: O; editable?: E; storage?: FieldStorage; default?: z.infer<S> } = {},
) {
  return {
    schema,
    optional: (spec.optional ?? false) as O,
    editable: (spec.editable ?? false) as E,
    storage: spec.storage ?? 'text',
    ...(spec.default !== undefined ? { default: spec.default } : {}),
  };
}

/** Where the garment's `color` came from: the upload's photo (border estimate), the cut-out's
 * mask (the garment's own pixels, after the upload), or the person (upload field or PATCH). Only
 * a machine colour is replaced by the cut-out's; absent (older garments) counts as `foto`. */
export const COLOR_ORIGENES = ['foto', 'recorte', 'persona'] as const;
export type ColorOrigen = (typeof COLOR_ORIGENES)[number];
export const ColorOrigenSchema = z.enum(COLOR_ORIGENES);

/** A further colour of the garment and its share of the garment's pixels. */
export const ColorSecundarioSchema = z.object({
  color: ColorNameSchema.exclude(['multicolor']),
  hex: HexSchema,
  proporcion: z.number().min(0).max(1),
});
export type ColorSecundario = z.infer<typeof ColorSecundarioSchema>;

/** The colour the cut-out job measured on the garment's own pixels (the segmenter's answer; the
 * ML service sends it to the Worker as a URI-encoded JSON header). */
export const CutoutColorSchema = z.object({
  color: ColorNameSchema,
  color_hex: HexSchema,
  color_proporcion: z.number().min(0).max(1),
  colores_secundarios: z.array(ColorSecundarioSchema).max(2),
  estampado_sugerido: EstampadoSchema.optional(),
});
export type CutoutColor = z.infer<typeof CutoutColorSchema>;
/** The response header of the ML service's /segment that carries the CutoutColor. */
export const CUTOUT_COLOR_HEADER = 'x-cutout-color';

/** Warmth the person gives a garment (the model cannot see it): for the weather fit. */
export const CALIDECES = ['ligera', 'media', 'abrigada'] as const;
export type Calidez = (typeof CALIDECES)[number];
export const CalidezSchema = z.enum(CALIDECES);

export const GARMENT_FIELDS = {
  imagen_url: field(z.string()),
  thumbnail_url: field(z.string(), { optional: true }),
  tipo: field(TipoSchema, { editable: true }),
  clase_nombre: field(ClassNameSchema, { editable: true }),
  color: field(ColorNameSchema, { editable: true }),
  color_hex: field(HexSchema, { optional: true, editable: true }),
  // True colours (#18): measured on the garment's own pixels when the cut-out is made.
  /** Who named `color` (COLOR_ORIGENES); set by the service, never sent by clients. */
  color_origen: field(ColorOrigenSchema, { optional: true }),
  /** Share of the garment's pixels that carry the main colour (0..1). */
  color_proporcion: field(z.number().min(0).max(1), { optional: true, storage: 'real' }),
  /** Up to two further colours, heaviest first, each with its share. */
  colores_secundarios: field(z.array(ColorSecundarioSchema).max(2), {
    optional: true,
    storage: 'json',
  }),
  /** The pattern the pixels suggest (rayas, cuadros), shown where the person set no `estampado`. */
  estampado_sugerido: field(EstampadoSchema, { optional: true }),
  confianza: field(z.number().min(0).max(1), { storage: 'real' }),
  /** True once the person confirmed or corrected the class; unconfirmed low-confidence garments weigh less. */
  confirmado: field(z.boolean(), { optional: true, storage: 'boolean' }),
  modelo: field(z.string(), { optional: true }),
  ocasion: field(z.array(OcasionSchema).max(OCASIONES.length), {
    editable: true,
    storage: 'json',
    default: [],
  }),
  fecha_agregada: field(z.string(), { storage: 'date' }),
  /** When the person last wore it (ISO time, set by "worn" on a saved outfit): rotation. */
  ultimo_uso: field(z.string(), { optional: true, storage: 'date' }),
  /** How warm it is (light, medium, warm), set by the person. */
  calidez: field(CalidezSchema, { optional: true, editable: true }),
  // The richer record (issue #15). Optional ones with a `default` are optional in the type (old
  // rows and fixtures need not carry them) but every store fills the default on write and read.
  marca: field(z.string().trim().min(1).max(80), { optional: true, editable: true }),
  precio: field(z.number().min(0).max(1e9), { optional: true, editable: true, storage: 'real' }),
  /** ISO 4217; the service fills the person's `moneda` preference when a price comes without. */
  moneda: field(MonedaSchema, { optional: true, editable: true }),
  fecha_compra: field(DateOnlySchema, { optional: true, editable: true }),
  talla: field(z.string().trim().min(1).max(20), { optional: true, editable: true }),
  /** Free text; the weather fit recognises known materials in it (materialKind). */
  material: field(z.string().trim().min(1).max(80), { optional: true, editable: true }),
  estampado: field(EstampadoSchema, { optional: true, editable: true }),
  /** Absent: the class's usual seasons apply (suggestTemporadas). */
  temporadas: field(TemporadasSchema, { optional: true, editable: true, storage: 'json' }),
  notas: field(z.string().max(2000), { optional: true, editable: true }),
  favorito: field(z.boolean(), {
    optional: true,
    editable: true,
    storage: 'boolean',
    default: false,
  }),
  etiquetas: field(EtiquetasSchema, {
    optional: true,
    editable: true,
    storage: 'json',
    default: [],
  }),
  lavado: field(LavadoSchema, { optional: true, editable: true, default: 'limpia' }),
  /** Changed by archive/restore only (POST /api/prendas/:id/archivar, …/restaurar, batch). */
  estado: field(EstadoPrendaSchema, { optional: true, default: 'activa' }),
  motivo_archivo: field(MotivoArchivoSchema, { optional: true }),
  fecha_archivo: field(DateOnlySchema, { optional: true }),
  /** The person's own category (categories.ts); null in a PATCH takes it off. The class stays. */
  categoria_id: field(IdSchema.nullable(), { optional: true, editable: true }),
  // Cut-outs (#18): the garment on a transparent background, computed after the upload.
  /** Object name of the cut-out in the ImageStore (kept inside: the wire carries recorte_url). */
  recorte_key: field(z.string(), { optional: true }),
  /** The cut-out's URL, built as imagen_url is; absent until the cut-out exists. */
  recorte_url: field(z.string(), { optional: true }),
  /** Show the cut-out (absent = true); false switches back to the photo, which is always kept. */
  mostrar_recorte: field(z.boolean(), { optional: true, editable: true, storage: 'boolean' }),
} satisfies Record<string, GarmentFieldSpec>;

type Fields = typeof GARMENT_FIELDS;
export type GarmentFieldName = keyof Fields;

export const GARMENT_FIELD_NAMES = Object.keys(GARMENT_FIELDS) as GarmentFieldName[];

type EditableName = {
  [K in GarmentFieldName]: Fields[K]['editable'] extends true ? K : never;
}[GarmentFieldName];

/** The fields the person may set on upload and change later (the web editor shows these). */
export const EDITABLE_GARMENT_FIELDS = GARMENT_FIELD_NAMES.filter(
  (name) => GARMENT_FIELDS[name].editable,
) as EditableName[];

type Shape = {
  [K in GarmentFieldName]: Fields[K]['optional'] extends true
    ? z.ZodOptional<Fields[K]['schema']>
    : Fields[K]['schema'];
};
type EditableShape = { [K in EditableName]: z.ZodOptional<Fields[K]['schema']> };

/** The zod shape of the stored fields (optional ones may be absent, never null). */
export const garmentShape = Object.fromEntries(
  GARMENT_FIELD_NAMES.map((name) => {
    const f: GarmentFieldSpec = GARMENT_FIELDS[name];
    return [name, f.optional ? f.schema.optional() : f.schema];
  }),
) as Shape;

/** The editable fields, each optional (upload fields and PATCH bodies). */
export const garmentEditableShape = Object.fromEntries(
  EDITABLE_GARMENT_FIELDS.map((name) => [name, GARMENT_FIELDS[name].schema.optional()]),
) as EditableShape;

/** The value every store gives a field with a default when none was set (old rows included). */
export const GARMENT_FIELD_DEFAULTS = Object.fromEntries(
  GARMENT_FIELD_NAMES.flatMap((name) => {
    const f: GarmentFieldSpec = GARMENT_FIELDS[name];
    return f.default === undefined ? [] : [[name, f.default]];
  }),
) as {
  [K in GarmentFieldName as Fields[K] extends { default: unknown } ? K : never]: z.infer<
    Fields[K]['schema']
  >;
};
