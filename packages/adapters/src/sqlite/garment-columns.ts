/**
 * The garments table's field columns, derived from core's GARMENT_FIELDS: one column per field,
 * named as the wire field, NOT NULL unless the field is optional, JSON values as text.
 */
import type { $Type } from 'drizzle-orm';
import { integer, real, text } from 'drizzle-orm/sqlite-core';
import {
  GARMENT_FIELDS,
  GARMENT_FIELD_NAMES,
  type FieldStorage,
  type Garment,
  type GarmentFieldName,
  type GarmentFieldSpec,
} from '@fashion/core';

function column(name: string, storage: FieldStorage) {
  switch (storage) {
    case 'real':
      return real(name);
    case 'boolean':
      return integer(name, { mode: 'boolean' });
    case 'json':
      return text(name, { mode: 'json' });
    default:
      return text(name);
  }
}

type FieldColumn<K extends GarmentFieldName> = $Type<ReturnType<typeof text>, Garment[K]>;

function fieldColumn(name: GarmentFieldName) {
  const f: GarmentFieldSpec = GARMENT_FIELDS[name];
  // The builder's chain changes its type at each step; the mapped type below states the result.
  let c = column(name, f.storage) as unknown as ReturnType<typeof text>;
  if (!f.optional) c = c.notNull() as unknown as typeof c;
  if (f.default !== undefined) c = c.default(f.default as string) as unknown as typeof c;
  return c;
}

/** Column builders by wire name, typed with the field's wire type. */
export const garmentFieldColumns = Object.fromEntries(
  GARMENT_FIELD_NAMES.map((name) => [name, fieldColumn(name)]),
) as { [K in GarmentFieldName]: FieldColumn<K> };
