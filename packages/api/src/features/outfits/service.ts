/**
 * Saved outfits. Every slot must hold one of the caller's own garments of the fitting type;
 * answers carry the garments themselves beside the ids (one store read for all of them).
 */
import {
  OUTFIT_SLOTS,
  SLOT_SPECS,
  SLOTS,
  newId,
  slotIdField,
  type Garment,
  type Outfit,
  type OutfitExpanded,
  type OutfitGarments,
  type OutfitPatch,
  type OutfitSave,
  type OutfitSlot,
  type Tipo,
  type Worn,
  wornAt,
} from '@fashion/core';
import type { AppContext } from '../../deps.ts';
import { HttpError, notFound } from '../../http/errors.ts';
import { toGarmentJson } from '../garments/wire.ts';
import { wearService } from '../wears/service.ts';

/** Which garment types a slot accepts (a layered top may be a second top or a light jacket). */
/** The garment types each slot takes (core's SLOT_SPECS). */
export const SLOT_TIPOS: Readonly<Record<OutfitSlot, readonly Tipo[]>> = Object.fromEntries(
  SLOTS.map((s): [OutfitSlot, readonly Tipo[]] => [slotIdField(s), SLOT_SPECS[s].tipos]),
) as Record<OutfitSlot, readonly Tipo[]>;

const slotName = (slot: OutfitSlot) => slot.slice(0, -3) as keyof OutfitGarments;

export function slotIds(
  o: Partial<Record<OutfitSlot, string | undefined>>,
): [OutfitSlot, string][] {
  const pairs: [OutfitSlot, string][] = [];
  for (const slot of OUTFIT_SLOTS) {
    const id = o[slot];
    if (id) pairs.push([slot, id]);
  }
  return pairs;
}

export function expand(outfit: Outfit, byId: ReadonlyMap<string, Garment>): OutfitExpanded {
  const prendas: OutfitGarments = {};
  for (const [slot, id] of slotIds(outfit)) {
    const g = byId.get(id);
    if (g) prendas[slotName(slot)] = g;
  }
  return { ...outfit, prendas };
}

export function outfitService(ctx: AppContext) {
  const { store } = ctx;

  async function garmentsOf(userId: string, outfits: readonly Outfit[]) {
    const ids = [...new Set(outfits.flatMap((o) => slotIds(o).map(([, id]) => id)))];
    const garments = await store.garments.getMany(userId, ids);
    return new Map(garments.map((g) => [g._id, toGarmentJson(g)]));
  }

  return {
    async save(userId: string, body: OutfitSave): Promise<OutfitExpanded> {
      const slots = slotIds(body);
      const ids = slots.map(([, id]) => id);
      if (new Set(ids).size !== ids.length) {
        throw new HttpError(400, 'the same garment cannot fill two slots of an outfit');
      }
      const found = new Map((await store.garments.getMany(userId, ids)).map((g) => [g._id, g]));
      for (const [slot, id] of slots) {
        const g = found.get(id);
        if (!g) throw new HttpError(404, `${slot}: garment ${id} not found`);
        if (!SLOT_TIPOS[slot].includes(g.tipo)) {
          throw new HttpError(
            400,
            `${slot}: garment ${id} is of type ${g.tipo}; this slot takes ${SLOT_TIPOS[slot].join(' or ')}`,
          );
        }
      }
      const outfit = await store.outfits.create({
        ...body,
        _id: newId(),
        userId,
        puntuacion: body.puntuacion ?? 0,
        fecha_creacion: new Date().toISOString(),
      });
      return expand(outfit, new Map([...found].map(([id, g]) => [id, toGarmentJson(g)])));
    },

    async list(userId: string): Promise<OutfitExpanded[]> {
      const outfits = await store.outfits.list(userId);
      const byId = await garmentsOf(userId, outfits);
      return outfits.map((o) => expand(o, byId));
    },

    async get(userId: string, id: string): Promise<OutfitExpanded> {
      const outfit = await store.outfits.get(userId, id);
      if (!outfit) throw notFound(`outfit ${id}`);
      return expand(outfit, await garmentsOf(userId, [outfit]));
    },

    async rename(userId: string, id: string, patch: OutfitPatch): Promise<OutfitExpanded> {
      const outfit = await store.outfits.update(userId, id, { nombre: patch.nombre });
      if (!outfit) throw notFound(`outfit ${id}`);
      return expand(outfit, await garmentsOf(userId, [outfit]));
    },

    async remove(userId: string, id: string): Promise<void> {
      if (!(await store.outfits.delete(userId, id))) throw notFound(`outfit ${id}`);
    },

    /**
     * "I wore this": a wear of the outfit today (the wear log), which derives the outfit's and
     * its garments' `ultimo_uso`; the recommender rotates on the garments'. Twice in a day logs once.
     */
    async markWorn(userId: string, id: string, now = new Date()): Promise<Worn> {
      const { wear } = await wearService(ctx).log(userId, { outfit_id: id }, now);
      return { ultimo_uso: wornAt(wear.fecha, wear.creado), prendas: wear.prenda_ids, uso: wear };
    },
  };
}
