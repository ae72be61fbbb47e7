/**
 * `prendas` documents ↔ garments. Field names are those of the system this replaces (docs/architecture.md §4),
 * so its data loads unchanged: `_id` ObjectId, `fecha_agregada` a Date, and a missing `userId`
 * meaning the anonymous user.
 */
import { ANONYMOUS_USER_ID, type NewGarment, type StoredGarment } from '@fashion/api';
import { OCASIONES, type Ocasion } from '@fashion/core';
import type { Document, Filter, ObjectId } from 'mongodb';
import { checkUserId, fromObjectId } from './ids.ts';
import { isoDate, legacyClass, legacyColor, legacyTipo, stringArray } from './legacy.ts';

export interface GarmentDocument extends Document {
  _id: ObjectId;
  userId?: string;
  imagen_url: string;
  thumbnail_url?: string;
  image_key?: string;
  thumbnail_key?: string;
  tipo: string;
  clase_nombre: string;
  color: string;
  color_hex?: string;
  confianza: number;
  confirmado?: boolean;
  modelo?: string;
  ocasion: string[];
  fecha_agregada: Date;
  ultimo_uso?: Date;
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
  if (g.thumbnail_url !== undefined) doc.thumbnail_url = String(g.thumbnail_url);
  if (g.thumbnail_key !== undefined) doc.thumbnail_key = String(g.thumbnail_key);
  if (g.color_hex !== undefined) doc.color_hex = String(g.color_hex);
  if (g.confirmado !== undefined) doc.confirmado = Boolean(g.confirmado);
  if (g.modelo !== undefined) doc.modelo = String(g.modelo);
  if (g.ultimo_uso !== undefined) doc.ultimo_uso = new Date(g.ultimo_uso);
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
  if (typeof doc.thumbnail_url === 'string') g.thumbnail_url = doc.thumbnail_url;
  if (typeof doc.thumbnail_key === 'string') g.thumbnail_key = doc.thumbnail_key;
  if (typeof doc.color_hex === 'string' && /^#[0-9a-f]{6}$/.test(doc.color_hex)) {
    g.color_hex = doc.color_hex;
  }
  if (typeof doc.confirmado === 'boolean') g.confirmado = doc.confirmado;
  if (typeof doc.modelo === 'string') g.modelo = doc.modelo;
  if (doc.ultimo_uso instanceof Date || typeof doc.ultimo_uso === 'string') {
    g.ultimo_uso = isoDate(doc.ultimo_uso);
  }
  return g;
}
