/** What the review screen lists first: unconfirmed garments, the least certain of them first. */
import type { Garment } from '@fashion/core';

export function reviewOrder(list: readonly Garment[], withConfirmed: boolean): Garment[] {
  return list
    .filter((g) => withConfirmed || !g.confirmado)
    .sort(
      (a, b) =>
        Number(Boolean(a.confirmado)) - Number(Boolean(b.confirmado)) ||
        a.confianza - b.confianza ||
        b.fecha_agregada.localeCompare(a.fecha_agregada),
    );
}
