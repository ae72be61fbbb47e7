/** The days of a trip: every date from `desde` to `hasta`, with what is planned on each. */
import { MAX_TRIP_DAYS, type Activity, type TripDay } from '@fashion/core';
import { HttpError } from '../../http/errors.ts';
import { addDays } from '../plans/rotation.ts';

/** One entry per date in order; a date `dias` leaves out gets one casual outfit. */
export function tripDays(desde: string, hasta: string, dias: readonly TripDay[] = []): TripDay[] {
  const dates: string[] = [];
  for (let d = desde; d <= hasta; d = addDays(d, 1)) {
    if (dates.length === MAX_TRIP_DAYS) {
      throw new HttpError(
        400,
        `a trip may last ${MAX_TRIP_DAYS} days at most`,
        {},
        undefined,
        'trip_too_long',
      );
    }
    dates.push(d);
  }
  const given = new Map(dias.map((d) => [d.fecha, d.actividades]));
  for (const fecha of given.keys()) {
    if (fecha < desde || fecha > hasta) {
      throw new HttpError(400, `dias: ${fecha} is not within ${desde}..${hasta}`);
    }
  }
  return dates.map((fecha) => ({
    fecha,
    actividades: [...new Set(given.get(fecha) ?? (['casual'] as Activity[]))],
  }));
}
