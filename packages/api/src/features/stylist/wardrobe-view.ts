/**
 * What an LLM is shown of the wardrobe: the caller's own garments as id, class, type, colour and
 * occasions — never image URLs, other users' rows, tokens or profile data. The list is data for
 * the model; the instructions around it say so.
 */
import type { Garment } from '@fashion/core';

const MAX_GARMENTS = 200;

export function wardrobeLines(garments: readonly Garment[]): string {
  if (garments.length === 0) return '(the wardrobe is empty)';
  return garments
    .slice(0, MAX_GARMENTS)
    .map(
      (g) =>
        `- ${g._id}: ${g.clase_nombre} (${g.tipo}), colour ${g.color}` +
        (g.ocasion.length ? `, for ${g.ocasion.join('/')}` : ''),
    )
    .join('\n');
}
