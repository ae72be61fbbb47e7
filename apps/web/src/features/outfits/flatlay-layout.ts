/**
 * Where each piece of a flat-lay goes: rows of tiles in the body's order (head to feet), two
 * columns up to four pieces and three beyond. A short last row widens its tiles to the full
 * width, so no outfit leaves an empty hole where a hat or a coat would have been.
 */
import { everySlot } from '@fashion/core';
import type { FlatLaySlot } from '../../api/types.ts';

export const BODY_ORDER: readonly FlatLaySlot[] = everySlot([
  'sombrero',
  'abrigo',
  'superior',
  'superior_secundario',
  'vestido',
  'inferior',
  'zapatos',
]);

export function flatLayRows(present: (slot: FlatLaySlot) => boolean): FlatLaySlot[][] {
  const slots = BODY_ORDER.filter(present);
  const cols = slots.length <= 4 ? 2 : 3;
  const rows: FlatLaySlot[][] = [];
  for (let i = 0; i < slots.length; i += cols) rows.push(slots.slice(i, i + cols));
  return rows;
}
