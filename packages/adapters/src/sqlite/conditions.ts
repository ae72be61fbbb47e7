/** Query conditions shared by the SQLite and D1 stores (same schema, same SQL). */
import { and, eq, inArray, or } from 'drizzle-orm';
import { garments, outfits } from './schema.ts';

/** The user's garments among `ids` (duplicates are harmless; the caller skips an empty list). */
export const ownedGarments = (userId: string, ids: readonly string[]) =>
  and(eq(garments.userId, userId), inArray(garments.id, [...new Set(ids)]));

/** Outfits that use the garment in any slot (deleted with it, so none ever dangles). */
export const outfitUsesGarment = (garmentId: string) =>
  or(
    eq(outfits.superiorId, garmentId),
    eq(outfits.superiorSecundarioId, garmentId),
    eq(outfits.inferiorId, garmentId),
    eq(outfits.vestidoId, garmentId),
    eq(outfits.zapatosId, garmentId),
    eq(outfits.abrigoId, garmentId),
    eq(outfits.sombreroId, garmentId),
  );
