/**
 * Request and response shapes of the API and the ML service (DESIGN §3), as zod schemas.
 * Request bodies are strict objects: an unknown or misspelt field is a 400, never silently
 * dropped, and operator-like keys (`$gt`) cannot reach a store.
 */
import { z } from 'zod';
import { CLASS_NAMES, ESTILOS, OCASIONES, TIPOS } from './taxonomy.ts';
import { COLOR_NAMES, HEX_PATTERN } from './colors.ts';
import { commaExcludeList, mapLegacyTopPreference, normalizeLegacyPreferences } from './legacy.ts';

/** Ids are 24 lower-case hex characters everywhere (MongoDB ObjectId shape, also in SQL). */
export const IdSchema = z.string().regex(/^[0-9a-f]{24}$/, 'must be a 24-character hex id');
export const ClassNameSchema = z.enum(CLASS_NAMES);
export const TipoSchema = z.enum(TIPOS);
export const OcasionSchema = z.enum(OCASIONES);
export const EstiloSchema = z.enum(ESTILOS);
export const ColorNameSchema = z.enum(COLOR_NAMES);
export const HexSchema = z
  .string()
  .transform((s) => s.toLowerCase())
  .pipe(z.string().regex(HEX_PATTERN, 'must be a #rrggbb colour'));

export const ErrorSchema = z.object({
  error: z.string(),
  details: z.unknown().optional(),
});
export type ApiError = z.infer<typeof ErrorSchema>;

// ---------------------------------------------------------------- classification

export const TopEntrySchema = z.object({
  clase_nombre: ClassNameSchema,
  confianza: z.number().min(0).max(1),
  tipo: TipoSchema,
});

export const ClassificationSchema = z.object({
  clase: z.number().int().min(0).max(9),
  clase_nombre: ClassNameSchema,
  tipo: TipoSchema,
  confianza: z.number().min(0).max(1),
  color: ColorNameSchema,
  color_hex: HexSchema.optional(),
  top3: z.array(TopEntrySchema).max(3),
  model: z.enum(['cnn', 'vit']),
  model_file: z.string(),
});
export type Classification = z.infer<typeof ClassificationSchema>;

export const ModelKindSchema = z.enum(['cnn', 'vit']);
export type ModelKind = z.infer<typeof ModelKindSchema>;

// ---------------------------------------------------------------- garments

export const GarmentSchema = z.object({
  _id: IdSchema,
  userId: z.string(),
  imagen_url: z.string(),
  thumbnail_url: z.string().optional(),
  tipo: TipoSchema,
  clase_nombre: ClassNameSchema,
  color: ColorNameSchema,
  color_hex: HexSchema.optional(),
  confianza: z.number().min(0).max(1),
  /** True once the person confirmed or corrected the class; unconfirmed low-confidence garments weigh less. */
  confirmado: z.boolean().optional(),
  modelo: z.string().optional(),
  ocasion: z.array(OcasionSchema),
  fecha_agregada: z.string(),
  /** When the person last wore it (ISO time, set by "worn" on a saved outfit): rotation. */
  ultimo_uso: z.string().optional(),
});
export type Garment = z.infer<typeof GarmentSchema>;

/** Fields sent beside the image, as multipart text fields or JSON. All optional: missing ones are classified. */
export const GarmentFieldsSchema = z.strictObject({
  tipo: TipoSchema.optional(),
  clase_nombre: ClassNameSchema.optional(),
  color: ColorNameSchema.optional(),
  color_hex: HexSchema.optional(),
  confianza: z.coerce.number().min(0).max(1).optional(),
  confirmado: z.boolean().optional(),
  modelo: z.string().max(100).optional(),
  ocasion: z.array(OcasionSchema).max(OCASIONES.length).optional(),
});
export type GarmentFields = z.infer<typeof GarmentFieldsSchema>;

export const GarmentAutoSchema = GarmentFieldsSchema.extend({
  /** A base64 image, bare or as a data URL (a camera frame). */
  imagen_base64: z.string().min(1),
});

export const GarmentPatchSchema = z
  .strictObject({
    tipo: TipoSchema.optional(),
    clase_nombre: ClassNameSchema.optional(),
    color: ColorNameSchema.optional(),
    color_hex: HexSchema.optional(),
    ocasion: z.array(OcasionSchema).max(OCASIONES.length).optional(),
  })
  .refine((p) => Object.keys(p).length > 0, 'nothing to update');
export type GarmentPatch = z.infer<typeof GarmentPatchSchema>;

export const OcasionUpdateSchema = z.strictObject({
  ocasion: z.array(OcasionSchema).max(OCASIONES.length),
});

