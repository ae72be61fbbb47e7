/**
 * How waiting saved-outfit changes show (api/pending.ts): one saved offline is listed under a
 * pending id with the pieces this device has cached, a renamed one has its new name, a deleted
 * one is gone.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { Outfit, OutfitSave } from '@fashion/core';
import { slotsOf } from './cached.ts';
import { offlineKeys } from './offline-queue.ts';
import { PENDING_ID } from './pending.ts';
import type { Pending } from './pending.ts';

export type OutfitRename = { id: string; nombre: string };

/** One outfit once `c` is through. */
export function outfitAfter<O extends Outfit>(o: O, c: Pending): O {
  if (c.kind !== offlineKeys.renameOutfit[1]) return o;
  const { id, nombre } = c.vars as OutfitRename;
  return id === o._id ? { ...o, nombre } : o;
}

/** The saved outfits once `c` is through. */
export const outfitsAfter =
  (qc: QueryClient) =>
  (list: Outfit[], c: Pending): Outfit[] => {
    switch (c.kind) {
      case offlineKeys.saveOutfit[1]: {
        const { body, key } = c.vars as { body: OutfitSave; key: string };
        const { prendas } = slotsOf(qc, body);
        const saved = {
          puntuacion: 0,
          ...body,
          _id: PENDING_ID + key,
          userId: '',
          fecha_creacion: new Date().toISOString(),
          prendas,
        } as Outfit;
        return [...list, saved];
      }
      case offlineKeys.deleteOutfit[1]:
        return list.filter((o) => o._id !== c.vars);
      default:
        return list.map((o) => outfitAfter(o, c));
    }
  };
