/**
 * "Use the forecast": fills the outfit's temperature and rain from today's forecast for the
 * saved city, or for the browser's location once the person asks for it (the browser then asks
 * for consent). The person can still move the slider afterwards. Without a network or a
 * provider, it says so and the manual inputs stay.
 */
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { Ciudad } from '@fashion/core';
import { fetchWeather, type DayWeather } from '../../api/weather.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { Switch } from '../../components/Chips.tsx';
import { btn, muted } from '../../components/ui.ts';

function browserPosition(): Promise<{ lat: number; lon: number }> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator)) {
      reject(new Error('no geolocation'));
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ lat: p.coords.latitude, lon: p.coords.longitude }),
      reject,
      { timeout: 10_000, maximumAge: 30 * 60_000 },
    );
  });
}

export function ForecastFill({
  ciudad,
  onFill,
}: {
  ciudad: Ciudad | undefined;
  onFill: (w: { temperature: number; rain: boolean }) => void;
}) {
  const { t } = useI18n();
  const [on, setOn] = useState(false);
  const [where, setWhere] = useState<'city' | 'here'>('city');
  const [noLocation, setNoLocation] = useState(false);
  const fill = useMutation({
    mutationFn: async (source: 'city' | 'here'): Promise<DayWeather> => {
      const point = source === 'city' && ciudad ? ciudad : await browserPosition();
      return fetchWeather(point);
    },
    onSuccess: (w) =>
      onFill({ temperature: Math.max(-10, Math.min(40, w.temperature)), rain: w.rain }),
  });

  const ask = async (source: 'city' | 'here') => {
    setWhere(source);
    setNoLocation(false);
    try {
      await fill.mutateAsync(source);
    } catch (err) {
      if (err instanceof Error && !('status' in err)) setNoLocation(true);
    }
  };

  return (
    <div className="space-y-2" data-testid="forecast-fill">
      <Switch
        label={t.weather.useForecast}
        checked={on}
        onChange={(v) => {
          setOn(v);
          if (v) void ask(ciudad ? 'city' : 'here');
        }}
      />
      {on ? (
        <div className={`text-sm ${muted}`} aria-live="polite">
          <p>{where === 'city' && ciudad ? t.weather.savedCity(ciudad.name) : t.weather.hereNow}</p>
          {fill.isPending ? <p>{t.weather.loading}</p> : null}
          {fill.data ? (
            <p>
              {t.weather.filled(fill.data.temperature, fill.data.rain)}
              {fill.data.source === 'climate' ? ` ${t.weather.climate}` : ''}
            </p>
          ) : null}
          {fill.isError ? (
            <p role="alert" className="text-amber-700 dark:text-amber-400">
              {noLocation ? t.weather.noLocation : t.weather.unavailable}
            </p>
          ) : null}
          {ciudad && where === 'city' ? (
            <button
              type="button"
              className={`${btn.ghost} ${btn.small} mt-1`}
              onClick={() => void ask('here')}
            >
              {t.weather.useMyLocation}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
