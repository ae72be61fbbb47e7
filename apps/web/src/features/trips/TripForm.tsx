/** A new trip: destination (city search), dates, what is planned each day, laundry. */
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { ACTIVITIES, type Activity, type Ciudad } from '@fashion/core';
import { useCreateTrip } from '../../api/trips.ts';
import { searchPlaces } from '../../api/weather.ts';
import { InlineError } from '../../components/States.tsx';
import { useToast } from '../../components/Toast.tsx';
import { btn, card, input, label, muted } from '../../components/ui.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { navigate } from '../../router/router.tsx';
import { addDays, localDay } from '../calendar/dates.ts';
import { dayLabel, daysBetween } from './days.ts';

export function TripForm() {
  const { t, lang } = useI18n();
  const toast = useToast();
  const [q, setQ] = useState('');
  const [city, setCity] = useState<Ciudad | null>(null);
  const [from, setFrom] = useState(addDays(localDay(), 1));
  const [to, setTo] = useState(addDays(localDay(), 5));
  const [laundry, setLaundry] = useState(false);
  const [plans, setPlans] = useState<Record<string, Activity[]>>({});
  const search = useMutation({ mutationFn: (text: string) => searchPlaces(text, lang) });
  const create = useCreateTrip();
  const days = daysBetween(from, to);
  const activitiesOf = (d: string) => plans[d] ?? ['casual'];
  const toggle = (d: string, a: Activity) => {
    const now = activitiesOf(d);
    const next = now.includes(a) ? now.filter((x) => x !== a) : [...now, a];
    setPlans({ ...plans, [d]: next.length ? next : now });
  };

  return (
    <section className={`${card} space-y-4 p-5 sm:p-6`} aria-labelledby="new-trip">
      <h2 id="new-trip" className="font-display text-xl">
        {t.trips.newTrip}
      </h2>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (q.trim().length >= 2) search.mutate(q.trim());
        }}
      >
        <label className="block min-w-0 flex-1">
          <span className={label}>{t.trips.searchCity}</span>
          <input
            type="search"
            value={q}
            minLength={2}
            maxLength={200}
            onChange={(e) => setQ(e.target.value)}
            className={input}
          />
        </label>
        <button type="submit" className={btn.secondary} disabled={search.isPending}>
          {t.trips.search}
        </button>
      </form>
      <InlineError error={search.error} />
      {search.data && !city ? (
        search.data.length === 0 ? (
          <p className={`text-sm ${muted}`}>{t.trips.noMatch}</p>
        ) : (
          <ul className="space-y-1">
            {search.data.map((p) => {
              const where = [p.name, p.admin1, p.country].filter(Boolean).join(', ');
              return (
                <li key={`${p.lat},${p.lon}`}>
                  <button
                    type="button"
                    aria-label={t.trips.choose(where)}
                    className={`${btn.ghost} ${btn.small} w-full justify-start text-left`}
                    onClick={() => setCity({ name: p.name, lat: p.lat, lon: p.lon })}
                  >
                    {where}
                  </button>
                </li>
              );
            })}
          </ul>
        )
      ) : null}
      {city ? (
        <p className="flex items-center gap-2 text-sm font-medium" data-testid="trip-city">
          {t.trips.chosen(city.name)}
          <button
            type="button"
            className={`${btn.ghost} ${btn.small}`}
            onClick={() => setCity(null)}
          >
            ✕
          </button>
        </p>
      ) : null}
      <div className="grid grid-cols-2 gap-3 sm:max-w-md">
        <label className="block">
          <span className={label}>{t.trips.from}</span>
          <input
            type="date"
            className={input}
            value={from}
            onChange={(e) => setFrom(e.target.value)}
          />
        </label>
        <label className="block">
          <span className={label}>{t.trips.to}</span>
          <input type="date" className={input} value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
      </div>
      <ul className="space-y-2">
        {days.map((d) => (
          <li key={d}>
            <fieldset className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <legend className="sr-only">{t.trips.activitiesOf(dayLabel(d, lang))}</legend>
              <span className="w-full text-sm font-medium sm:w-28" aria-hidden>
                {dayLabel(d, lang)}
              </span>
              {ACTIVITIES.map((a) => (
                <label key={a} className="flex items-center gap-1 text-sm">
                  <input
                    type="checkbox"
                    checked={activitiesOf(d).includes(a)}
                    onChange={() => toggle(d, a)}
                  />
                  {t.trips.activities[a]}
                </label>
              ))}
            </fieldset>
          </li>
        ))}
      </ul>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={laundry} onChange={(e) => setLaundry(e.target.checked)} />
        {t.trips.laundry}
      </label>
      <InlineError error={create.error} />
      <button
        type="button"
        className={btn.primary}
        disabled={create.isPending || days.length === 0}
        onClick={() => {
          if (!city) {
            toast.show(t.trips.needCity);
            return;
          }
          create.mutate(
            {
              destino: city,
              desde: from,
              hasta: to,
              dias: days.map((d) => ({ fecha: d, actividades: activitiesOf(d) })),
              lavanderia: laundry,
            },
            {
              onSuccess: (trip) => {
                toast.show(t.trips.created);
                navigate(`/trips/${trip._id}`);
              },
            },
          );
        }}
      >
        {t.trips.create}
      </button>
    </section>
  );
}
