/**
 * The portable wardrobe: `wardrobe.json` inside the export ZIP (docs/export-format.md). Versioned,
 * so that a later version can still read what an earlier one wrote. Rows carry their original
 * ids (import remaps them); images are ZIP entries named in the rows, with their SHA-256.
 */
import { z } from 'zod';
import { GarmentSchema, IMAGE_KEY_PATTERN, ProfileSchema } from '@fashion/core';

export const EXPORT_FORMAT = 'fashion-ai-export';
export const EXPORT_VERSION = 1;
export const MANIFEST_NAME = 'wardrobe.json';
export const IMAGES_DIR = 'images/';

const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'a lowercase hex SHA-256');

/** An image inside the ZIP: `images/<stored key>`, the key naming its format. */
export const ImageEntrySchema = z.strictObject({
  path: z
    .string()
    .refine(
      (p) => p.startsWith(IMAGES_DIR) && IMAGE_KEY_PATTERN.test(p.slice(IMAGES_DIR.length)),
      'an image entry is images/<32 hex>[.thumb].(webp|jpg|png)',
    ),
  sha256: Sha256Schema,
});
export type ImageEntry = z.infer<typeof ImageEntrySchema>;

/**
 * A garment as exported: every declared field (garment-fields.ts, so fields added later travel
 * too) except the owner and the server-specific URLs, plus its image entries.
 */
export const PortableGarmentSchema = GarmentSchema.omit({
  userId: true,
  imagen_url: true,
  thumbnail_url: true,
}).extend({
  image: ImageEntrySchema,
  thumbnail: ImageEntrySchema.optional(),
});
export type PortableGarment = z.infer<typeof PortableGarmentSchema>;

/** Preferences and profile fields, without the owner. */
export const PortablePreferencesSchema = ProfileSchema.omit({ userId: true, updatedAt: true });
export type PortablePreferences = z.infer<typeof PortablePreferencesSchema>;

/** The head of wardrobe.json; the sections (garments, outfits, preferences, …) sit beside it. */
export const ManifestHeadSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exported_at: z.string(),
});
