/**
 * Request and response shapes of the API and the ML service (docs/architecture.md §3), as zod schemas.
 * Request bodies are strict objects: an unknown or misspelt field is a 400, never silently
 * dropped, and operator-like keys (`$gt`) cannot reach a store.
 */
import { z } from 'zod';
import { OCASIONES } from './taxonomy.ts';
import { COLOR_NAMES } from './colors.ts';
import {
  ClassNameSchema,
  ColorNameSchema,
  DateOnlySchema,
  EstiloSchema,
  HexSchema,
  IdSchema,
  MonedaSchema,
  OcasionSchema,
  TipoSchema,
} from './primitives.ts';
import { garmentEditableShape, garmentShape } from './garment-fields.ts';
import { slotIdShape, slotNameShape } from './outfit-slots.ts';
import { REASON_CODES } from './recommend/reasons.ts';
import { MODEL_KINDS, type ModelKind } from './models.ts';
import { ERROR_CODES } from './error-codes.ts';
import { commaExcludeList, mapLegacyTopPreference, normalizeLegacyPreferences } from './legacy.ts';

export {
  ClassNameSchema,
  ColorNameSchema,
  EstiloSchema,
  HexSchema,
  IdSchema,
  MonedaSchema,
  OcasionSchema,
  TipoSchema,
};

export const ErrorSchema = z.object({
  error: z.string(),
  /** What a client translates (packages/core/src/error-codes.ts). */
  code: z.enum(ERROR_CODES),
  details: z.unknown().optional(),
  /** On 5xx answers: the id of the request in the server's access log. */
  requestId: z.string().optional(),
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
  model: z.enum(MODEL_KINDS),
  model_file: z.string(),
  /** True when the photo does not look like a garment at all (a test chart, a screen, a wall):
   * the class fields still hold the model's answer, which then means little. */
  no_prenda: z.boolean().optional(),
  /** The "not a garment" score behind it: ≥ 1 flags `no_prenda`. */
  no_prenda_score: z.number().min(0).optional(),
});
export type Classification = z.infer<typeof ClassificationSchema>;

export const ModelKindSchema = z.enum(MODEL_KINDS);
export type { ModelKind };

// ---------------------------------------------------------------- garments

/** A garment as the API returns it: its id and owner, then the declared fields (garment-fields.ts). */
export const GarmentSchema = z.object({
  _id: IdSchema,
  userId: z.string(),
  ...garmentShape,
});
export type Garment = z.infer<typeof GarmentSchema>;

/** Fields sent beside the image, as multipart text fields or JSON. All optional: missing ones are classified. */
export const GarmentFieldsSchema = z.strictObject({
  ...garmentEditableShape,
  confianza: z.coerce.number().min(0).max(1).optional(),
  confirmado: z.boolean().optional(),
  modelo: z.string().max(100).optional(),
});
export type GarmentFields = z.infer<typeof GarmentFieldsSchema>;

export const GarmentAutoSchema = GarmentFieldsSchema.extend({
  /** A base64 image, bare or as a data URL (a camera frame). */
  imagen_base64: z.string().min(1),
});

/** PATCH /api/prendas/:id: any of the fields the person may edit (EDITABLE_GARMENT_FIELDS). */
export const GarmentPatchSchema = z
  .strictObject({
    ...garmentEditableShape,
    /** The person's "yes, that is right": confirms the class as it is (only `true`). */
    confirmado: z.literal(true).optional(),
  })
  .refine((p) => Object.keys(p).length > 0, 'nothing to update');
export type GarmentPatch = z.infer<typeof GarmentPatchSchema>;

export const OcasionUpdateSchema = z.strictObject({
  ocasion: z.array(OcasionSchema).max(OCASIONES.length),
});

// ---------------------------------------------------------------- outfits

/** Slot → garment id. A dress replaces top and bottom; every other slot beside them is optional. */
export const OutfitSlotsSchema = z.strictObject(slotIdShape(IdSchema.optional(), IdSchema));

const hasLegalBody = (o: {
  superior_id?: string | undefined;
  inferior_id?: string | undefined;
  vestido_id?: string | undefined;
  superior_secundario_id?: string | undefined;
}) =>
  o.vestido_id
    ? !o.superior_id && !o.inferior_id && !o.superior_secundario_id
    : Boolean(o.superior_id && o.inferior_id);

/**
 * A recommendation's reason kept with a saved outfit, so that clients word it in their current
 * language (`explicaciones` keeps the text as it was).
 */
export const SavedReasonSchema = z.strictObject({
  code: z.enum(REASON_CODES),
  kind: z.enum(['reason', 'caveat']),
  params: z
    .record(z.string().max(40), z.union([z.string().max(200), z.number()]))
    .refine((p) => Object.keys(p).length <= 12, 'at most 12 parameters')
    .optional(),
});
export type SavedReason = z.infer<typeof SavedReasonSchema>;

