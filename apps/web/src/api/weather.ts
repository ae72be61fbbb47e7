/** A day's weather from the server's forecast provider (/api/weather). */
import { useQuery } from '@tanstack/react-query';
import type { Ciudad, DayWeather } from '@fashion/core';
import { api } from './client.ts';

export type { DayWeather };

/** `date` (YYYY-MM-DD) defaults to today; beyond the forecast's horizon the server answers climate. */
export function fetchWeather(
  where: Pick<Ciudad, 'lat' | 'lon'>,
  date?: string,
): Promise<DayWeather> {
  const q = new URLSearchParams({ lat: String(where.lat), lon: String(where.lon) });
  if (date) q.set('date', date);
  return api<DayWeather>({ method: 'GET', path: `/api/weather?${q}` });
}

/** The weather of `date` at the saved city; idle without a city (the calendar never needs it). */
export function useDayWeather(ciudad: Ciudad | undefined, date: string) {
  return useQuery({
    queryKey: ['weather', ciudad?.lat, ciudad?.lon, date],
    enabled: ciudad !== undefined,
    retry: false,
    staleTime: 30 * 60_000,
    queryFn: () => fetchWeather(ciudad!, date),
  });
}

export interface PlaceMatch extends Ciudad {
  country?: string;
  admin1?: string;
}

export async function searchPlaces(q: string, lang: string): Promise<PlaceMatch[]> {
  const qs = new URLSearchParams({ q, lang });
  const res = await api<{ results: PlaceMatch[] }>({ method: 'GET', path: `/api/geocode?${qs}` });
  return res.results;
}
