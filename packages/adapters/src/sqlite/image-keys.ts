/** The image keys of garment rows, as one set (Store.imageKeys, for the image sweep). */
import { garments } from './schema.ts';

export const IMAGE_KEY_COLUMNS = {
  imageKey: garments.imageKey,
  thumbnailKey: garments.thumbnailKey,
};

export function imageKeySet(
  rows: readonly { imageKey: string; thumbnailKey: string | null }[],
): Set<string> {
  const keys = new Set<string>();
  for (const r of rows) {
    keys.add(r.imageKey);
    if (r.thumbnailKey) keys.add(r.thumbnailKey);
  }
  return keys;
}
