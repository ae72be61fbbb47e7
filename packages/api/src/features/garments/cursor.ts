/**
 * The page cursor of GET /api/prendas: the last garment's position (fecha_agregada, _id), opaque
 * to clients (base64url JSON). A cursor that does not decode is a 400, never a silent first page.
 */
import { IdSchema } from '@fashion/core';
import { z } from 'zod';
import { HttpError } from '../../http/errors.ts';
import type { GarmentPosition } from '../../ports/store.ts';

const PositionSchema = z.tuple([z.iso.datetime(), IdSchema]);

export function encodeCursor(p: GarmentPosition): string {
  const json = JSON.stringify([p.fecha_agregada, p._id]);
  return btoa(json).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeCursor(cursor: string): GarmentPosition {
  try {
    const json = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
    const [fecha_agregada, _id] = PositionSchema.parse(JSON.parse(json));
    return { fecha_agregada, _id };
  } catch {
    throw new HttpError(400, 'cursor: not a cursor this list gave out');
  }
}
