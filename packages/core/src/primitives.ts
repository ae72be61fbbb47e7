/** Schemas of single values, shared by the contracts and the garment field declaration. */
import { z } from 'zod';
import { CLASS_NAMES, ESTILOS, OCASIONES, TIPOS } from './taxonomy.ts';
import { COLOR_NAMES, HEX_PATTERN } from './colors.ts';
import {
  ESTADOS_PRENDA,
  ESTAMPADOS,
  LAVADOS,
  MOTIVOS_ARCHIVO,
  TEMPORADAS,
} from './wardrobe-vocabulary.ts';

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

export const EstampadoSchema = z.enum(ESTAMPADOS);
export const TemporadaSchema = z.enum(TEMPORADAS);
export const LavadoSchema = z.enum(LAVADOS);
export const EstadoPrendaSchema = z.enum(ESTADOS_PRENDA);
export const MotivoArchivoSchema = z.enum(MOTIVOS_ARCHIVO);
/** ISO 4217 currency code, three upper-case letters (EUR, USD, MXN). */
export const MonedaSchema = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR');
/** A calendar date, YYYY-MM-DD. */
export const DateOnlySchema = z.iso.date();

const unique = <T>(list: T[]): T[] => [...new Set(list)];
/** A subset of the seasons, each once. */
export const TemporadasSchema = z.array(TemporadaSchema).max(8).transform(unique);
/** Free tags: trimmed, empty ones dropped, each once; at most 30 of at most 40 characters. */
export const EtiquetasSchema = z
  .array(z.string().trim().max(40, 'a tag has at most 40 characters'))
  .max(60)
  .transform((tags) => unique(tags.filter((t) => t !== '')))
  .pipe(z.array(z.string()).max(30, 'at most 30 tags'));
