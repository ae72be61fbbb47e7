/**
 * Garments: create from an image (classifying what the client did not say), list, read,
 * correct and delete. Creation order keeps the store consistent: validate → process the image
 * → classify → put image and thumbnail → insert the row; if a step after the first put fails,
 * the stored objects are deleted again, so no orphan file and no row without its image.
 */
import {
  COLOR_HEX,
  DEFAULT_PREFERENCES,
  EDITABLE_GARMENT_FIELDS,
  GARMENT_FIELD_DEFAULTS,
  newId,
  imageExtension,
  newImageKeys,
  tipoOf,
  type Classification,
  type Garment,
  type GarmentBatch,
  type GarmentBatchResult,
  type GarmentFields,
  type GarmentListQuery,
  type MotivoArchivo,
  type GarmentPatch,
  type Ocasion,
  type Tipo,
} from '@fashion/core';
import type { AppContext } from '../../deps.ts';
import { JsonEntityCache, type JsonEntity } from '../../http/cached-json.ts';
import { HttpError, notFound } from '../../http/errors.ts';
import { ClassifierUnavailable } from '../../ports/classifier.ts';
import type { GarmentChange, GarmentQuery, NewGarment, StoredGarment } from '../../ports/store.ts';
import { checkCategoryOf } from '../categorias/service.ts';
import { toGarmentJson } from './wire.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { batchChange } from './batch.ts';

const today = () => new Date().toISOString().slice(0, 10);

/** The route's query → the store's filter: `estado` defaults to the active garments. */
function storeQuery(query: GarmentListQuery): GarmentQuery {
  const { limit: _limit, cursor: _cursor, estado = 'activa', categoria, ...rest } = query;
  const filters: GarmentQuery =
    categoria === undefined ? rest : { ...rest, categoria_id: categoria };
  return estado === 'todas' ? filters : { ...filters, estado };
}

/** The editable fields (core's declaration) that are set in `fields`. */
function editableFields(fields: GarmentFields): Partial<Garment> {
  const out: Record<string, unknown> = {};
  for (const name of EDITABLE_GARMENT_FIELDS) {
    if (fields[name] !== undefined) out[name] = fields[name];
  }
  return out;
}

