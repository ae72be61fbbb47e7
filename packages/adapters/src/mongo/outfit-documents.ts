/**
 * `outfits` documents ↔ outfits. Garment references are ObjectIds like the old mongoose schema
 * (`ref: 'Prenda'`); its `null` defaults for missing slots read as absent.
 */
import type { NewOutfit, OutfitUpdate } from '@fashion/api';
import {
  OCASIONES,
  OUTFIT_SLOTS,
  SavedReasonSchema,
  type Outfit,
  type OutfitSlot,
  type SavedReason,
} from '@fashion/core';
import type { Document, ObjectId } from 'mongodb';
import { ANONYMOUS_USER_ID } from '@fashion/api';
import { checkUserId, fromObjectId, InvalidQueryValue, toObjectId } from './ids.ts';
import { isoDate, stringArray } from './legacy.ts';

export const OUTFIT_REF_FIELDS: readonly OutfitSlot[] = OUTFIT_SLOTS;

export function outfitToDocument(o: NewOutfit, _id: ObjectId): Document {
  const doc: Document = {
    _id,
    userId: checkUserId(o.userId),
    puntuacion: Number(o.puntuacion),
    fecha_creacion: new Date(o.fecha_creacion),
  };
  for (const slot of OUTFIT_REF_FIELDS) {
    const value = o[slot];
    if (value === undefined) continue;
    const ref = toObjectId(value);
    if (!ref) throw new InvalidQueryValue(slot);
    doc[slot] = ref;
  }
  if (o.nombre !== undefined) doc.nombre = String(o.nombre);
  if (o.ocasion !== undefined) {
    if (!(OCASIONES as readonly string[]).includes(o.ocasion))
      throw new InvalidQueryValue('ocasion');
    doc.ocasion = o.ocasion;
  }
  if (o.explicaciones !== undefined) doc.explicaciones = stringArray(o.explicaciones);
  if (o.razones !== undefined) doc.razones = reasonArray(o.razones);
  return doc;
}

/** The `$set` of an outfit update: strings only, so no operator can reach the query. */
export function outfitUpdateToDocument(patch: OutfitUpdate): Document {
  const set: Document = {};
  if (patch.nombre !== undefined) set.nombre = String(patch.nombre);
  if (patch.ultimo_uso !== undefined) set.ultimo_uso = new Date(patch.ultimo_uso);
  return set;
}

/** Saved reasons as validated by the API; anything else in an old document is dropped. */
function reasonArray(value: unknown): SavedReason[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((r) => {
    const parsed = SavedReasonSchema.safeParse(r);
    return parsed.success ? [parsed.data] : [];
  });
}

export function documentToOutfit(doc: Document): Outfit {
  const o: Outfit = {
    _id: fromObjectId(doc._id) ?? '',
    userId: typeof doc.userId === 'string' && doc.userId ? doc.userId : ANONYMOUS_USER_ID,
    zapatos_id: fromObjectId(doc.zapatos_id) ?? '',
    puntuacion: typeof doc.puntuacion === 'number' ? doc.puntuacion : 0,
    fecha_creacion: isoDate(doc.fecha_creacion),
  };
  for (const slot of OUTFIT_REF_FIELDS) {
    if (slot === 'zapatos_id') continue;
    const ref = fromObjectId(doc[slot]);
    if (ref) o[slot] = ref;
  }
  if (typeof doc.nombre === 'string') o.nombre = doc.nombre;
  if (typeof doc.ocasion === 'string' && (OCASIONES as readonly string[]).includes(doc.ocasion)) {
    o.ocasion = doc.ocasion as Outfit['ocasion'];
  }
  if (Array.isArray(doc.explicaciones)) o.explicaciones = stringArray(doc.explicaciones);
  if (Array.isArray(doc.razones)) o.razones = reasonArray(doc.razones);
  if (doc.ultimo_uso !== undefined && doc.ultimo_uso !== null)
    o.ultimo_uso = isoDate(doc.ultimo_uso);
  return o;
}
