/**
 * GarmentQuery → a SQL WHERE (SQLite and D1 alike): list filters, free-text search and the page
 * position all run in the database, on the (user_id, estado, fecha_agregada, id) index.
 */
import { and, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { GarmentPosition, GarmentQuery } from '@fashion/api';
import { ACCENTED, foldSearchText, searchWords } from '@fashion/core';
import { garments } from './schema.ts';

/** A JSON array column holds the value (ocasion, temporadas, etiquetas). */
const jsonHas = (column: SQL.Aliased | typeof garments.ocasion, value: string) =>
  sql`exists (select 1 from json_each(${column}) where json_each.value = ${value})`;

/** `%` and `_` in the person's text match themselves. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Each accented letter (both cases) and the plain letter it folds to, from core's table. */
const ACCENT_FOLDS = Object.entries(ACCENTED).flatMap(([base, forms]) =>
  [...forms.slice(1), ...forms.slice(1).toUpperCase()].map((form) => [form, base] as const),
);

/**
 * A text column in lower case without accents, as core's foldSearchText folds the person's text
 * (SQLite's lower() folds ASCII only; D1 allows no GLOB pattern long enough for classes).
 */
function folded(column: SQL | typeof garments.marca): SQL {
  let expr: SQL = sql`${column}`;
  // Constant letters, written inline: D1 binds at most 100 variables a query.
  for (const [from, to] of ACCENT_FOLDS)
    expr = sql`replace(${expr}, ${sql.raw(`'${from}'`)}, ${sql.raw(`'${to}'`)})`;
  return sql`lower(${expr})`;
}

export function garmentWhere(
  userId: string,
  f: GarmentQuery = {},
  after?: GarmentPosition,
): SQL | undefined {
  const c: (SQL | undefined)[] = [eq(garments.userId, userId)];
  if (f.tipo) c.push(eq(garments.tipo, f.tipo));
  if (f.clase_nombre) c.push(eq(garments.clase_nombre, f.clase_nombre));
  if (f.color) c.push(eq(garments.color, f.color));
  if (f.lavado) c.push(eq(garments.lavado, f.lavado));
  if (f.categoria_id) c.push(eq(garments.categoria_id, f.categoria_id));
  if (f.estado) c.push(eq(garments.estado, f.estado));
  if (f.favorito !== undefined) c.push(eq(garments.favorito, f.favorito));
  if (f.ocasion) c.push(jsonHas(garments.ocasion, f.ocasion));
  if (f.temporada) {
    c.push(or(...[f.temporada].flat().map((t) => jsonHas(garments.temporadas, t))));
  }
  if (f.etiqueta) c.push(jsonHas(garments.etiquetas, f.etiqueta));
  if (f.marca) c.push(sql`lower(${garments.marca}) = lower(${f.marca})`);
  if (f.q) {
    // Every word matches: inside the free text (any case, accents or not; the tags are searched
    // in their JSON text), or as a name of the class, type, colour or an occasion (core's
    // searchWords, English and Spanish).
    for (const w of searchWords(f.q)) {
      const pattern = likePattern(foldSearchText(w.text));
      c.push(
        or(
          ...[
            garments.marca,
            garments.notas,
            garments.etiquetas,
            garments.material,
            garments.talla,
          ].map((col) => sql`${folded(col)} like ${pattern} escape '\\'`),
          w.clase_nombre.length ? inArray(garments.clase_nombre, w.clase_nombre) : undefined,
          w.tipo.length ? inArray(garments.tipo, w.tipo) : undefined,
          w.color.length ? inArray(garments.color, w.color) : undefined,
          ...w.ocasion.map((o) => jsonHas(garments.ocasion, o)),
        ),
      );
    }
  }
  if (after) {
    c.push(
      or(
        lt(garments.fecha_agregada, after.fecha_agregada),
        and(eq(garments.fecha_agregada, after.fecha_agregada), lt(garments.id, after._id)),
      ),
    );
  }
  return and(...c);
}
