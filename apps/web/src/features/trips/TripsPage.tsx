/** Trips: the list of the person's trips and a form for a new one (linked from the calendar). */
import { useTrips } from '../../api/trips.ts';
import { ErrorState, Loading } from '../../components/States.tsx';
import { card, muted, pageTitle } from '../../components/ui.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { usePageTitle } from '../../lib/page-title.ts';
import { Link } from '../../router/router.tsx';
import { dayLabel } from './days.ts';
import { TripForm } from './TripForm.tsx';

export default function TripsPage() {
  const { t, lang } = useI18n();
  usePageTitle(t.trips.title);
  const trips = useTrips();
  return (
    <div className="space-y-6">
      <header>
        <h1 className={pageTitle}>{t.trips.title}</h1>
        <p className={`mt-1 ${muted}`}>{t.trips.intro}</p>
      </header>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.3fr)]">
        <section aria-label={t.trips.title}>
          {trips.isPending ? (
            <Loading />
          ) : trips.error ? (
            <ErrorState error={trips.error} onRetry={() => void trips.refetch()} />
          ) : trips.data.length === 0 ? (
            <p className={muted}>{t.trips.none}</p>
          ) : (
            <ul className="space-y-2">
              {trips.data.map((trip) => (
                <li key={trip._id}>
                  <Link
                    to={`/trips/${trip._id}`}
                    className={`${card} block p-4 hover:border-stone-400 dark:hover:border-stone-600`}
                  >
                    <span className="block font-medium">{trip.destino.name}</span>
                    <span className={`text-sm ${muted}`}>
                      {t.trips.dates(dayLabel(trip.desde, lang), dayLabel(trip.hasta, lang))} ·{' '}
                      {t.trips.days(trip.dias.length)}
                      {trip.plan
                        ? ` · ${t.trips.packed(trip.marcados.length, trip.plan.suitcaseSize)}`
                        : ''}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
        <TripForm />
      </div>
    </div>
  );
}
