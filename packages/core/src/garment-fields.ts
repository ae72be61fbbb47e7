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
  HexSchema,
  OcasionSchema,
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
