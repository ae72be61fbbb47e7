/**
 * Cut-outs of garments, off the upload's critical path: an upload answers 201 at once and queues
 * its cut-out (request-queues.ts says on which queue); the job reads the stored photo, segments it, stores the transparent WebP under a
 * new key, then points the row at it (and only then deletes a previous cut-out). A failure is
 * logged and leaves the garment as it was (no cut-out: clients show the photo). Garments that
 * lack one (a process killed with jobs queued, garments from before cut-outs) get theirs lazily,
 * when their owner's wardrobe is next listed; a failure is not retried that way by this process
 * (POST /api/prendas/:id/recorte re-runs it on demand).
 *
 * The segmenter also measures the colour on the garment's own pixels (its mask); once the cut-out
 * is stored, that colour replaces the upload's (a border estimate) unless the person named the
 * colour (`color_origen: 'persona'`: an upload or PATCH that sent `color`).
 */
import { newCutoutKey, type CutoutColor } from '@fashion/core';
import type { AppContext } from '../../deps.ts';
import { HttpError, notFound } from '../../http/errors.ts';
import type { CutoutImage, Segmenter } from '../../ports/segmenter.ts';
import type { StoredGarment } from '../../ports/store.ts';
import { cutoutQueues } from './request-queues.ts';

export type CutoutService = ReturnType<typeof cutoutService>;

export function cutoutService(ctx: Omit<AppContext, 'cutouts'>, segmenter: Segmenter) {
  const { store, images, options } = ctx;
  const queues = cutoutQueues(options.mode);
  const queue = () => queues.current();
  /** Garments whose cut-out failed in this process: not retried by the lazy path. */
  const failed = new Set<string>();

  async function photoOf(g: StoredGarment): Promise<Uint8Array> {
    const photo = await images.get(g.image_key);
    if (!photo) throw new Error(`the photo of garment ${g._id} is missing from the image store`);
    return photo.body;
  }

  /** Stores `image` as the garment's cut-out; null when the garment went meanwhile. */
  async function store_(g: StoredGarment, image: CutoutImage): Promise<StoredGarment | null> {
    const key = newCutoutKey();
    await images.put(key, image.body, image.contentType);
    let updated: StoredGarment | null;
    try {
      updated = await store.garments.setCutout(g.userId, g._id, key, images.url(key));
    } catch (err) {
      await images.delete(key).catch(() => undefined);
      throw err;
    }
    // Deleted while segmenting: its new cut-out belongs to nobody. Else the old one is replaced.
    const orphan = updated ? g.recorte_key : key;
    if (orphan) {
      await images.delete(orphan).catch((err: unknown) => {
        options.logError('could not delete a replaced cut-out (the sweep will)', err);
      });
    }
    if (updated && image.color) return (await recolour(updated, image.color)) ?? updated;
    return updated;
  }

  /** The cut-out's colour onto the garment, unless the person named its colour. */
  async function recolour(g: StoredGarment, color: CutoutColor): Promise<StoredGarment | null> {
    const suggestion = { estampado_sugerido: color.estampado_sugerido ?? null };
    if (!(await store.garments.update(g.userId, g._id, suggestion))) return null;
    // One conditional write: a colour the person names while the job runs is never overwritten.
    return store.garments.recolour(g.userId, g._id, {
      color: color.color,
      color_hex: color.color_hex,
      color_proporcion: color.color_proporcion,
      colores_secundarios: color.colores_secundarios,
      color_origen: 'recorte',
    });
  }

  /** The background job: `force` re-runs even when the garment already has a cut-out. */
  async function run(userId: string, id: string, force: boolean): Promise<void> {
    try {
      const g = await store.garments.get(userId, id);
      if (!g || (g.recorte_key && !force)) return;
      await store_(g, await segmenter.cutout(await photoOf(g)));
      failed.delete(id);
    } catch (err) {
      failed.add(id);
      options.logError(`cut-out of garment ${id} failed (the photo is shown instead)`, err);
    }
  }

  return {
    /** Stops taking jobs and waits for the running one: the server closes the store next. */
    stop: () => queues.stop(),

    /** Queues the cut-out of a new (or re-run) garment. */
    schedule(userId: string, id: string, force = false): void {
      queue().enqueue(id, () => run(userId, id, force));
    },

    /**
     * Queues cut-outs for listed garments that lack one (and did not fail here before); false
     * when some could not be queued (the queue is full or stopped), so a later list tries again.
     */
    scheduleMissing(rows: readonly StoredGarment[]): boolean {
      let all = true;
      for (const g of rows) {
        if (!g.recorte_key && !failed.has(g._id)) {
          const q = queue();
          if (!q.enqueue(g._id, () => run(g.userId, g._id, false)) && !q.waits(g._id)) all = false;
        }
      }
      return all;
    },

    /** A touch-up: the person's mask applied to the original photo, stored as the cut-out. */
    async touchUp(userId: string, id: string, mask: Uint8Array): Promise<StoredGarment> {
      return queue().urgent(async () => {
        const g = await store.garments.get(userId, id);
        if (!g) throw notFound(`garment ${id}`);
        const image = await segmenter.applyMask(await photoOf(g), mask);
        const updated = await store_(g, image);
        if (!updated) throw notFound(`garment ${id}`);
        return updated;
      });
    },
  };
}

export function noSegmenter(): HttpError {
  return new HttpError(503, 'cut-outs are not configured on this server');
}
