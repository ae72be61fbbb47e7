/**
 * How waiting calendar changes show (api/pending.ts) on a range of wears or plans: a wear or plan
 * made offline is listed under a pending id with the pieces this device has cached, an undone
 * wear or removed plan is gone, a moved plan is on its new day (in the range it now falls in).
 */
import type { QueryClient } from '@tanstack/react-query';
import type {
  Garment,
  Ocasion,
  Outfit,
  OutfitGarments,
  PlanExpanded,
  WearExpanded,
} from '@fashion/core';
import { cachedById, cachedGarment, slotsOf } from './cached.ts';
import { offlineKeys } from './offline-queue.ts';
import type { Keyed } from './offline-queue.ts';
import { PENDING_ID } from './pending.ts';
import type { Pending } from './pending.ts';

export type WearInput =
  | { fecha: string; prenda_ids: string[]; nota?: string }
  | { fecha: string; outfit_id: string; nota?: string };

export type PlanInput = { fecha: string; ocasion?: Ocasion } & (
  { outfit_id: string } | Partial<Record<`${string}_id`, string>>
);

export interface Range {
  desde: string;
  hasta: string;
}
const within = (r: Range, fecha: string) => fecha >= r.desde && fecha <= r.hasta;

type Expanded = Outfit & { prendas?: OutfitGarments };

/** A saved outfit's slots and garments, as cached. */
function outfitSlots(qc: QueryClient, id: string) {
  const o = cachedById<Expanded>(qc, 'outfits', id);
  if (!o) return { ids: {}, prendas: {} as OutfitGarments };
  const { ids, prendas } = slotsOf(qc, o);
  return { ids, prendas: { ...prendas, ...o.prendas } };
}

const pieces = (prendas: OutfitGarments) =>
  Object.values(prendas).filter((g): g is Garment => Boolean(g));

function wearOf(qc: QueryClient, { input, key }: Keyed<WearInput>): WearExpanded {
  const ids =
    'outfit_id' in input ? Object.values(outfitSlots(qc, input.outfit_id).ids) : input.prenda_ids;
  return {
    _id: PENDING_ID + key,
    userId: '',
    fecha: input.fecha,
    prenda_ids: ids,
    ...('outfit_id' in input ? { outfit_id: input.outfit_id } : {}),
    creado: '',
    prendas: ids.map((id) => cachedGarment(qc, id)).filter((g): g is Garment => Boolean(g)),
  };
}

/** A range of wears once `c` is through. */
export const wearsAfter =
  (qc: QueryClient, range: Range) =>
  (list: WearExpanded[], c: Pending): WearExpanded[] => {
    switch (c.kind) {
      case offlineKeys.logWear[1]: {
        const wear = wearOf(qc, c.vars as Keyed<WearInput>);
        return within(range, wear.fecha) ? [...list, wear] : list;
      }
      case offlineKeys.undoWear[1]:
        return list.filter((w) => w._id !== c.vars);
      case offlineKeys.replaceWear[1]: {
        const { id, outfit_id } = c.vars as { id: string; outfit_id: string };
        return list.map((w) => {
          if (w._id !== id) return w;
          const { ids, prendas } = outfitSlots(qc, outfit_id);
          return { ...w, outfit_id, prenda_ids: Object.values(ids), prendas: pieces(prendas) };
        });
      }
      case offlineKeys.planWorn[1]: {
        const { input: planId, key } = c.vars as Keyed<string>;
        const plan = cachedById<PlanExpanded>(qc, 'planes', planId);
        if (!plan || !within(range, plan.fecha)) return list;
        const { ids } = slotsOf(qc, plan);
        const prenda_ids = Object.values(ids);
        return [
          ...list,
          {
            ...wearOf(qc, { input: { fecha: plan.fecha, prenda_ids }, key }),
            prendas: pieces(plan.prendas),
          },
        ];
      }
      default:
        return list;
    }
  };

function planOf(qc: QueryClient, { input, key }: Keyed<PlanInput>): PlanExpanded {
  const { fecha, ocasion } = input;
  const from =
    'outfit_id' in input && typeof input.outfit_id === 'string'
      ? outfitSlots(qc, input.outfit_id)
      : slotsOf(qc, input);
  return {
    ...from.ids,
    _id: PENDING_ID + key,
    userId: '',
    fecha,
    ...(ocasion ? { ocasion } : {}),
    ...('outfit_id' in input && typeof input.outfit_id === 'string'
      ? { outfit_id: input.outfit_id }
      : {}),
    creado: '',
    prendas: from.prendas,
  } as PlanExpanded;
}

/** A range of plans once `c` is through. */
export const plansAfter =
  (qc: QueryClient, range: Range) =>
  (list: PlanExpanded[], c: Pending): PlanExpanded[] => {
    switch (c.kind) {
      case offlineKeys.createPlan[1]: {
        const plan = planOf(qc, c.vars as Keyed<PlanInput>);
        return within(range, plan.fecha) ? [...list, plan] : list;
      }
      case offlineKeys.movePlan[1]: {
        const { id, fecha } = c.vars as { id: string; fecha: string };
        return list
          .map((p) => (p._id === id ? { ...p, fecha } : p))
          .filter((p) => p._id !== id || within(range, fecha));
      }
      case offlineKeys.deletePlan[1]:
        return list.filter((p) => p._id !== c.vars);
      default:
        return list;
    }
  };
