/**
 * Rows ↔ domain objects for the SQL schema (SQLite and D1 alike). Optional fields are absent
 * from the domain object, never null, so that SQL and MongoDB answers look the same.
 */
import {
  CiudadSchema,
  GARMENT_FIELDS,
  GARMENT_FIELD_NAMES,
  OUTFIT_SLOTS,
  type Outfit,
  type OutfitSlot,
  type SavedPreferences,
  type PreferencesUpdate,
  type Profile,
} from '@fashion/core';
import type {
  GarmentChange,
  NewGarment,
  NewOutfit,
  OutfitUpdate,
  StoredGarment,
} from '@fashion/api';
import type { GarmentRow, OutfitRow, ProfileRow } from './schema.ts';

export function parseJsonArray<T>(text: string | null): T[] {
  if (!text) return [];
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? (value as T[]) : [];
}

function parseJsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Row → garment: the declared fields by name; a NULL column is an absent optional field. */
export function garmentFromRow(r: GarmentRow): StoredGarment {
  const g: Record<string, unknown> = { _id: r.id, userId: r.userId, image_key: r.imageKey };
  if (r.thumbnailKey !== null) g.thumbnail_key = r.thumbnailKey;
  for (const name of GARMENT_FIELD_NAMES) {
    const value = r[name];
    if (value !== null && value !== undefined) g[name] = value;
    else if (GARMENT_FIELDS[name].default !== undefined) g[name] = GARMENT_FIELDS[name].default;
  }
  return g as StoredGarment;
}

/** Garment → row: every declared field, absent ones as their default, else NULL. */
export function garmentToRow(g: NewGarment): GarmentRow {
  const row: Record<string, unknown> = {
    id: g._id,
    userId: g.userId,
    imageKey: g.image_key,
    thumbnailKey: g.thumbnail_key ?? null,
  };
  for (const name of GARMENT_FIELD_NAMES)
    row[name] = g[name] ?? GARMENT_FIELDS[name].default ?? null;
  return row as GarmentRow;
}

/**
 * The SET of an update: the declared fields the change names (the service validated them); a
 * null clears an optional field (restoring a garment clears its archive reason and date).
 */
export function garmentSet(patch: GarmentChange): Partial<GarmentRow> {
  const set: Record<string, unknown> = {};
  for (const name of GARMENT_FIELD_NAMES) {
    const value = patch[name];
    if (value === undefined) continue;
    set[name] = value === null ? (GARMENT_FIELDS[name].default ?? null) : value;
  }
  return set as Partial<GarmentRow>;
}

export function outfitFromRow(r: OutfitRow): Outfit {
  const o: Outfit = {
    _id: r.id,
    userId: r.userId,
    zapatos_id: r.zapatos_id,
    puntuacion: r.puntuacion,
    fecha_creacion: r.fechaCreacion,
  };
  for (const slot of OUTFIT_SLOTS) {
    const id = r[slot];
    if (id !== null) o[slot] = id;
  }
  if (r.nombre !== null) o.nombre = r.nombre;
  if (r.ocasion !== null) o.ocasion = r.ocasion;
  if (r.explicaciones !== null) o.explicaciones = parseJsonArray(r.explicaciones);
  if (r.razones !== null) o.razones = parseJsonArray(r.razones);
  if (r.ultimoUso !== null) o.ultimo_uso = r.ultimoUso;
  return o;
}

/** An outfit's slot ids as columns: null where the slot is empty. */
function slotColumnValues(o: NewOutfit): Pick<OutfitRow, OutfitSlot> {
  return Object.fromEntries(OUTFIT_SLOTS.map((slot) => [slot, o[slot] ?? null])) as Pick<
    OutfitRow,
    OutfitSlot
  >;
}

export function outfitToRow(o: NewOutfit): OutfitRow {
  return {
    id: o._id,
    userId: o.userId,
    ...slotColumnValues(o),
    puntuacion: o.puntuacion,
    nombre: o.nombre ?? null,
    ocasion: o.ocasion ?? null,
    explicaciones: o.explicaciones ? JSON.stringify(o.explicaciones) : null,
    razones: o.razones ? JSON.stringify(o.razones) : null,
    fechaCreacion: o.fecha_creacion,
    ultimoUso: null,
  };
}

/** The columns an outfit update sets (only the given fields). */
export function outfitUpdateToRow(patch: OutfitUpdate): Partial<OutfitRow> {
  const set: Partial<OutfitRow> = {};
  if (patch.nombre !== undefined) set.nombre = patch.nombre;
  if (patch.ultimo_uso !== undefined) set.ultimoUso = patch.ultimo_uso;
  return set;
}

export function profileFromRow(r: ProfileRow): Profile {
  const p: Profile = {
    userId: r.userId,
    colores: parseJsonArray(r.colores),
    ocasion: r.ocasion,
    estilo: r.estilo,
    incluirVestido: r.incluirVestido,
    incluirAbrigo: r.incluirAbrigo,
    layeredTop: r.layeredTop,
    topPreference: r.topPreference,
    style_preference: r.style_preference,
    moneda: r.moneda,
    updatedAt: r.updatedAt,
  };
  if (r.nombre !== null) p.nombre = r.nombre;
  if (r.edad !== null) p.edad = r.edad;
  if (r.altura !== null) p.altura = r.altura;
  if (r.peso !== null) p.peso = r.peso;
  if (r.ciudad !== null) {
    const ciudad = CiudadSchema.safeParse(parseJsonOrNull(r.ciudad));
    if (ciudad.success) p.ciudad = ciudad.data;
  }
  return p;
}

/** The row after a partial update: stored values, else defaults, overwritten by the patch. */
export function mergeProfile(
  userId: string,
  existing: ProfileRow | undefined,
  patch: PreferencesUpdate,
  defaults: SavedPreferences,
  now: string,
): ProfileRow {
  const base: ProfileRow = existing ?? {
    userId,
    nombre: null,
    edad: null,
    altura: null,
    peso: null,
    ciudad: null,
    colores: JSON.stringify(defaults.colores),
    ocasion: defaults.ocasion,
    estilo: defaults.estilo,
    incluirVestido: defaults.incluirVestido,
    incluirAbrigo: defaults.incluirAbrigo,
    layeredTop: defaults.layeredTop,
    topPreference: defaults.topPreference,
    style_preference: defaults.style_preference,
    moneda: defaults.moneda ?? 'EUR',
    updatedAt: now,
  };
  return {
    userId,
    nombre: patch.nombre ?? base.nombre,
    edad: patch.edad ?? base.edad,
    altura: patch.altura ?? base.altura,
    peso: patch.peso ?? base.peso,
    ciudad: patch.ciudad ? JSON.stringify(patch.ciudad) : base.ciudad,
    colores: patch.colores ? JSON.stringify(patch.colores) : base.colores,
    ocasion: patch.ocasion ?? base.ocasion,
    estilo: patch.estilo ?? base.estilo,
    incluirVestido: patch.incluirVestido ?? base.incluirVestido,
    incluirAbrigo: patch.incluirAbrigo ?? base.incluirAbrigo,
    layeredTop: patch.layeredTop ?? base.layeredTop,
    topPreference: patch.topPreference ?? base.topPreference,
    style_preference: patch.style_preference ?? base.style_preference,
    moneda: patch.moneda ?? base.moneda,
    updatedAt: now,
  };
}
