/**
 * How waiting garment changes show (api/pending.ts): on one garment, on a list of them, and on
 * the wardrobe's pages (an archived garment leaves the active list and joins the archived one's
 * rows it is already in; a deleted one leaves every list).
 */
import type { InfiniteData } from '@tanstack/react-query';
import type { Garment, GarmentPatch, Ocasion } from '@fashion/core';
import { offlineKeys } from './offline-queue.ts';
import type { Pending } from './pending.ts';

export type GarmentUpdate = { id: string; patch: GarmentPatch };
export type OcasionUpdate = { id: string; ocasion: Ocasion[] };
/** Archive (with why it left) or restore. */
export type ArchiveRequest = { restore: true } | { motivo: string };
export type ArchiveChange = { id: string; req: ArchiveRequest };

/** Which garments a list holds: the active ones (the server's default), archived, or all. */
export type GarmentView = 'activa' | 'archivada' | 'todas';

/** A patch as the server applies it: `null` clears a field. */
function patched(g: Garment, patch: Record<string, unknown>): Garment {
  const next: Record<string, unknown> = { ...g };
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete next[k];
    else if (v !== undefined) next[k] = v;
  }
  return next as Garment;
}

/** `g` once `c` is through (the same garment when `c` is not about it). */
export function garmentAfter(g: Garment, c: Pending): Garment {
  switch (c.kind) {
    case offlineKeys.updateGarment[1]: {
      const { id, patch } = c.vars as GarmentUpdate;
      return id === g._id ? patched(g, patch) : g;
    }
    case offlineKeys.setOcasion[1]: {
      const { id, ocasion } = c.vars as OcasionUpdate;
      return id === g._id ? { ...g, ocasion } : g;
    }
    case offlineKeys.archiveGarment[1]: {
      const { id, req } = c.vars as ArchiveChange;
      if (id !== g._id) return g;
      return 'restore' in req
        ? patched(g, { estado: 'activa', motivo_archivo: null })
        : patched(g, { estado: 'archivada', motivo_archivo: req.motivo });
    }
    default:
      return g;
  }
}

const deletedBy = (c: Pending) =>
  c.kind === offlineKeys.deleteGarment[1] ? (c.vars as string) : undefined;

const inView = (g: Garment, view: GarmentView) =>
  view === 'todas' ||
  ((g as { estado?: string }).estado === 'archivada') === (view === 'archivada');

/** A list of garments once `c` is through. */
export function garmentsAfter(list: Garment[], c: Pending, view: GarmentView): Garment[] {
  const gone = deletedBy(c);
  if (gone !== undefined) return list.filter((g) => g._id !== gone);
  const next = list.map((g) => garmentAfter(g, c));
  return next.some((g, i) => g !== list[i]) ? next.filter((g) => inView(g, view)) : list;
}

interface Paged {
  items: Garment[];
}

/** The wardrobe's pages once `c` is through. */
export const pagesAfter =
  (view: GarmentView) =>
  <P extends Paged>(data: InfiniteData<P, string>, c: Pending): InfiniteData<P, string> => ({
    ...data,
    pages: data.pages.map((p) => ({ ...p, items: garmentsAfter(p.items, c, view) })),
  });
