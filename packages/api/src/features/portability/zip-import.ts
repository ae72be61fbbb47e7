/**
 * POST /api/import's write phase, after readExport checked the whole file: the categories, then
 * images, then garment rows (their `categoria_id` remapped), then the registry's other sections
 * (outfits, wears, plans, trips, preferences) with remapped ids. A
 * garment whose image bytes (SHA-256) the wardrobe already holds is not added again: its old id
 * maps to the existing garment. Every write registers its undo; when any write fails the undo
 * log runs newest first, so the wardrobe is as it was before the request.
 */
import { newId, newImageKeys } from '@fashion/core';
import type { AppContext } from '../../deps.ts';
import type { NewGarment } from '../../ports/store.ts';
import { sha256Hex } from './hash.ts';
import type { RestoreContext } from './section-types.ts';
import { AFTER_GARMENTS, BEFORE_GARMENTS } from './sections.ts';
import type { CheckedExport } from './zip-read.ts';

export interface ImportSummary {
  /** Rows added, per section ('garments' included). */
  imported: Record<string, number>;
  /** Garments whose image the wardrobe already had (mapped to the existing garment). */
  duplicates: number;
}

/** The SHA-256 of every image the caller's garments hold → that garment's id. */
async function existingHashes(ctx: AppContext, userId: string): Promise<Map<string, string>> {
  const byHash = new Map<string, string>();
  for (const g of await ctx.store.garments.list(userId)) {
    const obj = await ctx.images.get(g.image_key);
    if (obj) byHash.set(await sha256Hex(obj.body), g._id);
  }
  return byHash;
}

export async function importExport(
  ctx: AppContext,
  userId: string,
  file: CheckedExport,
): Promise<ImportSummary> {
  const undoLog: (() => Promise<void>)[] = [];
  const r: RestoreContext = {
    userId,
    ids: new Map([['garments', new Map()]]),
    undo: (step) => void undoLog.push(step),
  };
  const garmentIds = r.ids.get('garments')!;
  const imported: Record<string, number> = { garments: 0 };
  let duplicates = 0;
  try {
    for (const section of BEFORE_GARMENTS) {
      imported[section.name] = await section.restore(ctx, file.sections.get(section.name), r);
    }
    const categoryIds = r.ids.get('categories') ?? new Map<string, string>();
    const known = file.garments.length > 0 ? await existingHashes(ctx, userId) : new Map();
    const fresh: NewGarment[] = [];
    for (const { row, image, thumbnail } of file.garments) {
      const existing = known.get(image.sha256);
      if (existing) {
        garmentIds.set(row._id, existing);
        duplicates += 1;
        continue;
      }
      const keys = newImageKeys(image.extension);
      await ctx.images.put(keys.full, image.bytes, image.contentType);
      r.undo(() => ctx.images.delete(keys.full));
      if (thumbnail) {
        await ctx.images.put(keys.thumbnail, thumbnail.bytes, thumbnail.contentType);
        r.undo(() => ctx.images.delete(keys.thumbnail));
      }
      const { image: _i, thumbnail: _t, categoria_id, ...fields } = row;
      const id = newId();
      fresh.push({
        ...fields,
        ...(categoria_id ? { categoria_id: categoryIds.get(categoria_id)! } : {}),
        _id: id,
        userId,
        imagen_url: ctx.images.url(keys.full),
        image_key: keys.full,
        ...(thumbnail
          ? { thumbnail_url: ctx.images.url(keys.thumbnail), thumbnail_key: keys.thumbnail }
          : {}),
      });
      garmentIds.set(row._id, id);
      known.set(image.sha256, id); // the same photo twice in one file is one garment
    }
    for (const g of fresh) {
      await ctx.store.garments.create(g);
      r.undo(async () => void (await ctx.store.garments.delete(userId, g._id)));
      imported['garments']! += 1;
    }
    for (const section of AFTER_GARMENTS) {
      imported[section.name] = await section.restore(ctx, file.sections.get(section.name), r);
    }
    return { imported, duplicates };
  } catch (err) {
    for (const step of undoLog.reverse()) {
      try {
        await step();
      } catch (undoErr) {
        ctx.options.logError('import: could not take back a write', undoErr);
      }
    }
    throw err;
  }
}
