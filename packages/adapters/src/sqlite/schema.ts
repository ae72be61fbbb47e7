/**
 * The SQL schema of the wardrobe, shared by SQLite (embedded) and Cloudflare D1 (edge): plain
 * SQLite types only, JSON arrays stored as text, booleans as 0/1 integers, timestamps as ISO
 * strings. Column names are snake_case; the TypeScript names follow the wire names (docs/architecture.md §4).
 *
 * Integrity lives in the database too: every outfit slot is a foreign key to a garment with
 * ON DELETE CASCADE, so an outfit can never point at a deleted garment, whichever code deletes.
 */
import {
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import {
  SLOTS,
  SLOT_ID_FIELD,
  SLOT_SPECS,
  type CategoryRole,
  type ClassName,
  type Estilo,
  type Ocasion,
  type slotIdShape,
} from '@fashion/core';
import { garmentFieldColumns } from './garment-columns.ts';

export const garments = sqliteTable(
  'garments',
  {
    id: text('id').primaryKey(),
    userId: text('user_id').notNull(),
    /** Object names in the ImageStore (not on the wire: the URLs carry them). */
    imageKey: text('image_key').notNull(),
    thumbnailKey: text('thumbnail_key'),
    /** One column per declared garment field (core's GARMENT_FIELDS), named as on the wire. */
    ...garmentFieldColumns,
  },
  (t) => [
    index('garments_user_date').on(t.userId, t.fecha_agregada),
    index('garments_user_tipo').on(t.userId, t.tipo),
    // The wardrobe view: one user's active (or archived) garments in page order.
    index('garments_user_estado_page').on(t.userId, t.estado, t.fecha_agregada, t.id),
    index('garments_user_categoria').on(t.userId, t.categoria_id),
  ],
);

const garmentRef = (name: string) =>
  text(name).references((): AnySQLiteColumn => garments.id, { onDelete: 'cascade' });

type SlotColumn = ReturnType<typeof garmentRef>;
type RequiredSlotColumn = ReturnType<SlotColumn['notNull']>;

/** The slot columns: each references a garment; the slots every outfit fills are NOT NULL. */
function slotColumns() {
  const columns = Object.fromEntries(
    SLOTS.map((slot) => {
      const column = garmentRef(SLOT_ID_FIELD[slot]);
      return [SLOT_ID_FIELD[slot], SLOT_SPECS[slot].required ? column.notNull() : column];
    }),
  );
  return columns as ReturnType<typeof slotIdShape<SlotColumn, RequiredSlotColumn>>;
}

export const outfits = sqliteTable(
  'outfits',
  {
    id: text('id').primaryKey(),
    userId: text('user_id').notNull(),
    // One column per outfit slot, named as on the wire (outfit-slots.ts in core).
    ...slotColumns(),
    puntuacion: real('puntuacion').notNull().default(0),
    nombre: text('nombre'),
    ocasion: text('ocasion').$type<Ocasion>(),
    /** JSON array of strings. */
    explicaciones: text('explicaciones'),
    /** JSON array of the recommender's reasons ({code, kind, params}). */
    razones: text('razones'),
    fechaCreacion: text('fecha_creacion').notNull(),
    /** ISO time the outfit was last worn, null when never. */
    ultimoUso: text('ultimo_uso'),
  },
  (t) => [
    index('outfits_user_date').on(t.userId, t.fechaCreacion),
    // Foreign keys are not indexed by SQLite; the cascade would scan the table without these.
    ...SLOTS.map((slot) => index(`outfits_${slot}`).on(t[SLOT_ID_FIELD[slot]])),
  ],
);

export const profiles = sqliteTable('profiles', {
  userId: text('user_id').primaryKey(),
  nombre: text('nombre'),
  edad: integer('edad'),
  altura: real('altura'),
  peso: real('peso'),
  /** JSON `{name, lat, lon}`: the city whose forecast the outfits screen uses. */
  ciudad: text('ciudad'),
  /** JSON array of colour names. */
  colores: text('colores').notNull().default('[]'),
  /** '' = not chosen (the original's convention). */
  ocasion: text('ocasion').$type<Ocasion | ''>().notNull(),
  estilo: text('estilo').$type<Estilo | ''>().notNull(),
  incluirVestido: integer('incluir_vestido', { mode: 'boolean' }).notNull(),
  incluirAbrigo: integer('incluir_abrigo', { mode: 'boolean' }).notNull(),
  layeredTop: integer('layered_top', { mode: 'boolean' }).notNull(),
  topPreference: text('top_preference')
    .$type<'any' | 'T-shirt' | 'Shirt' | 'Longsleeve'>()
    .notNull()
    .default('any'),
  /** Free-text style notes (the original's `style_preference`); keyed as on the wire. */
  style_preference: text('style_preference').notNull().default(''),
  /** ISO 4217 code new prices default to. */
  moneda: text('moneda').notNull().default('EUR'),
  updatedAt: text('updated_at').notNull(),
});

/**
 * A person's own categories. `nombre_clave` is the name as compared (trimmed, lower case), unique
 * per user. Garments point at a category by `categoria_id` without a foreign key: deleting or
 * merging a category re-points its garments in the same transaction (see the SQL store).
 */
export const categories = sqliteTable(
  'categories',
  {
    id: text('id').primaryKey(),
    userId: text('user_id').notNull(),
    nombre: text('nombre').notNull(),
    nombreClave: text('nombre_clave').notNull(),
    icono: text('icono'),
    color: text('color'),
    rol: text('rol').$type<CategoryRole>().notNull(),
    refina: text('refina').$type<ClassName>(),
    fechaCreacion: text('fecha_creacion').notNull(),
  },
  (t) => [uniqueIndex('categories_user_name').on(t.userId, t.nombreClave)],
);

/** Idempotency-Key records (see IdempotencyStore): per user, expiring after a day. */
export const idempotencyKeys = sqliteTable(
  'idempotency_keys',
  {
    userId: text('user_id').notNull(),
    key: text('key').notNull(),
    fingerprint: text('fingerprint').notNull(),
    /** The first answer; null while its request runs. */
    status: integer('status'),
    body: text('body'),
    lockedUntil: text('locked_until').notNull(),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] }), index('idempotency_expires').on(t.expiresAt)],
);

