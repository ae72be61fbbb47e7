/** The change a batch makes to one garment (tags merged per garment; the result re-validated). */
import { GARMENT_FIELDS, TIPO_BY_CLASS, type GarmentBatch } from '@fashion/core';
import { HttpError } from '../../http/errors.ts';
import type { GarmentChange, StoredGarment } from '../../ports/store.ts';

export function batchChange(g: StoredGarment, body: GarmentBatch, today: string): GarmentChange {
  const { etiquetas_add, etiquetas_remove, ...set } = body.set ?? {};
  const change: GarmentChange = { ...set };
  // As PATCH does: a stated class brings its type and confirms it.
  if (set.clase_nombre) {
    change.tipo = TIPO_BY_CLASS[set.clase_nombre];
    change.confirmado = true;
  }
  if (etiquetas_add || etiquetas_remove) {
    const remove = new Set(etiquetas_remove ?? []);
    const tags = [...new Set([...(g.etiquetas ?? []), ...(etiquetas_add ?? [])])].filter(
      (t) => !remove.has(t),
    );
    const parsed = GARMENT_FIELDS.etiquetas.schema.safeParse(tags);
    // Refused before any garment is written: the whole batch is a 400.
    if (!parsed.success) throw new HttpError(400, `garment ${g._id}: at most 30 tags`);
    change.etiquetas = parsed.data;
  }
  if (body.action === 'archivar') {
    change.estado = 'archivada';
    change.motivo_archivo = body.motivo ?? 'otro';
    change.fecha_archivo = body.fecha ?? today;
  } else if (body.action === 'restaurar') {
    change.estado = 'activa';
    change.motivo_archivo = null;
    change.fecha_archivo = null;
  }
  return change;
}