// ---------------------------------------------------------------- outfits

/** Slot → garment id. A dress replaces top and bottom; every other slot beside them is optional. */
export const OutfitSlotsSchema = z.strictObject({
  superior_id: IdSchema.optional(),
  superior_secundario_id: IdSchema.optional(),
  inferior_id: IdSchema.optional(),
  vestido_id: IdSchema.optional(),
  zapatos_id: IdSchema,
  abrigo_id: IdSchema.optional(),
  sombrero_id: IdSchema.optional(),
});

const hasLegalBody = (o: {
  superior_id?: string | undefined;
  inferior_id?: string | undefined;
  vestido_id?: string | undefined;
  superior_secundario_id?: string | undefined;
}) =>
  o.vestido_id
    ? !o.superior_id && !o.inferior_id && !o.superior_secundario_id
    : Boolean(o.superior_id && o.inferior_id);

export const OutfitSaveSchema = OutfitSlotsSchema.extend({
  puntuacion: z.number().min(0).max(100).optional(),
  nombre: z.string().max(120).optional(),
  ocasion: OcasionSchema.optional(),
  explicaciones: z.array(z.string().max(500)).max(20).optional(),
}).refine(
  hasLegalBody,
  'an outfit needs superior_id and inferior_id, or vestido_id instead of both',
);
export type OutfitSave = z.infer<typeof OutfitSaveSchema>;

export const OutfitSchema = z.object({
  _id: IdSchema,
  userId: z.string(),
  superior_id: IdSchema.optional(),
  superior_secundario_id: IdSchema.optional(),
  inferior_id: IdSchema.optional(),
  vestido_id: IdSchema.optional(),
  zapatos_id: IdSchema,
  abrigo_id: IdSchema.optional(),
  sombrero_id: IdSchema.optional(),
  puntuacion: z.number().min(0).max(100),
  nombre: z.string().optional(),
  ocasion: OcasionSchema.optional(),
  explicaciones: z.array(z.string()).optional(),
  fecha_creacion: z.string(),
});
export type Outfit = z.infer<typeof OutfitSchema>;

export const OUTFIT_SLOTS = [
  'superior_id',
  'superior_secundario_id',
  'inferior_id',
  'vestido_id',
  'zapatos_id',
  'abrigo_id',
  'sombrero_id',
] as const;
export type OutfitSlot = (typeof OUTFIT_SLOTS)[number];

// ---------------------------------------------------------------- preferences and profile

export const PreferencesSchema = z.object({
  colores: z.array(ColorNameSchema).max(COLOR_NAMES.length),
  ocasion: OcasionSchema,
  estilo: EstiloSchema,
  incluirVestido: z.boolean(),
  incluirAbrigo: z.boolean(),
  layeredTop: z.boolean(),
  /** Which top the person prefers when several fit: any, or one class. */
  topPreference: z.enum(['any', 'T-shirt', 'Shirt', 'Longsleeve']),
});
export type Preferences = z.infer<typeof PreferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = {
  colores: [],
  ocasion: 'casual',
  estilo: 'minimalista',
  incluirVestido: false,
  incluirAbrigo: false,
  layeredTop: false,
  topPreference: 'any',
};

export const ProfileFieldsSchema = z.object({
  nombre: z.string().max(100).optional(),
  edad: z.number().int().min(0).max(120).optional(),
  /** Height in cm. */
  altura: z.number().min(50).max(260).optional(),
  /** Weight in kg. */
  peso: z.number().min(20).max(400).optional(),
});

/**
 * `PUT /api/me/preferences`: any subset of preferences and profile fields. Bodies of the original
 * clients are normalised first (legacy.ts); unknown fields stay a 400.
 */
export const PreferencesUpdateSchema = z.preprocess(
  normalizeLegacyPreferences,
  PreferencesSchema.partial()
    .extend(ProfileFieldsSchema.shape)
    .strict()
    .refine((p) => Object.keys(p).length > 0, 'nothing to update'),
);
export type PreferencesUpdate = z.infer<typeof PreferencesUpdateSchema>;

export const ProfileSchema = PreferencesSchema.extend(ProfileFieldsSchema.shape).extend({
  userId: z.string(),
  updatedAt: z.string().optional(),
});
export type Profile = z.infer<typeof ProfileSchema>;

// ---------------------------------------------------------------- recommendations

const booleanParam = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

