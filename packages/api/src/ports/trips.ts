/**
 * Persistence of trips (issue #16). As with every store port, each method takes the owner's
 * userId and never reads or changes another user's trip. The packing list's check-off state is
 * changed one item at a time (`setChecked`), so two devices ticking items never undo each other.
 */
import type { StoredTripPlan, Trip, TripDay } from '@fashion/core';

/** What may change on a trip; `plan: null` drops the plan (its inputs changed). */
export interface TripUpdate {
  destino?: Trip['destino'];
  desde?: string;
  hasta?: string;
  dias?: TripDay[];
  lavanderia?: boolean;
  plan?: StoredTripPlan | null;
}

export interface TripStore {
  create(trip: Trip): Promise<Trip>;
  get(userId: string, id: string): Promise<Trip | null>;
  /** Earliest start first. */
  list(userId: string): Promise<Trip[]>;
  update(userId: string, id: string, patch: TripUpdate): Promise<Trip | null>;
  /** Puts a garment of the packing list in (or out of) the suitcase; null when no such trip. */
  setChecked(userId: string, id: string, garmentId: string, checked: boolean): Promise<Trip | null>;
  delete(userId: string, id: string): Promise<boolean>;
}
