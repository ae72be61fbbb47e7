/** The day's weather from the server's forecast provider (/api/weather). */
import type { Ciudad } from '@fashion/core';
import { api } from './client.ts';

export interface DayWeather {
  date: string;
  temperature: number;
  rain: boolean;
  source: 'forecast' | 'climate';
}

export function fetchWeather(where: Pick<Ciudad, 'lat' | 'lon'>): Promise<DayWeather> {
  const q = new URLSearchParams({ lat: String(where.lat), lon: String(where.lon) });
  return api<DayWeather>({ method: 'GET', path: `/api/weather?${q}` });
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
