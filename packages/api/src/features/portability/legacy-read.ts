/**
 * The original Fashion AI's data (docs/export-format.md, "From the original system"): a ZIP of
 * its MongoDB collections as mongoexport wrote them (`prendas.json`, optional `outfits.json` and
 * `userprofiles.json`) and, for photos it kept on its own disk, `uploads/<user>/<file>`. It is
 * turned into what readExport gives for our own format, so the same import (ids remapped,
 * duplicate photos skipped, undo on failure) writes it.
 *
 * Only one person's records are taken: the caller's (same Auth0 subject in both systems), or,
 * when the file holds a single person's records under another id (e.g. `anonymous`), those.
 */
import {
  CLASS_NAMES,
  COLOR_NAMES,
  IdSchema,
  OCASIONES,
  OUTFIT_SLOTS,
  PROFILE_DEFAULTS,
  TIPOS,
  mapLegacyClass,
  mapLegacyColor,
  mapLegacyTopPreference,
  type ClassName,
  type ColorName,
  type Tipo,
} from '@fashion/core';
import { HttpError } from '../../http/errors.ts';
import { PortablePreferencesSchema, type PortableGarment } from './format.ts';
import { legacyImage, type LegacyImageSource } from './legacy-images.ts';
import { readCollection } from './legacy-json.ts';
import { SECTIONS } from './sections.ts';
import type { CheckedExport } from './zip-read.ts';

export const LEGACY_GARMENTS = 'prendas.json';

/** A class for a garment whose stored class is not one of ours: the usual one of its type. */
const CLASS_OF_TIPO: Record<Tipo, ClassName> = {
  superior: 'T-shirt',
  inferior: 'Pants',
  zapatos: 'Shoes',
  abrigo: 'Outwear',
  vestido: 'Dress',
  accesorio: 'Hat',
};

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const isIn = <T extends string>(list: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (list as readonly string[]).includes(v);
const isoOr = (v: unknown, fallback: string) => {
  const d = typeof v === 'string' ? new Date(v) : null;
  return d && !Number.isNaN(d.getTime()) ? d.toISOString() : fallback;
};

/** Whose records to take (see the header); a 400 when several people's are there and none is the caller's. */
function ownerOf(docs: Record<string, unknown>[], key: string, userId: string): string | null {
  const owners = new Set(docs.map((d) => str(d[key]) ?? 'anonymous'));
  if (owners.has(userId)) return userId;
  if (owners.size === 1) return [...owners][0]!;
  if (owners.size === 0) return null;
  throw new HttpError(
    400,
    `${LEGACY_GARMENTS} holds the garments of ${owners.size} people and none is yours`,
  );
}

function garmentRow(
  d: Record<string, unknown>,
  now: string,
): Omit<PortableGarment, 'image'> | null {
  const _id = str(d['_id']);
  const tipo = d['tipo'];
  if (!_id || !IdSchema.safeParse(_id).success || !isIn(TIPOS, tipo)) return null;
  const clase = str(d['clase_nombre']) ?? '';
  const clase_nombre = isIn(CLASS_NAMES, clase)
    ? clase
    : ((mapLegacyClass(clase) as ClassName | undefined) ?? CLASS_OF_TIPO[tipo]);
  const color = str(d['color']) ?? '';
  const colorName = isIn(COLOR_NAMES, color)
    ? color
    : (mapLegacyColor(color) as ColorName | undefined);
  const confianza =
    typeof d['confianza'] === 'number' ? Math.min(1, Math.max(0, d['confianza'])) : 0;
  const ocasion = Array.isArray(d['ocasion']) ? d['ocasion'].filter((o) => isIn(OCASIONES, o)) : [];
  return {
    _id,
    tipo,
    clase_nombre,
    // The original's "desconocido" colour has no name here: multicolour, until the person says.
    color: colorName && isIn(COLOR_NAMES, colorName) ? colorName : 'multicolor',
    confianza,
    // Its classes were never confirmed by a person.
    confirmado: false,
    ocasion: [...new Set(ocasion)],
    fecha_agregada: isoOr(d['fecha_agregada'], now),
  };
}

function outfitRows(docs: Record<string, unknown>[], garments: ReadonlySet<string>, now: string) {
  const rows = [];
  for (const d of docs) {
    const _id = str(d['_id']);
    if (!_id || !IdSchema.safeParse(_id).success) continue;
    const slots: Record<string, string> = {};
    let complete = true;
    for (const slot of OUTFIT_SLOTS) {
      const id = str(d[slot]);
      if (!id) continue;
      if (!garments.has(id)) complete = false;
      slots[slot] = id;
    }
    // An outfit missing a garment (deleted, or its photo lost) is not an outfit any more.
    if (!complete || !slots['zapatos_id']) continue;
    const puntuacion = typeof d['puntuacion'] === 'number' ? d['puntuacion'] : 0;
    rows.push({
      _id,
      ...slots,
      puntuacion: Math.min(100, Math.max(0, puntuacion)),
      fecha_creacion: isoOr(d['fecha_creacion'], now),
    });
  }
  return rows;
}

/** The original's profile → our preferences; fields that do not fit ours are left out. */
function preferencesOf(d: Record<string, unknown> | undefined) {
  if (!d) return null;
  const candidate: Record<string, unknown> = {
    ...PROFILE_DEFAULTS,
    colores: Array.isArray(d['colores'])
      ? [...new Set(d['colores'].map((c) => (typeof c === 'string' ? mapLegacyColor(c) : c)))]
      : [],
    ocasion: d['ocasion'] ?? '',
    estilo: d['estilo'] ?? '',
    incluirVestido: d['incluirVestido'] ?? false,
    incluirAbrigo: d['incluirAbrigo'] ?? false,
    layeredTop: d['layeredTop'] ?? false,
    topPreference: mapLegacyTopPreference(str(d['topPreference']) ?? 'any'),
    style_preference: d['style_preference'] ?? '',
    edad: d['age'],
    altura: d['height_cm'],
    peso: d['weight_kg'],
  };
  for (let tries = 0; tries < 12; tries += 1) {
    const parsed = PortablePreferencesSchema.safeParse(candidate);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0]);
      if (key in PROFILE_DEFAULTS)
        candidate[key] = PROFILE_DEFAULTS[key as keyof typeof PROFILE_DEFAULTS];
      else delete candidate[key];
    }
  }
  return null;
}