export const OutfitSaveSchema = OutfitSlotsSchema.extend({
  puntuacion: z.number().min(0).max(100).optional(),
  nombre: z.string().max(120).optional(),
  ocasion: OcasionSchema.optional(),
  explicaciones: z.array(z.string().max(500)).max(20).optional(),
  razones: z.array(SavedReasonSchema).max(20).optional(),
}).refine(
  hasLegalBody,
  'an outfit needs superior_id and inferior_id, or vestido_id instead of both',
);
export type OutfitSave = z.infer<typeof OutfitSaveSchema>;

export const OutfitSchema = z.object({
  _id: IdSchema,
  userId: z.string(),
  // One id per outfit slot (outfit-slots.ts), in SLOTS' order.
  ...slotIdShape(IdSchema.optional(), IdSchema),
  puntuacion: z.number().min(0).max(100),
  nombre: z.string().optional(),
  ocasion: OcasionSchema.optional(),
  explicaciones: z.array(z.string()).optional(),
  razones: z.array(SavedReasonSchema).optional(),
  fecha_creacion: z.string(),
  /** When the person last wore it (ISO time, set by `POST /api/outfits/{id}/worn`). */
  ultimo_uso: z.string().optional(),
});
export type Outfit = z.infer<typeof OutfitSchema>;

/** `PATCH /api/outfits/{id}`: rename a saved outfit. */
export const OutfitPatchSchema = z.strictObject({
  nombre: z.string().trim().min(1).max(120),
});
export type OutfitPatch = z.infer<typeof OutfitPatchSchema>;

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
  /** Currency of new prices when a garment's price comes without one (stores answer 'EUR' when unset). */
  moneda: MonedaSchema.optional(),
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
  moneda: 'EUR',
};

/** A place the person chose (from geocoding): the outfits screen's weather comes from there. */
export const CiudadSchema = z.object({
  name: z.string().trim().min(1).max(200),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});
export type Ciudad = z.infer<typeof CiudadSchema>;

export const ProfileFieldsSchema = z.object({
  nombre: z.string().max(100).optional(),
  edad: z.number().int().min(0).max(120).optional(),
  /** Height in cm. */
  altura: z.number().min(50).max(260).optional(),
  /** Weight in kg. */
  peso: z.number().min(20).max(400).optional(),
  ciudad: CiudadSchema.optional(),
});

/**
 * Preferences as a person saves them, the way the original system stored them: `''` is an
 * occasion or style not chosen (the recommender then uses its defaults), and `style_preference`
 * is free text the stylist reads.
 */
export const SavedPreferencesSchema = PreferencesSchema.extend({
  ocasion: OcasionSchema.or(z.literal('')),
  estilo: EstiloSchema.or(z.literal('')),
  style_preference: z.string().max(1000),
});
export type SavedPreferences = z.infer<typeof SavedPreferencesSchema>;

/** A profile never saved: nothing chosen, as the original answered. */
export const PROFILE_DEFAULTS: SavedPreferences = {
  ...DEFAULT_PREFERENCES,
  ocasion: '',
  estilo: '',
  style_preference: '',
};

/**
 * `PUT /api/me/preferences`: any subset of preferences and profile fields. Bodies of the original
 * clients are normalised first (legacy.ts); unknown fields stay a 400.
 */
export const PreferencesUpdateSchema = z.preprocess(
  normalizeLegacyPreferences,
  SavedPreferencesSchema.partial()
    .extend(ProfileFieldsSchema.shape)
    .strict()
    .refine((p) => Object.keys(p).length > 0, 'nothing to update'),
);
export type PreferencesUpdate = z.infer<typeof PreferencesUpdateSchema>;

export const ProfileSchema = SavedPreferencesSchema.extend(ProfileFieldsSchema.shape).extend({
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
  /** The day dressed for: its season weighs the pieces (the recommender's season rules). */
  fecha: DateOnlySchema.optional(),
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
export const OutfitGarmentsSchema = z.object(slotNameShape(GarmentSchema.optional()));
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

/**
 * POST /api/outfits/{id}/worn: the wear logged for today (`uso`, see wears.ts); the outfit's
 * garments now carry `ultimo_uso` (derived from the log).
 */
export const WornSchema = z.object({
  ultimo_uso: z.string(),
  prendas: z.array(IdSchema),
  uso: z.object({ _id: IdSchema, fecha: z.string() }).passthrough(),
});
export type Worn = z.infer<typeof WornSchema>;

export const HealthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  mode: z.enum(['embedded', 'cloud', 'edge']),
  store: z.enum(['ok', 'down']),
  /** The image folder or bucket (reachable and writable). */
  images: z.enum(['ok', 'down']),
  auth: z.enum(['anonymous', 'auth0']),
  time: z.string(),
});
export type Health = z.infer<typeof HealthSchema>;

export const ClassifierHealthSchema = z.object({
  status: z.enum(['ok', 'degraded', 'unavailable']),
  mode: z.enum(['in-process', 'http', 'none']),
  models: z.partialRecord(
    z.enum(MODEL_KINDS),
    z.object({ loaded: z.boolean(), file: z.string().optional() }),
  ),
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
