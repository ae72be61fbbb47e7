/**
 * Garments: create from an image (classifying what the client did not say), list, read,
 * correct and delete. Creation order keeps the store consistent: validate → process the image
 * → classify → put image and thumbnail → insert the row; if a step after the first put fails,
 * the stored objects are deleted again, so no orphan file and no row without its image.
 */
import {
  COLOR_HEX,
  EDITABLE_GARMENT_FIELDS,
  newId,
  imageExtension,
  newImageKeys,
  tipoOf,
  type Classification,
  type Garment,
  type GarmentFields,
  type GarmentPatch,
  type Ocasion,
  type Tipo,
} from '@fashion/core';
import type { AppContext } from '../../deps.ts';
import { JsonEntityCache, type JsonEntity } from '../../http/cached-json.ts';
import { HttpError, notFound } from '../../http/errors.ts';
import { ClassifierUnavailable } from '../../ports/classifier.ts';
import type { NewGarment, StoredGarment } from '../../ports/store.ts';
import { toGarmentJson } from './wire.ts';

/** The editable fields (core's declaration) that are set in `fields`. */
function editableFields(fields: GarmentFields): Partial<Garment> {
  const out: Record<string, unknown> = {};
  for (const name of EDITABLE_GARMENT_FIELDS) {
    if (fields[name] !== undefined) out[name] = fields[name];
  }
  return out;
}

export function garmentService(ctx: AppContext) {
  const { store, images, imageProcessor, classifier, options } = ctx;
  /**
   * Serialized lists by the store's answer. A store that caches its lists returns the same
   * (frozen) array until the wardrobe changes, so the JSON (bytes, gzip, ETag) is built once per
   * change; with a store that answers fresh arrays it is built per request, as it would be anyway.
   */
  const lists = new JsonEntityCache<readonly StoredGarment[]>();

  async function classifyForUpload(image: Uint8Array): Promise<Classification> {
    try {
      return await classifier.classify(image, 'cnn');
    } catch (err) {
      if (!(err instanceof ClassifierUnavailable)) throw err;
      throw new HttpError(
        503,
        `the garment cannot be classified now (${err.message}). Send clase_nombre and color with the image, or configure a classifier.`,
        { 'Retry-After': String(err.retryAfterSeconds ?? 30) },
      );
    }
  }

  async function removeImages(g: { image_key: string; thumbnail_key?: string | undefined }) {
    const keys = [g.image_key, g.thumbnail_key].filter((k): k is string => Boolean(k));
    const results = await Promise.allSettled(keys.map((k) => images.delete(k)));
    for (const r of results) {
      if (r.status === 'rejected') options.logError('could not delete a stored image', r.reason);
    }
  }

  async function owned(userId: string, id: string): Promise<StoredGarment> {
    const g = await store.garments.get(userId, id);
    if (!g) throw notFound(`garment ${id}`);
    return g;
  }

  return {
    async list(userId: string, tipo?: Tipo): Promise<Garment[]> {
      const rows = await store.garments.list(userId, tipo ? { tipo } : undefined);
      return rows.map(toGarmentJson);
    },

    /** The list as a ready JSON entity (the hot path of GET /api/prendas). */
    async listEntity(userId: string): Promise<JsonEntity> {
      const rows = await store.garments.list(userId);
      return lists.get(rows, () => rows.map(toGarmentJson));
    },

    async get(userId: string, id: string): Promise<Garment> {
      return toGarmentJson(await owned(userId, id));
    },

    async create(userId: string, bytes: Uint8Array, fields: GarmentFields): Promise<Garment> {
      const processed = await imageProcessor.process(bytes);
      const needsModel = fields.clase_nombre === undefined || fields.color === undefined;
      // The metadata-free copy, not the original: with ML_SERVICE_URL it leaves this server.
      const c = needsModel ? await classifyForUpload(processed.full.body) : undefined;
      const clase = fields.clase_nombre ?? c!.clase_nombre;
      const keys = newImageKeys(imageExtension(processed.full.contentType));

      const garment: NewGarment = {
        // Every editable field the person gave (a newly declared one included); the fields
        // below are derived from the image and the model where the person said nothing.
        ...editableFields(fields),
        _id: newId(),
        userId,
        imagen_url: images.url(keys.full),
        thumbnail_url: images.url(keys.thumbnail),
        image_key: keys.full,
        thumbnail_key: keys.thumbnail,
        tipo: fields.tipo ?? tipoOf(clase),
        clase_nombre: clase,
        color: fields.color ?? c!.color,
        // The measured hex only describes the colour the model named.
        ...(fields.color_hex
          ? { color_hex: fields.color_hex }
          : !fields.color && c?.color_hex
            ? { color_hex: c.color_hex }
            : {}),
        confianza: fields.confianza ?? (fields.clase_nombre ? 1 : c!.confianza),
        // A class the person chose is confirmed; one the model chose waits for confirmation.
        confirmado: fields.confirmado ?? fields.clase_nombre !== undefined,
        ...(fields.modelo
          ? { modelo: fields.modelo }
          : !fields.clase_nombre && c
            ? { modelo: c.model_file || c.model }
            : {}),
        ocasion: fields.ocasion ?? [],
        fecha_agregada: new Date().toISOString(),
      };

      await images.put(keys.full, processed.full.body, processed.full.contentType);
      try {
        await images.put(keys.thumbnail, processed.thumbnail.body, processed.thumbnail.contentType);
        return toGarmentJson(await store.garments.create(garment));
      } catch (err) {
        await removeImages(garment);
        throw err;
      }
    },

    async update(userId: string, id: string, patch: GarmentPatch): Promise<Garment> {
      const change: GarmentPatch & { confirmado?: boolean } = { ...patch };
      if (patch.clase_nombre) change.tipo = patch.tipo ?? tipoOf(patch.clase_nombre);
      // Confirming as it is, or correcting (or re-stating) the class or type, is the person's
      // word on what the garment is: it no longer counts as the model's guess.
      if (patch.confirmado || patch.clase_nombre || patch.tipo) change.confirmado = true;
      if (patch.color && !patch.color_hex && patch.color !== 'multicolor') {
        change.color_hex = COLOR_HEX[patch.color];
      }
      const updated = await store.garments.update(userId, id, change);
      if (!updated) throw notFound(`garment ${id}`);
      return toGarmentJson(updated);
    },

    async setOcasion(userId: string, id: string, ocasion: Ocasion[]): Promise<Garment> {
      const updated = await store.garments.setOcasion(userId, id, [...new Set(ocasion)]);
      if (!updated) throw notFound(`garment ${id}`);
      return toGarmentJson(updated);
    },

    /** Deletes the garment, the outfits that use it (in the store) and its image files. */
    async remove(userId: string, id: string): Promise<void> {
      const deleted = await store.garments.delete(userId, id);
      if (!deleted) throw notFound(`garment ${id}`);
      await removeImages(deleted);
    },
  };
}
