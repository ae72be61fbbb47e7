/** Query conditions shared by the SQLite and D1 stores (same schema, same SQL). */
import { eq, or } from 'drizzle-orm';
import { outfits } from './schema.ts';

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
