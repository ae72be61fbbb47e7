/**
 * `prendas` documents ↔ garments. Field names are those of the system this replaces (docs/architecture.md §4),
 * so its data loads unchanged: `_id` ObjectId, `fecha_agregada` a Date, and a missing `userId`
 * meaning the anonymous user.
 */
import { ANONYMOUS_USER_ID, type NewGarment, type StoredGarment } from '@fashion/api';
import {
  GARMENT_FIELDS,
  GARMENT_FIELD_NAMES,
  OCASIONES,
  type GarmentFieldName,
  type GarmentFieldSpec,
  type Ocasion,
} from '@fashion/core';
import type { Document, Filter, ObjectId } from 'mongodb';
import { InvalidQueryValue, checkUserId, fromObjectId } from './ids.ts';
import { isoDate, legacyClass, legacyColor, legacyTipo, stringArray } from './legacy.ts';

/** The required fields have legacy readers below; the optional ones map by their declaration. */
export interface GarmentDocument extends Document {
  _id: ObjectId;
  userId?: string;
  imagen_url: string;
  image_key?: string;
  thumbnail_key?: string;
  tipo: string;
  clase_nombre: string;
  color: string;
  confianza: number;
  ocasion: string[];
  fecha_agregada: Date;
}

/** Optional declared fields: stored as given (dates as Date), absent when not set. */
const OPTIONAL_FIELDS = GARMENT_FIELD_NAMES.filter((name) => GARMENT_FIELDS[name].optional);

/** A declared field's value for a document: checked by its schema, dates as Date. */
export function fieldToDocument(name: GarmentFieldName, value: unknown): unknown {
  const f: GarmentFieldSpec = GARMENT_FIELDS[name];
  const parsed = f.schema.safeParse(value);
  if (!parsed.success) throw new InvalidQueryValue(name);
  return f.storage === 'date' ? new Date(parsed.data as string) : parsed.data;
}

/** A document's value of an optional declared field, or undefined when absent or invalid. */
function fieldFromDocument(name: GarmentFieldName, value: unknown): unknown {
  const f: GarmentFieldSpec = GARMENT_FIELDS[name];
  // A cleared field (categoria_id: null) reads as absent, as in SQL.
  if (value === null) return undefined;
  if (f.storage === 'date') {
    return value instanceof Date || typeof value === 'string' ? isoDate(value) : undefined;
  }
  const parsed = f.schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** Finds the owner's documents; the anonymous user also owns the old ones without `userId`. */
export function ownerFilter(userId: string): Filter<Document> {
  const id = checkUserId(userId);
  if (id !== ANONYMOUS_USER_ID) return { userId: id };
  return { $or: [{ userId: id }, { userId: { $exists: false } }, { userId: null }] };
}

export function toOcasiones(value: unknown): Ocasion[] {
  const allowed = OCASIONES as readonly string[];
  return [...new Set(stringArray(value).filter((o) => allowed.includes(o)))] as Ocasion[];
}

/** Builds a document from an explicit list of fields: nothing of the input is spread into it. */
export function garmentToDocument(g: NewGarment, _id: ObjectId): GarmentDocument {
  const doc: GarmentDocument = {
    _id,
    userId: checkUserId(g.userId),
    imagen_url: String(g.imagen_url),
    image_key: String(g.image_key),
    tipo: g.tipo,
    clase_nombre: g.clase_nombre,
    color: g.color,
    confianza: Number(g.confianza),
    ocasion: toOcasiones(g.ocasion),
    fecha_agregada: new Date(g.fecha_agregada),
  };
  if (g.thumbnail_key !== undefined) doc.thumbnail_key = String(g.thumbnail_key);
  for (const name of OPTIONAL_FIELDS) {
    const value = g[name] ?? GARMENT_FIELDS[name].default;
    if (value !== undefined) (doc as Document)[name] = fieldToDocument(name, value);
  }
  return doc;
}

export interface GarmentReadOptions {
  /** Recovers the image key of an old garment that only has `imagen_url`. */
  imageKeyFromUrl?: (url: string) => string | null;
}

export function documentToGarment(doc: Document, options: GarmentReadOptions = {}): StoredGarment {
  const tipo = legacyTipo(doc.tipo, doc.clase_nombre);
  const imagenUrl = typeof doc.imagen_url === 'string' ? doc.imagen_url : '';
  const g: StoredGarment = {
    _id: fromObjectId(doc._id) ?? '',
    userId: typeof doc.userId === 'string' && doc.userId ? doc.userId : ANONYMOUS_USER_ID,
    imagen_url: imagenUrl,
    image_key:
      typeof doc.image_key === 'string'
        ? doc.image_key
        : (options.imageKeyFromUrl?.(imagenUrl) ?? ''),
    tipo,
    clase_nombre: legacyClass(doc.clase_nombre, tipo),
    color: legacyColor(doc.color),
    confianza: typeof doc.confianza === 'number' ? Math.min(1, Math.max(0, doc.confianza)) : 0,
    ocasion: toOcasiones(doc.ocasion),
    fecha_agregada: isoDate(doc.fecha_agregada),
  };
  if (typeof doc.thumbnail_key === 'string') g.thumbnail_key = doc.thumbnail_key;
  for (const name of OPTIONAL_FIELDS) {
    // Documents written before a field was declared read as its default.
    const value = fieldFromDocument(name, doc[name]) ?? GARMENT_FIELDS[name].default;
    if (value !== undefined) (g as Record<string, unknown>)[name] = value;
  }
  return g;
}
