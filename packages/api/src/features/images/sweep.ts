/**
 * The image sweep: deletes image objects no garment references, and leftovers of interrupted
 * writes (`*.tmp`), once older than a safe age. It heals what a crash (`kill -9` between the image
 * write and the row insert) or a failed delete (a DELETE whose row went but whose file could not
 * be removed) leaves behind: those files are unreferenced, so a later sweep removes them.
 */
import type { ImageStore } from '../../ports/images.ts';
import type { Store } from '../../ports/store.ts';
import { PENDING_PREFIX } from '../direct-upload/pending-keys.ts';

export interface SweepResult {
  /** Objects deleted. */
  removed: number;
  /** Unreferenced objects whose delete failed (retried by the next sweep). */
  failed: number;
}

export function canSweepImages(images: ImageStore, store: Store): boolean {
  return typeof images.list === 'function' && typeof store.imageKeys === 'function';
}

/**
 * `maxAgeMs`: only objects at least this old are deleted (0 = every unreferenced one; only safe
 * while no upload is in progress, e.g. at start-up before listening). Browser uploads that wait
 * for confirmation (`pending/`) are left to their own sweep.
 */
export async function sweepImages(
  images: ImageStore,
  store: Store,
  maxAgeMs: number,
  now = Date.now(),
): Promise<SweepResult> {
  if (!images.list || !store.imageKeys) return { removed: 0, failed: 0 };
  // Listed first, referenced second: a garment stored in between is seen as referenced.
  const candidates: string[] = [];
  for await (const object of images.list('')) {
    if (object.key.startsWith(PENDING_PREFIX)) continue;
    if (now - object.uploadedAt.getTime() < maxAgeMs) continue;
    candidates.push(object.key);
  }
  const referenced = await store.imageKeys();
  let removed = 0;
  let failed = 0;
  for (const key of candidates) {
    if (referenced.has(key)) continue;
    try {
      await images.delete(key);
      removed++;
    } catch {
      failed++; // still unreferenced: the next sweep tries again
    }
  }
  return { removed, failed };
}
