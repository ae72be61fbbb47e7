/**
 * What one section of the export (beside the garments) must say: how to list the caller's rows,
 * how to check them against the rest of the file before anything is written, and how to restore
 * them with remapped ids.
 */
import type { z } from 'zod';
import type { AppContext } from '../../deps.ts';

/** Old id → id, per section name ('garments' included). */
export type IdMaps = Map<string, Map<string, string>>;
/** The ids each section of one file holds, per section name ('garments' included). */
export type FileIds = ReadonlyMap<string, ReadonlySet<string>>;

/** What a restore step shares: the caller, the id maps filled so far, and the undo log. */
export interface RestoreContext {
  userId: string;
  /** Old id → id in this wardrobe, per section name. */
  ids: IdMaps;
  /** Registers how to take back a write, run (newest first) when a later step fails. */
  undo(step: () => Promise<void>): void;
}

export interface PortableSection<T> {
  name: string;
  /** The section's value in wardrobe.json; absent in a file means "nothing of this kind". */
  schema: z.ZodType<T>;
  empty: T;
  /**
   * The caller's rows, as exported. `exported` holds the ids already written to the file (the
   * garments, and the sections listed before this one), so that no row points at one left out.
   */
  list(ctx: AppContext, userId: string, exported: FileIds): Promise<T>;
  /** The ids this section's value holds (for the sections that point at it). */
  idsOf(value: T): Set<string>;
  /** Problems with references to other sections (old ids), before anything is written. */
  check(value: T, ids: FileIds): string[];
  /** Writes the rows; returns how many were added (duplicates of existing rows are skipped). */
  restore(ctx: AppContext, value: T, r: RestoreContext): Promise<number>;
}

/** A section's map of old → new ids (filled by its restore), created on first use. */
export function idMap(r: RestoreContext, name: string): Map<string, string> {
  let map = r.ids.get(name);
  if (!map) r.ids.set(name, (map = new Map()));
  return map;
}
