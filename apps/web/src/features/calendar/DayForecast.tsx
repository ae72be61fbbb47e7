/**
 * The day's forecast (or, beyond the forecast's horizon, its climate) at the saved city, beside
 * the day's title. Without a city or a provider it shows nothing: the calendar never depends on it.
 */
import type { DayWeather } from '../../api/weather.ts';
import { useT } from '../../i18n/i18n.tsx';

export function DayForecast({ weather }: { weather: DayWeather | undefined }) {
  const t = useT();
  if (!weather) return null;
  return (
    <span className="text-xs text-stone-500" data-testid="day-forecast">
      {t.calendar.forecast(weather.temperatureMin, weather.temperatureMax, weather.rain)}
      {weather.source === 'climate' ? ` ${t.calendar.forecastTypical}` : ''}
    </span>
  );
}
