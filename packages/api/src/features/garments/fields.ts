/**
 * Multipart text fields → the GarmentFields object. Multipart has only strings, so booleans and
 * the occasion list are converted here; zod then validates exactly as for JSON.
 */
import {
  GarmentFieldsSchema,
  mapLegacyClass,
  mapLegacyColor,
  type GarmentFields,
} from '@fashion/core';
import { HttpError, validationError } from '../../http/errors.ts';

function parseOcasion(text: string): unknown {
  const t = text.trim();
  if (t === '') return [];
  if (t.startsWith('[')) {
    try {
      return JSON.parse(t) as unknown;
    } catch {
      throw new HttpError(400, 'ocasion: must be a JSON array or a comma-separated list');
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

export function parseMultipartFields(raw: Record<string, string>): GarmentFields {
  const input: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw)) {
    // Empty text fields are what HTML forms send for "not filled in".
    if (value === '' && name !== 'ocasion') continue;
    if (name === 'ocasion') input[name] = parseOcasion(value);
    // The original client's vocabulary (e.g. `desconocido`: the model decides).
    else if (name === 'clase_nombre') input[name] = mapLegacyClass(value);
    else if (name === 'color') input[name] = mapLegacyColor(value);
    else if (name === 'confirmado') input[name] = parseBoolean(name, value);
    else input[name] = value;
  }
  const parsed = GarmentFieldsSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}
