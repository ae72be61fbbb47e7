/**
 * The wear log: "I wore this" (garments or a saved outfit on a day), "I wore this instead"
 * (replace a wear's garments), undo (delete). Every garment must be the caller's; days still to
 * come are refused. Logging the same garments (or outfit) twice for one day answers the first
 * wear, so a retried or double-tapped "I wore this" logs once.
 */
import {
  newId,
  type Wear,
  type WearCreate,
  type WearExpanded,
  type WearQuery,
  type WearReplace,
} from '@fashion/core';
import type { AppContext } from '../../deps.ts';
import { HttpError, notFound } from '../../http/errors.ts';
import { toGarmentJson } from '../garments/wire.ts';
import { slotIds } from '../outfits/service.ts';
import { refuseFuture, todayUtc } from './days.ts';

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

export function wearService(ctx: AppContext) {
  const { store } = ctx;

  /** The garments (and outfit) a wear names, checked to be the caller's. */
  async function resolve(userId: string, body: WearReplace) {
    if (body.outfit_id) {
      const outfit = await store.outfits.get(userId, body.outfit_id);
      if (!outfit) throw notFound(`outfit ${body.outfit_id}`);
      return { outfit_id: outfit._id, prenda_ids: slotIds(outfit).map(([, id]) => id) };
    }
    const ids = [...new Set(body.prenda_ids ?? [])];
    const found = new Set((await store.garments.getMany(userId, ids)).map((g) => g._id));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length) throw notFound(`garment ${missing.join(', ')}`);
    return { outfit_id: undefined, prenda_ids: ids };
  }

  /** Wears with their garments (one read for all; garments deleted since are left out). */
  async function expand(userId: string, wears: readonly Wear[]): Promise<WearExpanded[]> {
    const ids = [...new Set(wears.flatMap((w) => w.prenda_ids))];
    const byId = new Map((await store.garments.getMany(userId, ids)).map((g) => [g._id, g]));
    return wears.map((w) => {
      const prenda_ids = w.prenda_ids.filter((id) => byId.has(id));
      return { ...w, prenda_ids, prendas: prenda_ids.map((id) => toGarmentJson(byId.get(id)!)) };
    });
  }

  return {
    /** Logs a wear; `created` is false when that day already had the same one (answered as is). */
    async log(
      userId: string,
      body: WearCreate,
      now = new Date(),
    ): Promise<{ wear: WearExpanded; created: boolean }> {
      const fecha = body.fecha ?? todayUtc(now);
      refuseFuture(fecha, now);
      const { outfit_id, prenda_ids } = await resolve(userId, body);
      const sameDay = await store.wears.list(userId, { desde: fecha, hasta: fecha });
      const existing = sameDay.find(
        (w) => w.outfit_id === outfit_id && sameSet(w.prenda_ids, prenda_ids),
      );
      if (existing) return { wear: (await expand(userId, [existing]))[0]!, created: false };
      const wear: Wear = {
        _id: newId(),
        userId,
        fecha,
        prenda_ids,
        creado: now.toISOString(),
        ...(outfit_id ? { outfit_id } : {}),
        ...(body.nota ? { nota: body.nota } : {}),
      };
      const stored = await store.wears.create(wear);
      return { wear: (await expand(userId, [stored]))[0]!, created: true };
    },

    async list(userId: string, query: WearQuery): Promise<WearExpanded[]> {
      if (query.desde && query.hasta && query.desde > query.hasta) {
        throw new HttpError(400, 'desde must not be after hasta');
      }
      // A wear whose garments were all deleted since says nothing any more.
      const wears = await expand(userId, await store.wears.list(userId, query));
      return wears.filter((w) => w.prendas.length > 0);
    },

    async get(userId: string, id: string): Promise<WearExpanded> {
      const wear = await store.wears.get(userId, id);
      if (!wear) throw notFound(`wear ${id}`);
      return (await expand(userId, [wear]))[0]!;
    },

    /** "I wore this instead": the day's wear gets other garments (or another outfit). */
    async replace(userId: string, id: string, body: WearReplace): Promise<WearExpanded> {
      if (!(await store.wears.get(userId, id))) throw notFound(`wear ${id}`);
      const { outfit_id, prenda_ids } = await resolve(userId, body);
      const wear = await store.wears.replace(userId, id, {
        prenda_ids,
        outfit_id: outfit_id ?? null,
        ...(body.nota !== undefined ? { nota: body.nota || null } : {}),
      });
      if (!wear) throw notFound(`wear ${id}`);
      return (await expand(userId, [wear]))[0]!;
    },

    /** Undo: the wear goes, and its garments' `ultimo_uso` falls back to their previous wear. */
    async remove(userId: string, id: string): Promise<void> {
      if (!(await store.wears.delete(userId, id))) throw notFound(`wear ${id}`);
    },
  };
}
