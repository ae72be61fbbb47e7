/** The plan day by day: the weather, each activity's outfit with its explanations, swap a piece. */
import type { Garment, TripExpanded } from '@fashion/core';
import { useSwapPiece } from '../../api/trips.ts';
import { GarmentImage } from '../../components/GarmentImage.tsx';
import { InlineError } from '../../components/States.tsx';
import { useToast } from '../../components/Toast.tsx';
import { btn, card, muted } from '../../components/ui.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { garmentName } from '../../lib/vocab.ts';
import { dayLabel } from './days.ts';

export function PlanDays({ trip }: { trip: TripExpanded }) {
  const { t, lang } = useI18n();
  const toast = useToast();
  const swap = useSwapPiece(trip._id);
  const byId = new Map<string, Garment>(trip.prendas.map((g) => [g._id, g]));
  return (
    <section className="space-y-3" aria-label={t.trips.plan}>
      <InlineError error={swap.error} />
      {trip.plan!.days.map((day) => (
        <article key={day.date} className={`${card} p-4`} data-testid="trip-day">
          <h3 className="flex flex-wrap items-baseline gap-x-2 font-medium first-letter:uppercase">
            {dayLabel(day.date, lang)}
            <span className={`text-sm font-normal ${muted}`}>
              {t.trips.weather(day.temperature, day.rain)} · {t.trips.source[day.source]}
            </span>
          </h3>
          {day.outfits.map((o) => (
            <div key={o.activity} className="mt-3">
              <p className="text-xs font-medium uppercase tracking-wide text-stone-500">
                {t.trips.activities[o.activity]}
              </p>
              <ul className="mt-1 flex flex-wrap gap-2">
                {o.garmentIds.map((id) => {
                  const g = byId.get(id);
                  const name = g ? garmentName(g, t) : id;
                  return (
                    <li key={id} className="flex flex-col items-center gap-1">
                      {g ? (
                        <GarmentImage garment={g} alt={name} className="size-16 rounded-lg" />
                      ) : null}
                      <button
                        type="button"
                        className={`${btn.ghost} ${btn.small} px-2! py-0.5!`}
                        aria-label={t.trips.swap(name)}
                        title={t.trips.swap(name)}
                        disabled={swap.isPending}
                        onClick={() =>
                          swap.mutate(
                            { fecha: day.date, actividad: o.activity, prenda_id: id },
                            { onSuccess: () => toast.show(t.trips.swapped) },
                          )
                        }
                      >
                        ⇄
                      </button>
                    </li>
                  );
                })}
              </ul>
              <ul className={`mt-1 list-disc pl-5 text-sm ${muted}`}>
                {o.reasons.map((r) => (
                  <li key={r.code}>{t.trips.reasons[r.code](r.params ?? {})}</li>
                ))}
              </ul>
            </div>
          ))}
          {day.uncovered.length ? (
            <p className="mt-2 text-sm text-amber-700 dark:text-amber-400">
              {t.trips.uncovered(day.uncovered.map((a) => t.trips.activities[a]).join(', '))}
            </p>
          ) : null}
        </article>
      ))}
    </section>
  );
}