export interface LegacyExport extends CheckedExport {
  /** Garments left out, with why (their photo could not be had). */
  skipped: { _id: string; reason: string }[];
}

export async function readLegacy(
  files: Record<string, Uint8Array>,
  userId: string,
  images: Omit<LegacyImageSource, 'files'>,
  now = new Date().toISOString(),
): Promise<LegacyExport> {
  const prendas = readCollection(files[LEGACY_GARMENTS]!, LEGACY_GARMENTS);
  const owner = ownerOf(prendas, 'userId', userId);
  const src = { ...images, files };
  const garments: CheckedExport['garments'] = [];
  const skipped: LegacyExport['skipped'] = [];
  for (const d of prendas) {
    if ((str(d['userId']) ?? 'anonymous') !== owner) continue;
    const row = garmentRow(d, now);
    if (!row) {
      skipped.push({ _id: str(d['_id']) ?? '?', reason: 'not a garment of the original system' });
      continue;
    }
    const image = await legacyImage(str(d['imagen_url']) ?? '', src);
    if (typeof image === 'string') {
      skipped.push({ _id: row._id, reason: image });
      continue;
    }
    const path = `images/${image.sha256.slice(0, 32)}.${image.extension}`;
    garments.push({ row: { ...row, image: { path, sha256: image.sha256 } }, image });
  }
  const kept = new Set(garments.map((g) => g.row._id));
  const outfits = files['outfits.json']
    ? readCollection(files['outfits.json'], 'outfits.json').filter(
        (d) => (str(d['userId']) ?? 'anonymous') === owner,
      )
    : [];
  const profiles = files['userprofiles.json']
    ? readCollection(files['userprofiles.json'], 'userprofiles.json')
    : [];
  const sections = new Map<string, unknown>([
    ['outfits', outfitRows(outfits, kept, now)],
    ['preferences', preferencesOf(profiles.find((p) => str(p['user_id']) === owner))],
  ]);
  // The original had no categories, wears or plans.
  for (const s of SECTIONS) if (!sections.has(s.name)) sections.set(s.name, s.empty);
  return { garments, sections, skipped };
}
