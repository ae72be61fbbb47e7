/**
 * Persistence ports. Every method takes the owner's userId: an adapter never returns, changes or
 * deletes a record of another user, so isolation holds even if a route forgets to check.
 */
import type {
  ClassName,
  ColorName,
  EstadoPrenda,
  Garment,
  Lavado,
  Temporada,
  GarmentFieldName,
  Ocasion,
  Outfit,
  OutfitSave,
  SavedPreferences,
  PreferencesUpdate,
  Profile,
  Tipo,
} from '@fashion/core';
import type { CategoryStore } from './category-store.ts';
import type { IdempotencyStore } from './idempotency.ts';
import type { PlanStore, WearStore } from './wears.ts';
import type { TripStore } from './trips.ts';
import type { SuggestionStore } from './suggestions.ts';

/** A garment before it is stored: the store assigns nothing, the service supplies every field. */
export type NewGarment = Garment & {
  /** Object names in the ImageStore, so that a delete can remove exactly what the garment owns. */
  image_key: string;
  thumbnail_key?: string;
};
export type StoredGarment = NewGarment;

/** A change of declared fields: a value sets it, null clears an optional field (to its default). */
export type GarmentChange = {
  [K in GarmentFieldName]?: Garment[K] | null;
};

/**
 * What GET /api/prendas filters by; every condition runs in the store (SQL WHERE, Mongo query).
 * `estado` absent means every garment (callers that show the wardrobe ask for 'activa').
 */
export interface GarmentQuery {
  tipo?: Tipo;
  clase_nombre?: ClassName;
  color?: ColorName;
  ocasion?: Ocasion;
  /** A season, or several: a garment for any of them. */
  temporada?: Temporada | readonly Temporada[];
  lavado?: Lavado;
  estado?: EstadoPrenda;
  favorito?: boolean;
  /** One tag, exactly as stored. */
  etiqueta?: string;
  /** The brand, case-insensitive. */
  marca?: string;
  /**
   * Free text, case-insensitive, word by word (core's searchWords): each word within marca,
   * notas, etiquetas, material or talla, or naming the class, type, colour or an occasion.
   */
  q?: string;
  /** Only the garments of this category (the person's own, see CategoryStore). */
  categoria_id?: string;
}

/** Where a page starts: after this garment in the order (fecha_agregada desc, _id desc). */
export interface GarmentPosition {
  fecha_agregada: string;
  _id: string;
}

export interface GarmentPage {
  items: StoredGarment[];
  /** The last item's position when more may follow; absent on the last page. */
  next?: GarmentPosition;
}

export interface GarmentStore {
  create(garment: NewGarment): Promise<StoredGarment>;
  /**
   * Newest first. The answer is read-only: an adapter may cache it and answer the same array to
   * every caller (the SQLite adapter does, deeply frozen); callers must not mutate it. The same
   * array (by identity) again means the same garments: an adapter never changes an array it
   * answered, and answers a new one once anything in the list changed. Callers may therefore key
   * caches on the array (the list's JSON, gzip and ETag: garments/service.ts). Fresh arrays on
   * every call (D1, MongoDB) are always correct; they just never hit such a cache.
   */
  list(userId: string, filter?: GarmentQuery): Promise<readonly StoredGarment[]>;
  /** One page of `list` in the stable order fecha_agregada desc, _id desc. */
  page(
    userId: string,
    filter: GarmentQuery,
    page: { limit: number; after?: GarmentPosition },
  ): Promise<GarmentPage>;
  /** How many garments `list` would answer (the wardrobe's size, or a filter's matches). */
  count(userId: string, filter: GarmentQuery): Promise<number>;
  get(userId: string, id: string): Promise<StoredGarment | null>;
  /** Several at once (outfit expansion); ids the user does not own are simply absent. */
  getMany(userId: string, ids: readonly string[]): Promise<StoredGarment[]>;
  update(userId: string, id: string, patch: GarmentChange): Promise<StoredGarment | null>;
  setOcasion(userId: string, id: string, ocasion: Ocasion[]): Promise<StoredGarment | null>;
  /**
   * Batch edit, all or nothing: when every one of `ids` is the user's, applies `change(g)` to
   * each (computed for all before the first write) and answers the updated garments; otherwise
   * changes nothing and answers null. `change` may throw to refuse the whole batch.
   */
  batchUpdate(
    userId: string,
    ids: readonly string[],
    change: (g: StoredGarment) => GarmentChange,
  ): Promise<StoredGarment[] | null>;
  /**
   * Batch delete, all or nothing, with the outfits that use any of them and their suggestion
   * counts (as `delete`); null when
   * one of `ids` is not the user's. Answers the deleted garments (for image clean-up).
   */
  batchDelete(userId: string, ids: readonly string[]): Promise<StoredGarment[] | null>;
  /** Points the garment at its cut-out (object key and URL); null when the user has no such garment. */
  setCutout(userId: string, id: string, key: string, url: string): Promise<StoredGarment | null>;
  /**
   * A measured colour (`patch`), in one conditional write: applied unless the person named the
   * colour (`color_origen: 'persona'`), even if they did so a moment ago. Answers the garment as
   * it then is; null when the user has no such garment.
   */
  recolour(userId: string, id: string, patch: GarmentChange): Promise<StoredGarment | null>;
  /** Sets `ultimo_uso` on those of `ids` the user owns; returns their ids. */
  markWorn(userId: string, ids: readonly string[], at: string): Promise<string[]>;
  /**
   * Deletes the garment and every outfit of that user that uses it (an outfit never points at a
   * missing garment), and its suggestion counts. Returns the deleted garment (for image clean-up), or null when not found.
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
  update(userId: string, patch: PreferencesUpdate, defaults: SavedPreferences): Promise<Profile>;
}

export interface Store {
  garments: GarmentStore;
  outfits: OutfitStore;
  profiles: ProfileStore;
  categories: CategoryStore;
  /** The wear log (it derives garments' and outfits' `ultimo_uso`) and the calendar's plans. */
  wears: WearStore;
  plans: PlanStore;
  /** Trips with their plan and packing list. */
  trips: TripStore;
  /** How often the recommender suggested each garment (the "suggested, never worn" insight). */
  suggestions: SuggestionStore;
  /** Idempotency-Key records of creating requests (per user, expiring). */
  idempotency: IdempotencyStore;
  /** Cheap liveness probe for /api/health. */
  ping(): Promise<boolean>;
  /**
   * Every image key any garment of any user references (image, thumbnail, cut-out), for the sweep of
   * unreferenced images. Throws when it cannot tell (the sweep then deletes nothing).
   */
  imageKeys?(): Promise<Set<string>>;
  close?(): Promise<void>;
}
