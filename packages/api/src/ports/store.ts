/**
 * Persistence ports. Every method takes the owner's userId: an adapter never returns, changes or
 * deletes a record of another user, so isolation holds even if a route forgets to check.
 */
import type {
  Garment,
  GarmentPatch,
  Ocasion,
  Outfit,
  OutfitSave,
  Preferences,
  PreferencesUpdate,
  Profile,
  Tipo,
} from '@fashion/core';
import type { IdempotencyStore } from './idempotency.ts';

/** A garment before it is stored: the store assigns nothing, the service supplies every field. */
export type NewGarment = Garment & {
  /** Object names in the ImageStore, so that a delete can remove exactly what the garment owns. */
  image_key: string;
  thumbnail_key?: string;
};
export type StoredGarment = NewGarment;

export interface GarmentStore {
  create(garment: NewGarment): Promise<StoredGarment>;
  /** Newest first. Treat the answer as read-only: an adapter may cache and share it. */
  list(userId: string, filter?: { tipo?: Tipo }): Promise<StoredGarment[]>;
  get(userId: string, id: string): Promise<StoredGarment | null>;
  /** Several at once (outfit expansion); ids the user does not own are simply absent. */
  getMany(userId: string, ids: readonly string[]): Promise<StoredGarment[]>;
  update(
    userId: string,
    id: string,
    patch: GarmentPatch & { confirmado?: boolean },
  ): Promise<StoredGarment | null>;
  setOcasion(userId: string, id: string, ocasion: Ocasion[]): Promise<StoredGarment | null>;
  /** Sets `ultimo_uso` on those of `ids` the user owns; returns their ids. */
  markWorn(userId: string, ids: readonly string[], at: string): Promise<string[]>;
  /**
   * Deletes the garment and every outfit of that user that uses it (an outfit never points at a
   * missing garment). Returns the deleted garment (for image clean-up), or null when not found.
   */
  delete(userId: string, id: string): Promise<StoredGarment | null>;
}

export type NewOutfit = OutfitSave & {
  _id: string;
  userId: string;
  puntuacion: number;
  fecha_creacion: string;
};

/** What may change on a saved outfit: its name (rename) and when it was last worn. */
export interface OutfitUpdate {
  nombre?: string;
  ultimo_uso?: string;
}

export interface OutfitStore {
  create(outfit: NewOutfit): Promise<Outfit>;
  list(userId: string): Promise<Outfit[]>;
  get(userId: string, id: string): Promise<Outfit | null>;
  /** Sets the given fields on the owner's outfit; null when the user has no such outfit. */
  update(userId: string, id: string, patch: OutfitUpdate): Promise<Outfit | null>;
  delete(userId: string, id: string): Promise<boolean>;
}

export interface ProfileStore {
  /** The stored profile, or null when the user never saved one (the service fills defaults). */
  get(userId: string): Promise<Profile | null>;
  /** Partial update; creates the profile with defaults for the missing preference fields. */
  update(userId: string, patch: PreferencesUpdate, defaults: Preferences): Promise<Profile>;
}

export interface Store {
  garments: GarmentStore;
  outfits: OutfitStore;
  profiles: ProfileStore;
  /** Idempotency-Key records of creating requests (per user, expiring). */
  idempotency: IdempotencyStore;
  /** Cheap liveness probe for /api/health. */
  ping(): Promise<boolean>;
  /**
   * Every image key any garment of any user references (image and thumbnail), for the sweep of
   * unreferenced images. Throws when it cannot tell (the sweep then deletes nothing).
   */
  imageKeys?(): Promise<Set<string>>;
  close?(): Promise<void>;
}
