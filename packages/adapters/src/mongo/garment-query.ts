/**
 * GarmentQuery → a MongoDB filter. Documents written before a field existed lack it and read as
 * its default, so asking for the default value also matches a missing field.
 */
import type { GarmentPosition, GarmentQuery } from '@fashion/api';
import {
  CLASS_NAMES,
  COLOR_NAMES,
  ESTADOS_PRENDA,
  GARMENT_FIELDS,
  LAVADOS,
  OCASIONES,
  TEMPORADAS,
  TIPOS,
  searchCharacterSets,
  searchWords,
} from '@fashion/core';
import type { Document } from 'mongodb';
import { ownerFilter } from './garment-documents.ts';
import { InvalidQueryValue, isHexId, toObjectId } from './ids.ts';

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function oneOf(list: readonly string[], name: string, v: unknown): string {
  if (typeof v !== 'string' || !list.includes(v)) throw new InvalidQueryValue(name);
  return v;
}

/** Equality that also matches a missing field when the value is the field's default. */
function equal(name: keyof typeof GARMENT_FIELDS, value: unknown): Document {
  const dflt: unknown = (GARMENT_FIELDS[name] as { default?: unknown }).default;
  return value === dflt ? { [name]: { $in: [value, null] } } : { [name]: value };
}

export function garmentFilter(
  userId: string,
  f: GarmentQuery = {},
  after?: GarmentPosition,
): Document {
  const c: Document[] = [ownerFilter(userId)];
  if (f.tipo !== undefined) c.push({ tipo: oneOf(TIPOS, 'tipo', f.tipo) });
  if (f.clase_nombre !== undefined)
    c.push({ clase_nombre: oneOf(CLASS_NAMES, 'clase_nombre', f.clase_nombre) });
  if (f.color !== undefined) c.push({ color: oneOf(COLOR_NAMES, 'color', f.color) });
  if (f.lavado !== undefined) c.push(equal('lavado', oneOf(LAVADOS, 'lavado', f.lavado)));
  if (f.estado !== undefined) c.push(equal('estado', oneOf(ESTADOS_PRENDA, 'estado', f.estado)));
  if (f.categoria_id !== undefined) {
    if (!isHexId(f.categoria_id)) throw new InvalidQueryValue('categoria_id');
    c.push({ categoria_id: f.categoria_id });
  }
  if (f.favorito !== undefined) c.push(equal('favorito', f.favorito === true));
  // An array field equal to a value matches documents whose array holds it.
  if (f.ocasion !== undefined) c.push({ ocasion: oneOf(OCASIONES, 'ocasion', f.ocasion) });
  if (f.temporada !== undefined) {
    const any = [f.temporada].flat().map((t: unknown) => oneOf(TEMPORADAS, 'temporada', t));
    c.push({ temporadas: { $in: any } });
  }
  if (f.etiqueta !== undefined) c.push({ etiquetas: String(f.etiqueta) });
  if (f.marca !== undefined)
    c.push({ marca: { $regex: `^${escapeRegex(String(f.marca))}$`, $options: 'i' } });
  if (f.q !== undefined) {
    // Every word matches: in the free text, or as a name of the class, type, colour or an
    // occasion (core's searchWords, English and Spanish).
    for (const w of searchWords(String(f.q))) {
      // Any case, accents or not: each character a class of its forms.
      const source = searchCharacterSets(w.text)
        .map((set) => `[${set.replace(/[\\\]^-]/g, '\\$&')}]`)
        .join('');
      const text = { $regex: source };
      const named: Document[] = [];
      if (w.clase_nombre.length) named.push({ clase_nombre: { $in: w.clase_nombre } });
      if (w.tipo.length) named.push({ tipo: { $in: w.tipo } });
      if (w.color.length) named.push({ color: { $in: w.color } });
      if (w.ocasion.length) named.push({ ocasion: { $in: w.ocasion } });
      c.push({
        $or: [
          ...['marca', 'notas', 'etiquetas', 'material', 'talla'].map((field) => ({
            [field]: text,
          })),
          ...named,
        ],
      });
    }
  }
  if (after) {
    const at = new Date(after.fecha_agregada);
    const id = toObjectId(after._id);
    if (Number.isNaN(at.getTime()) || !id) throw new InvalidQueryValue('cursor');
    c.push({ $or: [{ fecha_agregada: { $lt: at } }, { fecha_agregada: at, _id: { $lt: id } }] });
  }
  return { $and: c };
}