export function garmentService(ctx: AppContext) {
  const { store, images, imageProcessor, classifier, options, cutouts } = ctx;
  /**
   * Serialized lists by the store's answer, as GarmentStore.list allows: the same array means
   * the same garments. A store that caches its lists (SQLite) answers the same array until the
   * wardrobe changes, so the JSON (bytes, gzip, ETag) is built once per change; with a store that
   * answers fresh arrays it is built per request, as it would be anyway. Kept over hono's etag()
   * and compress(), which hash and gzip the body on every request: 10-20x fewer requests/s on
   * this list (bench, 2026-12-07).
   */
  const lists = new JsonEntityCache<readonly StoredGarment[]>();
  /** Lists whose missing cut-outs are all queued (or failed here before). */
  const scanned = new WeakSet<readonly StoredGarment[]>();

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

  async function removeImages(g: {
    image_key: string;
    thumbnail_key?: string | undefined;
    recorte_key?: string | undefined;
  }) {
    const keys = [g.image_key, g.thumbnail_key, g.recorte_key].filter((k): k is string =>
      Boolean(k),
    );
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
      const rows = await store.garments.list(userId, {
        estado: 'activa',
        ...(tipo ? { tipo } : {}),
      });
      cutouts?.scheduleMissing(rows);
      return rows.map(toGarmentJson);
    },

    /**
     * The list as a ready JSON entity (the hot path of GET /api/prendas): the active garments
     * unless the query asks for archived ones or all, filtered in the store.
     */
    async listEntity(userId: string, query: GarmentListQuery = {}): Promise<JsonEntity> {
      const rows = await store.garments.list(userId, storeQuery(query));
      // Once per answer of the store: the same (cached) list again has nothing new to queue, and
      // every finished cut-out changes the list. Scanning 200 rows per request showed in profiles.
      if (cutouts && !scanned.has(rows) && cutouts.scheduleMissing(rows)) scanned.add(rows);
      return lists.get(rows, () => rows.map(toGarmentJson));
    },

    /**
     * One page in the order fecha_agregada desc, _id desc; `next` is an opaque cursor. The first
     * page also counts the whole list (`total`).
     */
    async page(
      userId: string,
      query: GarmentListQuery & { limit: number },
    ): Promise<{ items: Garment[]; next: string | null; total?: number }> {
      const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
      const filter = storeQuery(query);
      const [page, total] = await Promise.all([
        store.garments.page(userId, filter, { limit: query.limit, ...(after ? { after } : {}) }),
        // The first page tells the size of the whole (filtered) list: "12 of 5,000".
        after ? undefined : store.garments.count(userId, filter),
      ]);
      return {
        items: page.items.map(toGarmentJson),
        next: page.next ? encodeCursor(page.next) : null,
        ...(total === undefined ? {} : { total }),
      };
    },

    /** Archives the garment (it leaves the wardrobe and the recommender; outfits keep it). */
    async archive(userId: string, id: string, motivo: MotivoArchivo, fecha?: string) {
      const updated = await store.garments.update(userId, id, {
        estado: 'archivada',
        motivo_archivo: motivo,
        fecha_archivo: fecha ?? today(),
      });
      if (!updated) throw notFound(`garment ${id}`);
      return toGarmentJson(updated);
    },

    /** Back into the wardrobe; the archive reason and date are cleared. */
    async restore(userId: string, id: string) {
      const updated = await store.garments.update(userId, id, {
        estado: 'activa',
        motivo_archivo: null,
        fecha_archivo: null,
      });
      if (!updated) throw notFound(`garment ${id}`);
      return toGarmentJson(updated);
    },

    async get(userId: string, id: string): Promise<Garment> {
      return toGarmentJson(await owned(userId, id));
    },

    async create(userId: string, bytes: Uint8Array, fields: GarmentFields): Promise<Garment> {
      await checkCategoryOf(ctx, userId, fields.categoria_id);
      // A price without a currency is in the person's currency (settings), 'EUR' by default.
      const moneda =
        fields.precio !== undefined && fields.moneda === undefined
          ? ((await store.profiles.get(userId))?.moneda ?? DEFAULT_PREFERENCES.moneda)
          : fields.moneda;
      const processed = await imageProcessor.process(bytes);
      const needsModel = fields.clase_nombre === undefined || fields.color === undefined;
      // The metadata-free copy, not the original: with ML_SERVICE_URL it leaves this server.
      const c = needsModel ? await classifyForUpload(processed.full.body) : undefined;
      const clase = fields.clase_nombre ?? c!.clase_nombre;
      const keys = newImageKeys(imageExtension(processed.full.contentType));

      const garment: NewGarment = {
        // Every editable field the person gave (a newly declared one included); the fields
        // below are derived from the image and the model where the person said nothing.
        ...GARMENT_FIELD_DEFAULTS,
        ...editableFields(fields),
        ...(moneda ? { moneda } : {}),
        _id: newId(),
        userId,
        imagen_url: images.url(keys.full),
        thumbnail_url: images.url(keys.thumbnail),
        image_key: keys.full,
        thumbnail_key: keys.thumbnail,
        tipo: fields.tipo ?? tipoOf(clase),
        clase_nombre: clase,
        color: fields.color ?? c!.color,
        // The person's word is kept; a machine colour is replaced by the cut-out's (cutouts/).
        color_origen: fields.color ? 'persona' : 'foto',
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
        const created = toGarmentJson(await store.garments.create(garment));
        // The cut-out follows in the background: the garment answers now, with the photo.
        cutouts?.schedule(userId, created._id);
        return created;
      } catch (err) {
        await removeImages(garment);
        throw err;
      }
    },

    async update(userId: string, id: string, patch: GarmentPatch): Promise<Garment> {
      await checkCategoryOf(ctx, userId, patch.categoria_id);
      const change: GarmentChange = { ...patch };
      if (patch.clase_nombre) change.tipo = patch.tipo ?? tipoOf(patch.clase_nombre);
      // Confirming as it is, or correcting (or re-stating) the class or type, is the person's
      // word on what the garment is: it no longer counts as the model's guess.
      if (patch.confirmado || patch.clase_nombre || patch.tipo) change.confirmado = true;
      // Naming the colour is the person's word: the cut-out's colour no longer replaces it.
      if (patch.color) change.color_origen = 'persona';
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

    /**
     * One change for many garments, all or nothing (404 when one is not the caller's, 400 when
     * one change is invalid: nothing is written then). Deleting removes the owned images too.
     */
    async batch(userId: string, body: GarmentBatch): Promise<GarmentBatchResult> {
      const ids = [...new Set(body.ids)];
      if (body.action === 'eliminar') {
        const deleted = await store.garments.batchDelete(userId, ids);
        if (!deleted) throw notFound('one of the garments');
        await Promise.all(deleted.map(removeImages));
        return { ids, action: 'eliminar' };
      }
      // A category that is not the caller's refuses the whole batch before any write.
      await checkCategoryOf(ctx, userId, body.set?.categoria_id);
      const updated = await store.garments.batchUpdate(userId, ids, (g) =>
        batchChange(g, body, today()),
      );
      if (!updated) throw notFound('one of the garments');
      return { ids, action: body.action ?? 'actualizar' };
    },

    /** Deletes the garment, the outfits that use it (in the store) and its image files. */
    async remove(userId: string, id: string): Promise<void> {
      const deleted = await store.garments.delete(userId, id);
      if (!deleted) throw notFound(`garment ${id}`);
      await removeImages(deleted);
    },
  };
}
