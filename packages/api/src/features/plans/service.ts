/**
 * The calendar's plans: a saved outfit or a suggestion's garments for a day to come; move,
 * remove, "mark as worn" (which logs the wear), and suggestions for a planned day that rotate
 * away from what was worn or planned around it and skip garments in the laundry.
 */
import {
  OUTFIT_SLOTS,
  newId,
  type Garment,
  type Plan,
  type PlanCreate,
  type PlanExpanded,
  type PlanPatch,
  type PlanQuery,
  type PlanSlots,
  type RecommendQuery,
  type RecommendedOutfit,
  type WearExpanded,
} from '@fashion/core';
import type { AppContext } from '../../deps.ts';
import { HttpError, notFound } from '../../http/errors.ts';
import { expand as expandOutfit, SLOT_TIPOS, slotIds } from '../outfits/service.ts';
import { toGarmentJson } from '../garments/wire.ts';
import { recommendService } from '../recommend/service.ts';
import { wearService } from '../wears/service.ts';
import { ROTATION_DAYS, addDays, inLaundry, rotationFor } from './rotation.ts';

/** The earliest calendar day anywhere on Earth (UTC-12): a plan for a day before it is past. */
const earliestDayAnywhere = (now: Date) =>
  new Date(now.getTime() - 12 * 3600_000).toISOString().slice(0, 10);

function slotsOf(source: PlanSlots): PlanSlots {
  const slots: PlanSlots = {};
  for (const slot of OUTFIT_SLOTS) if (source[slot]) slots[slot] = source[slot];
  return slots;
}

export function planService(ctx: AppContext) {
  const { store } = ctx;

  async function expand(userId: string, plans: readonly Plan[]): Promise<PlanExpanded[]> {
    const ids = [...new Set(plans.flatMap((p) => slotIds(p).map(([, id]) => id)))];
    const garments = await store.garments.getMany(userId, ids);
    const byId = new Map(garments.map((g) => [g._id, toGarmentJson(g)]));
    // Same shape as a saved outfit's answer (zapatos_id is optional on a plan).
    return plans.map((p) => expandOutfit(p as never, byId) as unknown as PlanExpanded);
  }

  /** A suggestion's garments: each the caller's, each of a type its slot takes. */
  async function checkSlots(userId: string, slots: PlanSlots): Promise<void> {
    const pairs = slotIds(slots);
    const found = new Map(
      (
        await store.garments.getMany(
          userId,
          pairs.map(([, id]) => id),
        )
      ).map((g) => [g._id, g]),
    );
    for (const [slot, id] of pairs) {
      const g = found.get(id);
      if (!g) throw notFound(`${slot}: garment ${id}`);
      if (!SLOT_TIPOS[slot].includes(g.tipo)) {
        throw new HttpError(400, `${slot}: garment ${id} is of type ${g.tipo}`);
      }
    }
  }

  const refusePast = (fecha: string, now: Date) => {
    if (fecha < earliestDayAnywhere(now)) {
      throw new HttpError(400, `fecha ${fecha} has passed: log a wear for it instead`);
    }
  };

  async function owned(userId: string, id: string): Promise<Plan> {
    const plan = await store.plans.get(userId, id);
    if (!plan) throw notFound(`plan ${id}`);
    return plan;
  }

  return {
    async create(userId: string, body: PlanCreate, now = new Date()): Promise<PlanExpanded> {
      refusePast(body.fecha, now);
      let slots: PlanSlots;
      if (body.outfit_id) {
        const outfit = await store.outfits.get(userId, body.outfit_id);
        if (!outfit) throw notFound(`outfit ${body.outfit_id}`);
        slots = slotsOf(outfit);
      } else {
        slots = slotsOf(body);
        await checkSlots(userId, slots);
      }
      const plan = await store.plans.create({
        _id: newId(),
        userId,
        fecha: body.fecha,
        ...slots,
        ...(body.outfit_id ? { outfit_id: body.outfit_id } : {}),
        ...(body.ocasion ? { ocasion: body.ocasion } : {}),
        ...(body.nota ? { nota: body.nota } : {}),
        creado: now.toISOString(),
      });
      return (await expand(userId, [plan]))[0]!;
    },

    async list(userId: string, query: PlanQuery): Promise<PlanExpanded[]> {
      if (query.desde && query.hasta && query.desde > query.hasta) {
        throw new HttpError(400, 'desde must not be after hasta');
      }
      return expand(userId, await store.plans.list(userId, query));
    },

    async get(userId: string, id: string): Promise<PlanExpanded> {
      return (await expand(userId, [await owned(userId, id)]))[0]!;
    },

    /** Move (a new `fecha`), or change the occasion or note (`null` clears). */
    async update(
      userId: string,
      id: string,
      patch: PlanPatch,
      now = new Date(),
    ): Promise<PlanExpanded> {
      if (patch.fecha) refusePast(patch.fecha, now);
      const plan = await store.plans.update(userId, id, patch);
      if (!plan) throw notFound(`plan ${id}`);
      return (await expand(userId, [plan]))[0]!;
    },

    async remove(userId: string, id: string): Promise<void> {
      if (!(await store.plans.delete(userId, id))) throw notFound(`plan ${id}`);
    },

    /** "Mark as worn": logs the plan's wear on its day (a day to come is refused). */
    async worn(userId: string, id: string, now = new Date()): Promise<WearExpanded> {
      const plan = await owned(userId, id);
      const live = new Set(
        (
          await store.garments.getMany(
            userId,
            slotIds(plan).map(([, g]) => g),
          )
        ).map((g) => g._id),
      );
      const outfit = plan.outfit_id ? await store.outfits.get(userId, plan.outfit_id) : null;
      const body = outfit
        ? { fecha: plan.fecha, outfit_id: outfit._id }
        : {
            fecha: plan.fecha,
            prenda_ids: slotIds(plan)
              .map(([, g]) => g)
              .filter((g) => live.has(g)),
          };
      if (!outfit && body.prenda_ids?.length === 0) {
        throw new HttpError(400, 'the plan’s garments were deleted');
      }
      return (await wearService(ctx).log(userId, body, now)).wear;
    },

    /** Outfits for a planned day: rotation around it, nothing from the laundry. */
    async suggest(
      userId: string,
      fecha: string,
      query: RecommendQuery,
    ): Promise<RecommendedOutfit<Garment>[]> {
      const range = { desde: addDays(fecha, -ROTATION_DAYS), hasta: addDays(fecha, ROTATION_DAYS) };
      const [wears, plans, garments] = await Promise.all([
        store.wears.list(userId, { ...range, hasta: addDays(fecha, -1) }),
        store.plans.list(userId, range),
        store.garments.list(userId),
      ]);
      const { outfits } = await recommendService(ctx).recommend(userId, query, {
        recentlyWorn: rotationFor(fecha, wears, plans),
        unavailable: inLaundry(garments),
        fecha,
      });
      return outfits;
    },
  };
}
