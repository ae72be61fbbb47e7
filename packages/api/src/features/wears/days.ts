/** Calendar days on the server: the default "today" and the future-day rule of the wear log. */
import { latestDayAnywhere } from '@fashion/core';
import { HttpError } from '../../http/errors.ts';

/** Today in UTC: the day a wear gets when the client names none (clients send their own). */
export const todayUtc = (now: Date) => now.toISOString().slice(0, 10);

/** A wear is a fact: a day still to come anywhere on Earth cannot have one (plan it instead). */
export function refuseFuture(fecha: string, now: Date): void {
  if (fecha > latestDayAnywhere(now)) {
    throw new HttpError(
      400,
      `fecha ${fecha} is in the future: plan it instead`,
      {},
      undefined,
      'date_in_future',
    );
  }
}
