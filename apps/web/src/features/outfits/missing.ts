/** Words for what a wardrobe lacks (the `codes` of the recommender's 400), else its own words. */
import type { Dict } from '../../i18n/en.ts';
import type { WardrobeIncomplete } from '../../api/types.ts';

export function missingWords(body: WardrobeIncomplete, t: Dict): string[] {
  const codes = body.codes ?? [];
  const texts = body.missing ?? [];
  const known = t.outfits.missing as Record<string, string>;
  if (codes.length && codes.every((c) => c in known)) return codes.map((c) => known[c]!);
  return texts;
}

export function isWardrobeIncomplete(body: unknown): body is WardrobeIncomplete {
  return Boolean(body && typeof body === 'object' && ('missing' in body || 'codes' in body));
}
