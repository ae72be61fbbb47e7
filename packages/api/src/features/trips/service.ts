/**
 * Trips (issue #16): create and change the inputs (a change drops the plan), plan with the
 * core planner for each day's weather, check packing-list items off, swap a piece of one day.
 */
import {
  newId,
  planTrip,
  swapPiece,
  type StoredTripPlan,
  type Trip,
  type TripCheck,
  type TripCreate,
  type TripExpanded,
  type TripPatch,
  type TripPlanRequest,
  type TripSwap,
} from '@fashion/core';
import type { AppContext } from '../../deps.ts';
import { HttpError, notFound } from '../../http/errors.ts';
import { toGarmentJson } from '../garments/wire.ts';
import { tripDays } from './days.ts';
import { tripWeather } from './weather.ts';

const planIds = (plan: StoredTripPlan | undefined) =>
  plan ? [...new Set(Object.values(plan.packingList).flat())] : [];

/** The core planner knows forecast and climate days; a day given by hand plans as forecast. */
const plannerSource = (s: 'forecast' | 'climate' | 'manual') =>
  s === 'climate' ? ('climate' as const) : ('forecast' as const);

export function tripService(ctx: AppContext) {
  const { store } = ctx;

  async function expand(userId: string, trip: Trip): Promise<TripExpanded> {
    const garments = await store.garments.getMany(userId, planIds(trip.plan));
    return { ...trip, prendas: garments.map(toGarmentJson) };
  }

  async function owned(userId: string, id: string): Promise<Trip> {
    const trip = await store.trips.get(userId, id);
    if (!trip) throw notFound(`trip ${id}`);
    return trip;
  }

  function planned(trip: Trip): StoredTripPlan {
    if (!trip.plan) {
      throw new HttpError(409, 'the trip has no plan yet', {}, undefined, 'trip_not_planned');
    }
    return trip.plan;
  }

  const wardrobe = (userId: string) => store.garments.list(userId, { estado: 'activa' });

  return {
    async create(userId: string, body: TripCreate, now = new Date()): Promise<TripExpanded> {
      const trip = await store.trips.create({
        _id: newId(),
        userId,
        destino: body.destino,
        desde: body.desde,
        hasta: body.hasta,
        dias: tripDays(body.desde, body.hasta, body.dias),
        lavanderia: body.lavanderia,
        marcados: [],
        creado: now.toISOString(),
      });
      return expand(userId, trip);
    },

    async list(userId: string): Promise<Trip[]> {
      return store.trips.list(userId);
    },

    async get(userId: string, id: string): Promise<TripExpanded> {
      return expand(userId, await owned(userId, id));
    },

    /** New inputs; the plan no longer fits them, so it is dropped (plan again). */
    async update(userId: string, id: string, patch: TripPatch): Promise<TripExpanded> {
      const trip = await owned(userId, id);
      const desde = patch.desde ?? trip.desde;
      const hasta = patch.hasta ?? trip.hasta;
      if (desde > hasta) throw new HttpError(400, 'desde must not be after hasta');
      // Days kept from before keep their activities; days outside the new dates fall away.
      const kept = trip.dias.filter((d) => d.fecha >= desde && d.fecha <= hasta);
      const dias = tripDays(desde, hasta, patch.dias ?? kept);
      const changed = await store.trips.update(userId, id, {
        ...(patch.destino ? { destino: patch.destino } : {}),
        desde,
        hasta,
        dias,
        ...(patch.lavanderia !== undefined ? { lavanderia: patch.lavanderia } : {}),
        plan: null,
      });
      if (!changed) throw notFound(`trip ${id}`);
      return expand(userId, changed);
    },

    async remove(userId: string, id: string): Promise<void> {
      if (!(await store.trips.delete(userId, id))) throw notFound(`trip ${id}`);
    },

    /** The plan for the trip's weather; the compact plan is stored, the greedy size beside it. */
    async plan(userId: string, id: string, body: TripPlanRequest): Promise<TripExpanded> {
      const trip = await owned(userId, id);
      const [days, garments] = await Promise.all([
        tripWeather(ctx, trip, body.manual),
        wardrobe(userId),
      ]);
      const input = {
        wardrobe: garments,
        days: days.map((d) => ({ ...d, source: plannerSource(d.source) })),
        laundry: trip.lavanderia,
        // The destination's seasons: July in Sydney is winter.
        hemisferio: trip.destino.lat < 0 ? ('sur' as const) : ('norte' as const),
      };
      const compact = planTrip(input);
      const greedy = planTrip(input, 'best');
      const plan: StoredTripPlan = {
        ...compact,
        days: compact.days.map((d, i) => ({ ...d, source: days[i]!.source })),
        greedySize: greedy.suitcaseSize,
      };
      const saved = await store.trips.update(userId, id, { plan });
      if (!saved) throw notFound(`trip ${id}`);
      return expand(userId, saved);
    },

    async check(userId: string, id: string, body: TripCheck): Promise<TripExpanded> {
      const trip = await owned(userId, id);
      if (!planIds(planned(trip)).includes(body.prenda_id)) {
        throw new HttpError(
          400,
          `garment ${body.prenda_id} is not in the packing list`,
          {},
          undefined,
          'not_in_trip',
        );
      }
      const saved = await store.trips.setChecked(userId, id, body.prenda_id, body.marcado);
      if (!saved) throw notFound(`trip ${id}`);
      return expand(userId, saved);
    },

    /** Another piece for one day's outfit; the other days stay as they are. */
    async swap(userId: string, id: string, body: TripSwap): Promise<TripExpanded> {
      const trip = await owned(userId, id);
      const plan = planned(trip);
      const outfit = plan.days
        .find((d) => d.date === body.fecha)
        ?.outfits.find((o) => o.activity === body.actividad);
      if (!outfit?.garmentIds.includes(body.prenda_id)) {
        throw new HttpError(
          400,
          `garment ${body.prenda_id} is not in the ${body.actividad} outfit of ${body.fecha}`,
          {},
          undefined,
          'not_in_trip',
        );
      }
      const swapped = swapPiece({
        wardrobe: await wardrobe(userId),
        laundry: trip.lavanderia,
        plan: {
          days: plan.days.map((d) => ({
            ...d,
            source: plannerSource(d.source),
          })),
        },
        date: body.fecha,
        activity: body.actividad,
        garmentId: body.prenda_id,
      });
      if (!swapped) {
        throw new HttpError(
          409,
          'the wardrobe has no other outfit for that day without this piece',
          {},
          undefined,
          'no_alternative',
        );
      }
      const next: StoredTripPlan = {
        ...swapped,
        days: swapped.days.map((d, i) => ({ ...d, source: plan.days[i]!.source })),
        greedySize: plan.greedySize,
      };
      const saved = await store.trips.update(userId, id, { plan: next });
      if (!saved) throw notFound(`trip ${id}`);
      return expand(userId, saved);
    },
  };
}
