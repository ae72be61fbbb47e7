/** Query conditions shared by the SQLite and D1 stores (same schema, same SQL). */
import { and, eq, inArray, or } from 'drizzle-orm';
import { OUTFIT_SLOTS } from '@fashion/core';
import { garments, outfits } from './schema.ts';

/** The user's garments among `ids` (duplicates are harmless; the caller skips an empty list). */
export const ownedGarments = (userId: string, ids: readonly string[]) =>
  and(eq(garments.userId, userId), inArray(garments.id, [...new Set(ids)]));

/** Outfits that use the garment in any slot (deleted with it, so none ever dangles). */
export const outfitUsesGarment = (garmentId: string) =>
  or(...OUTFIT_SLOTS.map((slot) => eq(outfits[slot], garmentId)));