/**
 * The wear log: one row per wear (a day, optionally a saved outfit), its garments in
 * `wear_garments`. A deleted outfit leaves its wears (the garments were still worn); a deleted
 * garment leaves the log through the cascade.
 */
export const wears = sqliteTable(
  'wears',
  {
    id: text('id').primaryKey(),
    userId: text('user_id').notNull(),
    /** Calendar day YYYY-MM-DD. */
    fecha: text('fecha').notNull(),
    outfitId: text('outfit_id').references((): AnySQLiteColumn => outfits.id, {
      onDelete: 'set null',
    }),
    nota: text('nota'),
    creado: text('creado').notNull(),
    /** The instant `ultimo_uso` derives from (core's wornAt). */
    wornAt: text('worn_at').notNull(),
  },
  (t) => [index('wears_user_day').on(t.userId, t.fecha), index('wears_outfit').on(t.outfitId)],
);

/**
 * Garments of a wear. The day and instant are repeated here so that "latest wear of this
 * garment" (the derived `ultimo_uso`) and "times worn" are one index range each.
 */
export const wearGarments = sqliteTable(
  'wear_garments',
  {
    wearId: text('wear_id')
      .notNull()
      .references((): AnySQLiteColumn => wears.id, { onDelete: 'cascade' }),
    garmentId: text('garment_id')
      .notNull()
      .references((): AnySQLiteColumn => garments.id, { onDelete: 'cascade' }),
    userId: text('user_id').notNull(),
    fecha: text('fecha').notNull(),
    wornAt: text('worn_at').notNull(),
    /** Order of the garment in the wear as given. */
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.wearId, t.garmentId] }),
    index('wear_garments_garment_day').on(t.garmentId, t.wornAt),
  ],
);

/** Outfits planned for days to come: a saved outfit's or a suggestion's garments per slot. */
export const plans = sqliteTable(
  'plans',
  {
    id: text('id').primaryKey(),
    userId: text('user_id').notNull(),
    fecha: text('fecha').notNull(),
    outfitId: text('outfit_id').references((): AnySQLiteColumn => outfits.id, {
      onDelete: 'set null',
    }),
    /** JSON object slot → garment id (garments deleted later are skipped when read). */
    prendas: text('prendas').notNull(),
    ocasion: text('ocasion').$type<Ocasion>(),
    nota: text('nota'),
    creado: text('creado').notNull(),
  },
  (t) => [index('plans_user_day').on(t.userId, t.fecha), index('plans_outfit').on(t.outfitId)],
);

/**
 * Trips: the inputs (destination, dates, activities per day, laundry) and the computed plan as
 * JSON; the plan names garments by id without foreign keys (a garment deleted later is left out
 * when the trip is read).
 */
export const trips = sqliteTable(
  'trips',
  {
    id: text('id').primaryKey(),
    userId: text('user_id').notNull(),
    /** JSON `{name, lat, lon}`. */
    destino: text('destino').notNull(),
    desde: text('desde').notNull(),
    hasta: text('hasta').notNull(),
    /** JSON array of `{fecha, actividades}`. */
    dias: text('dias').notNull(),
    lavanderia: integer('lavanderia', { mode: 'boolean' }).notNull(),
    /** JSON of the plan (days, packing list), null until planned. */
    plan: text('plan'),
    creado: text('creado').notNull(),
  },
  (t) => [index('trips_user_start').on(t.userId, t.desde)],
);

/** Packing-list items in the suitcase: one row each, so ticking two items never races. */
export const tripChecks = sqliteTable(
  'trip_checks',
  {
    tripId: text('trip_id')
      .notNull()
      .references((): AnySQLiteColumn => trips.id, { onDelete: 'cascade' }),
    garmentId: text('garment_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tripId, t.garmentId] })],
);

/**
 * The suggestion log (SuggestionStore): per (user, garment) how often the recommender's outfits
 * showed the garment, first and last time. Bounded by the wardrobe; the cascade drops a deleted
 * garment's row (the store also deletes it explicitly).
 */
export const garmentSuggestions = sqliteTable(
  'garment_suggestions',
  {
    userId: text('user_id').notNull(),
    garmentId: text('garment_id')
      .notNull()
      .references((): AnySQLiteColumn => garments.id, { onDelete: 'cascade' }),
    veces: integer('veces').notNull(),
    primera: text('primera').notNull(),
    ultima: text('ultima').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.garmentId] }),
    index('garment_suggestions_garment').on(t.garmentId),
  ],
);

export type GarmentRow = typeof garments.$inferSelect;
export type OutfitRow = typeof outfits.$inferSelect;
export type ProfileRow = typeof profiles.$inferSelect;
export type CategoryRow = typeof categories.$inferSelect;
export type WearRow = typeof wears.$inferSelect;
export type PlanRow = typeof plans.$inferSelect;
export type TripRow = typeof trips.$inferSelect;
