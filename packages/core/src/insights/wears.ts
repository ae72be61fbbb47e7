/**
 * Where insights learn when garments were worn. The wear log (one record per day worn, several
 * garments each) is the source; until a wardrobe has one, each garment's `ultimo_uso` counts as
 * its one known wear. Both give the same shape, so the log plugs in without touching the maths.
 */
export interface WearRecord {
  /** ISO time (or date) of the wear. */
  fecha: string;
  prenda_ids: readonly string[];
}

/** One wear per garment that has `ultimo_uso`: all the record a wardrobe without a log keeps. */
export function wearsFromLastWorn(
  garments: readonly { _id: string; ultimo_uso?: string | undefined }[],
): WearRecord[] {
  return garments.flatMap((g) =>
    g.ultimo_uso ? [{ fecha: g.ultimo_uso, prenda_ids: [g._id] }] : [],
  );
}
