/**
 * The suggestion log: per garment, how often the recommender's outfits have shown it to its owner
 * and when first and last. One record per (user, garment), counters upserted, so the log is as
 * large as the wardrobe however often outfits are asked for. Deleting a garment deletes its record.
 */

export interface SuggestionCount {
  prenda_id: string;
  /** How many times an outfit served to the owner contained the garment. */
  veces: number;
  /** ISO times of the first and the latest of those suggestions. */
  primera: string;
  ultima: string;
}

export interface SuggestionStore {
  /**
   * Counts one suggestion at `at` (ISO) for each distinct garment of `ids` the user owns; ids of
   * no garment of theirs are ignored. `primera` keeps the earliest time, `ultima` the latest.
   */
  record(userId: string, ids: readonly string[], at: string): Promise<void>;
  /** The user's records (garments never suggested have none), in no particular order. */
  list(userId: string): Promise<SuggestionCount[]>;
}
