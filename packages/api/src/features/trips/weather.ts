/**
 * The weather the planner dresses each trip day for: temperatures given by hand when the body
 * has them (every day must be there), else the forecast within its horizon and the climate
 * normals beyond it. No provider, or a failing one, is a 503 forecast_unavailable.
 */
import type { Trip, TripDayInput, TripPlanRequest } from '@fashion/core';
import type { AppContext } from '../../deps.ts';
import { HttpError } from '../../http/errors.ts';
import { weatherService } from '../weather/service.ts';

export interface DayWeatherInput extends Omit<TripDayInput, 'source'> {
  source: 'forecast' | 'climate' | 'manual';
}

export async function tripWeather(
  ctx: AppContext,
  trip: Trip,
  manual: TripPlanRequest['manual'],
): Promise<DayWeatherInput[]> {
  if (manual) {
    const byDate = new Map(manual.map((m) => [m.fecha, m]));
    const missing = trip.dias.filter((d) => !byDate.has(d.fecha)).map((d) => d.fecha);
    if (missing.length)
      throw new HttpError(400, `manual: no temperature for ${missing.join(', ')}`);
    return trip.dias.map((d) => {
      const m = byDate.get(d.fecha)!;
      return {
        date: d.fecha,
        temperature: m.temperatura,
        rain: m.lluvia,
        source: 'manual',
        activities: d.actividades,
      };
    });
  }
  const weather = await weatherService(ctx).days(trip.destino, trip.desde, trip.hasta);
  const byDate = new Map(weather.map((w) => [w.date, w]));
  return trip.dias.map((d) => {
    const w = byDate.get(d.fecha)!;
    return {
      date: d.fecha,
      temperature: w.temperature,
      rain: w.rain,
      source: w.source,
      activities: d.actividades,
    };
  });
}
