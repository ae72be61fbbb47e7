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
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import type { Estilo, Ocasion } from '@fashion/core';
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
  ],
);

const garmentRef = (name: string) =>
  text(name).references((): AnySQLiteColumn => garments.id, { onDelete: 'cascade' });

export const outfits = sqliteTable(
  'outfits',
  {
    id: text('id').primaryKey(),
    userId: text('user_id').notNull(),
    superiorId: garmentRef('superior_id'),
    superiorSecundarioId: garmentRef('superior_secundario_id'),
    inferiorId: garmentRef('inferior_id'),
    vestidoId: garmentRef('vestido_id'),
    zapatosId: garmentRef('zapatos_id').notNull(),
    abrigoId: garmentRef('abrigo_id'),
    sombreroId: garmentRef('sombrero_id'),
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
    index('outfits_superior').on(t.superiorId),
    index('outfits_superior_secundario').on(t.superiorSecundarioId),
    index('outfits_inferior').on(t.inferiorId),
    index('outfits_vestido').on(t.vestidoId),
    index('outfits_zapatos').on(t.zapatosId),
    index('outfits_abrigo').on(t.abrigoId),
    index('outfits_sombrero').on(t.sombreroId),
  ],
);

export const profiles = sqliteTable('profiles', {
  userId: text('user_id').primaryKey(),
  nombre: text('nombre'),
  edad: integer('edad'),
  altura: real('altura'),
  peso: real('peso'),
  /** JSON array of colour names. */
  colores: text('colores').notNull().default('[]'),
  ocasion: text('ocasion').$type<Ocasion>().notNull(),
  estilo: text('estilo').$type<Estilo>().notNull(),
  incluirVestido: integer('incluir_vestido', { mode: 'boolean' }).notNull(),
  incluirAbrigo: integer('incluir_abrigo', { mode: 'boolean' }).notNull(),
  layeredTop: integer('layered_top', { mode: 'boolean' }).notNull(),
  topPreference: text('top_preference')
    .$type<'any' | 'T-shirt' | 'Shirt' | 'Longsleeve'>()
    .notNull()
    .default('any'),
  updatedAt: text('updated_at').notNull(),
});

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

export type GarmentRow = typeof garments.$inferSelect;
export type OutfitRow = typeof outfits.$inferSelect;
export type ProfileRow = typeof profiles.$inferSelect;
