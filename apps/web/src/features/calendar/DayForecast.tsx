/**
 * The day's forecast beside a day, once the weather route (GET /api/weather?lat&lon&date) is
 * there and the person gave a place: without either it shows nothing, so the calendar never
 * depends on it.
 */
import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';

interface Forecast {
  temp_min?: number;
  temp_max?: number;
}

export function DayForecast({ day, place }: { day: string; place?: { lat: number; lon: number } }) {
  const t = useT();
  const q = useQuery({
    queryKey: ['weather', place?.lat, place?.lon, day],
    enabled: place !== undefined,
    retry: false,
    queryFn: () =>
      api<Forecast>({
        method: 'GET',
        path: withQuery('/api/weather', {
          lat: String(place?.lat),
          lon: String(place?.lon),
          date: day,
        }),
      }),
  });
  const f = q.data;
  if (!f || f.temp_min === undefined || f.temp_max === undefined) return null;
  return (
    <span className="text-xs text-stone-500">{t.calendar.forecast(f.temp_min, f.temp_max)}</span>
  );
}
