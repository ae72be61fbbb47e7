/**
 * Categories of one's own: a person's names for kinds of garment the models do not know
 * (kimono, camisole, bodysuit). A category says which outfit role its garments fill; the role
 * vocabulary is the garment `tipo` (superior, inferior, zapatos, abrigo, vestido, accesorio), so
 * a role maps to the recommender's slots exactly as a class's tipo does (see recommend/roles.ts).
 * A garment carries at most one category (`categoria_id`, garment-fields.ts); its model class
 * stays as it was.
 */
import { z } from 'zod';
import { TIPOS, type Tipo } from './taxonomy.ts';
import { ClassNameSchema, HexSchema, IdSchema } from './primitives.ts';

export const CATEGORY_ROLES = TIPOS;
export type CategoryRole = Tipo;
export const CategoryRoleSchema = z.enum(CATEGORY_ROLES);

export const CATEGORY_NAME_MAX = 40;

const NombreSchema = z.string().trim().min(1).max(CATEGORY_NAME_MAX);
/** An emoji or a short icon name: short text, no markup. */
const IconoSchema = z
  .string()
  .trim()
  .min(1)
  .max(16)
  .regex(/^[^<>&"']+$/, 'must be an emoji or a short icon name');

/** A category as the API returns it. */
export const CategorySchema = z.object({
  _id: IdSchema,
  userId: z.string(),
  nombre: NombreSchema,
  icono: IconoSchema.optional(),
  color: HexSchema.optional(),
  rol: CategoryRoleSchema,
  /** The model class this category refines (e.g. a kimono refines Outwear). */
  refina: ClassNameSchema.optional(),
  fecha_creacion: z.string(),
});
export type Category = z.infer<typeof CategorySchema>;

const hasLook = (c: { icono?: unknown; color?: unknown }) =>
  c.icono !== undefined || c.color !== undefined;

/** POST /api/categorias: a name, a role, and an icon or a colour (or both). */
export const CategoryCreateSchema = z
  .strictObject({
    nombre: NombreSchema,
    icono: IconoSchema.optional(),
    color: HexSchema.optional(),
    rol: CategoryRoleSchema,
    refina: ClassNameSchema.optional(),
  })
  .refine(hasLook, { message: 'give an icono or a color', path: ['icono'] });
export type CategoryCreate = z.infer<typeof CategoryCreateSchema>;

/** PATCH /api/categorias/:id: any field; null clears icono, color or refina. */
export const CategoryPatchSchema = z
  .strictObject({
    nombre: NombreSchema.optional(),
    icono: IconoSchema.nullable().optional(),
    color: HexSchema.nullable().optional(),
    rol: CategoryRoleSchema.optional(),
    refina: ClassNameSchema.nullable().optional(),
  })
  .refine((p) => Object.keys(p).length > 0, 'nothing to update');
export type CategoryPatch = z.infer<typeof CategoryPatchSchema>;

/** POST /api/categorias/:id/fusionar: the category that takes the garments. */
export const CategoryMergeSchema = z.strictObject({ destino: IdSchema });

/** The answer of a merge: the surviving category and how many garments moved to it. */
export const CategoryMergedSchema = z.object({ categoria: CategorySchema, movidas: z.number() });

/** The key names are unique by, per user: "Kimono" and " kimono " are the same name. */
export function categoryNameKey(nombre: string): string {
  return nombre.trim().toLowerCase();
}