/** Query of `GET /api/outfits/recommend` (all strings on the wire). */
export const RecommendQuerySchema = z.strictObject({
  colores: z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (s === undefined || s === '') return undefined;
      try {
        return z.array(ColorNameSchema).parse(JSON.parse(s));
      } catch {
        ctx.addIssue({ code: 'custom', message: 'colores must be a JSON array of colour names' });
        return z.NEVER;
      }
    }),
  ocasion: OcasionSchema.optional(),
  estilo: EstiloSchema.optional(),
  incluirVestido: booleanParam.optional(),
  incluirAbrigo: booleanParam.optional(),
  layeredTop: booleanParam.optional(),
  topPreference: z
    .string()
    .transform(mapLegacyTopPreference)
    .pipe(PreferencesSchema.shape.topPreference)
    .optional(),
  /**
   * Combos to skip: a JSON array (each an array of garment ids, or a key from a previous answer),
   * or the original clients' comma list of keys (garment ids joined by `-`).
   */
  exclude: z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (s === undefined || s === '') return undefined;
      if (!s.trimStart().startsWith('[')) {
        const keys = commaExcludeList(s);
        if (keys) return keys;
        ctx.addIssue({
          code: 'custom',
          message: 'exclude must be a JSON array of combos or a comma list of outfit keys',
        });
        return z.NEVER;
      }
      try {
        return z
          .array(z.union([z.string().max(200), z.array(IdSchema).max(8)]))
          .max(200)
          .parse(JSON.parse(s));
      } catch {
        ctx.addIssue({ code: 'custom', message: 'exclude must be a JSON array of combos' });
        return z.NEVER;
      }
    }),
  temperature: z.coerce.number().min(-60).max(60).optional(),
  rain: booleanParam.optional(),
  limit: z.coerce.number().int().min(1).max(20).optional(),
  seed: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .optional(),
});
export type RecommendQuery = z.infer<typeof RecommendQuerySchema>;

// ---------------------------------------------------------------- API answers (added with the API)

/** Slot name without `_id` → the garment in it, for clients that show an outfit at once. */
export const OutfitGarmentsSchema = z.object({
  superior: GarmentSchema.optional(),
  superior_secundario: GarmentSchema.optional(),
  inferior: GarmentSchema.optional(),
  vestido: GarmentSchema.optional(),
  zapatos: GarmentSchema.optional(),
  abrigo: GarmentSchema.optional(),
  sombrero: GarmentSchema.optional(),
});
export type OutfitGarments = z.infer<typeof OutfitGarmentsSchema>;

/** An outfit as the API returns it: the ids, and the garments they point at. */
export const OutfitExpandedSchema = OutfitSchema.extend({ prendas: OutfitGarmentsSchema });
export type OutfitExpanded = z.infer<typeof OutfitExpandedSchema>;

/** `POST /api/classify/vit-base64`. */
export const ClassifyBase64Schema = z.strictObject({
  /** A data URL (`data:image/jpeg;base64,…`) or bare base64. */
  imageDataUrl: z.string().min(1),
});

/** `GET /api/me`. */
export const MeSchema = z.object({
  userId: z.string(),
  email: z.string().optional(),
  name: z.string().optional(),
  /** How the caller was identified: the anonymous embedded user, or an Auth0 token. */
  auth: z.enum(['anonymous', 'auth0']),
  profile: ProfileSchema,
});
export type Me = z.infer<typeof MeSchema>;

export const DeletedSchema = z.object({ deleted: IdSchema });

/** POST /api/outfits/{id}/worn: the outfit's garments now carry `ultimo_uso`. */
export const WornSchema = z.object({ ultimo_uso: z.string(), prendas: z.array(IdSchema) });
export type Worn = z.infer<typeof WornSchema>;

export const HealthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  mode: z.enum(['embedded', 'cloud', 'edge']),
  store: z.enum(['ok', 'down']),
  auth: z.enum(['anonymous', 'auth0']),
  time: z.string(),
});
export type Health = z.infer<typeof HealthSchema>;

export const ClassifierHealthSchema = z.object({
  status: z.enum(['ok', 'degraded', 'unavailable']),
  mode: z.enum(['in-process', 'http', 'none']),
  models: z.object({
    cnn: z.object({ loaded: z.boolean(), file: z.string().optional() }).optional(),
    vit: z.object({ loaded: z.boolean(), file: z.string().optional() }).optional(),
  }),
  detail: z.string().optional(),
  // The original clients' reading of the same facts (their upload dialog checks these).
  available: z.boolean(),
  model_loaded: z.boolean(),
  vit_model_loaded: z.boolean(),
  classes_count: z.number().int(),
  /** When unavailable: what to do about it, and whether the classifier is a remote service. */
  hint: z.string().optional(),
  hosted: z.boolean().optional(),
});
