/** A saved outfit stores garment ids per slot; the flat-lay needs the garments themselves. */
import { OUTFIT_SLOTS } from '@fashion/core';
import type { Garment, Outfit } from '@fashion/core';
import type { FlatLaySlot } from '../../api/types.ts';
import type { Pieces } from '../outfits/FlatLay.tsx';

export function piecesOf(
  outfit: Outfit & { prendas?: Pieces },
  byId: ReadonlyMap<string, Garment>,
): { pieces: Pieces; missing: number } {
  const pieces: Pieces = {};
  let missing = 0;
  for (const slot of OUTFIT_SLOTS) {
    const id = outfit[slot];
    if (!id) continue;
    const key = slot.replace(/_id$/, '') as FlatLaySlot;
    const g = outfit.prendas?.[key] ?? byId.get(id);
    if (g) pieces[key] = g;
    else missing += 1;
  }
  return { pieces, missing };
}

export function indexById(list: readonly Garment[] | undefined): Map<string, Garment> {
  return new Map((list ?? []).map((g) => [g._id, g]));
}
