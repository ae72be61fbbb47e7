/** Schemas of single values, shared by the contracts and the garment field declaration. */
import { z } from 'zod';
import { CLASS_NAMES, ESTILOS, OCASIONES, TIPOS } from './taxonomy.ts';
import { COLOR_NAMES, HEX_PATTERN } from './colors.ts';

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
