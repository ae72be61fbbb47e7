/**
 * Persistence of the wear log and the calendar's plans. As with every store port, each method
 * takes the owner's userId and never touches another user's records.
 *
 * `ultimo_uso` of garments and saved outfits is derived from the wears: the wear store sets it to
 * the latest wear day of each garment (and outfit) a write touches, in the same transaction as the
 * write, so the log and the field never disagree.
 */
import type { Plan, Wear, WearQuery } from '@fashion/core';

export type NewWear = Wear;

/** What "I wore this instead" changes on a wear; `outfit_id: null` drops the outfit link. */
export interface WearChange {
  prenda_ids: string[];
  outfit_id: string | null;
  nota?: string | null;
}

export interface WearStore {
  /** Stores the wear (its garments are the user's: the service checked) and derives `ultimo_uso`. */
  create(wear: NewWear): Promise<Wear>;
  get(userId: string, id: string): Promise<Wear | null>;
  /** Newest day first (then newest record first), within the inclusive day range. */
  list(userId: string, query: WearQuery): Promise<Wear[]>;
  /** Replaces the garments (and outfit) of a wear; re-derives `ultimo_uso` of old and new ones. */
  replace(userId: string, id: string, change: WearChange): Promise<Wear | null>;
  /** Removes the wear (undo) and re-derives `ultimo_uso`; answers the removed wear. */
  delete(userId: string, id: string): Promise<Wear | null>;
}

export type NewPlan = Plan;

export interface PlanUpdate {
  fecha?: string;
  ocasion?: Plan['ocasion'] | null;
  nota?: string | null;
}

export interface PlanStore {
  create(plan: NewPlan): Promise<Plan>;
  get(userId: string, id: string): Promise<Plan | null>;
  /** Earliest day first, within the inclusive day range. */
  list(userId: string, query: { desde?: string; hasta?: string }): Promise<Plan[]>;
  update(userId: string, id: string, patch: PlanUpdate): Promise<Plan | null>;
  delete(userId: string, id: string): Promise<boolean>;
}
