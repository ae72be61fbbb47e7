/** Settings: the city whose forecast fills the outfits screen's weather (searched by name). */
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { Ciudad } from '@fashion/core';
import { useSavePreferences } from '../../api/profile.ts';
import { searchPlaces } from '../../api/weather.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { InlineError } from '../../components/States.tsx';
import { useToast } from '../../components/Toast.tsx';
import { btn, card, input, label, muted } from '../../components/ui.ts';

export function CitySection({ ciudad }: { ciudad: Ciudad | undefined }) {
  const { t, lang } = useI18n();
  const toast = useToast();
  const [q, setQ] = useState('');
  const search = useMutation({ mutationFn: (text: string) => searchPlaces(text, lang) });
  const save = useSavePreferences();
  return (
    <section className={`${card} p-5 sm:p-6`} aria-labelledby="city-title">
      <h2 id="city-title" className="mb-1 font-display text-xl">
        {t.city.title}
      </h2>
      <p className={`mb-4 text-sm ${muted}`}>{t.city.hint}</p>
      <p className="mb-3 text-sm" data-testid="saved-city">
        {ciudad ? t.city.current(ciudad.name) : t.city.none}
      </p>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (q.trim().length >= 2) search.mutate(q.trim());
        }}
      >
        <label className="block min-w-0 flex-1">
          <span className={label}>{t.city.search}</span>
          <input
            type="search"
            value={q}
            minLength={2}
            maxLength={200}
            onChange={(e) => setQ(e.target.value)}
            className={input}
          />
        </label>
        <button type="submit" className={btn.ghost} disabled={search.isPending}>
          {t.city.searchButton}
        </button>
      </form>
      <InlineError error={search.error ?? save.error} />
      {search.data ? (
        search.data.length === 0 ? (
          <p className={`mt-3 text-sm ${muted}`}>{t.city.noMatch}</p>
        ) : (
          <ul className="mt-3 space-y-1">
            {search.data.map((p) => {
              const where = [p.name, p.admin1, p.country].filter(Boolean).join(', ');
              return (
                <li key={`${p.lat},${p.lon}`}>
                  <button
                    type="button"
                    aria-label={t.city.choose(where)}
                    className={`${btn.ghost} ${btn.small} w-full justify-start text-left`}
                    disabled={save.isPending}
                    onClick={() =>
                      save.mutate(
                        { ciudad: { name: p.name, lat: p.lat, lon: p.lon } },
                        { onSuccess: () => toast.show(t.city.saved) },
                      )
                    }
                  >
                    {where}
                  </button>
                </li>
              );
            })}
          </ul>
        )
      ) : null}
    </section>
  );
}
