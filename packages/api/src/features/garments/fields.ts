/**
 * Multipart text fields → the GarmentFields object. Multipart has only strings, so booleans and
 * the occasion list are converted here; zod then validates exactly as for JSON.
 */
import {
  GARMENT_FIELDS,
  GarmentFieldsSchema,
  mapLegacyClass,
  mapLegacyColor,
  type GarmentFields,
} from '@fashion/core';
import { HttpError, validationError } from '../../http/errors.ts';

function parseList(name: string, text: string): unknown {
  const t = text.trim();
  if (t === '') return [];
  if (t.startsWith('[')) {
    try {
      return JSON.parse(t) as unknown;
    } catch {
      throw new HttpError(400, `${name}: must be a JSON array or a comma-separated list`);
    }
  }
  return t
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function parseBoolean(name: string, text: string): boolean {
  if (text === 'true' || text === '1') return true;
  if (text === 'false' || text === '0') return false;
  throw new HttpError(400, `${name}: must be true or false`);
}

/** How a declared field's text arrives: lists, booleans and numbers by their storage. */
function storageOf(name: string) {
  return name in GARMENT_FIELDS
    ? GARMENT_FIELDS[name as keyof typeof GARMENT_FIELDS].storage
    : null;
}

function parseNumber(name: string, text: string): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n))
    throw new HttpError(400, `${name}: must be a number`);
  return n;
}

export function parseMultipartFields(raw: Record<string, string>): GarmentFields {
  const input: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw)) {
    const storage = storageOf(name);
    // Empty text fields are what HTML forms send for "not filled in"; an empty list is a list.
    if (value === '' && storage !== 'json') continue;
    if (storage === 'json') input[name] = parseList(name, value);
    // The original client's vocabulary (e.g. `desconocido`: the model decides).
    else if (name === 'clase_nombre') input[name] = mapLegacyClass(value);
    else if (name === 'color') input[name] = mapLegacyColor(value);
    else if (name === 'confirmado' || storage === 'boolean')
      input[name] = parseBoolean(name, value);
    else if (storage === 'real' && name !== 'confianza') input[name] = parseNumber(name, value);
    else input[name] = value;
  }
  const parsed = GarmentFieldsSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}
