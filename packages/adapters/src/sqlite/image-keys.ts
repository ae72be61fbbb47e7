/** The image keys of garment rows, as one set (Store.imageKeys, for the image sweep): photo, thumbnail and cut-out. */
import { garments } from './schema.ts';

export const IMAGE_KEY_COLUMNS = {
  imageKey: garments.imageKey,
  thumbnailKey: garments.thumbnailKey,
  recorteKey: garments.recorte_key,
};

export function imageKeySet(
  rows: readonly { imageKey: string; thumbnailKey: string | null; recorteKey: string | null }[],
): Set<string> {
  const keys = new Set<string>();
  for (const r of rows) {
    keys.add(r.imageKey);
    if (r.thumbnailKey) keys.add(r.thumbnailKey);
    if (r.recorteKey) keys.add(r.recorteKey);
  }
  return keys;
}
