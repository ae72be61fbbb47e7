/** One trip: plan it (forecast, or the weather by hand when there is none), the days, the list. */
import { useState } from 'react';
import { useDeleteTrip, usePlanTrip, useTrip } from '../../api/trips.ts';
import { ApiError } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorState, InlineError, Loading } from '../../components/States.tsx';
import { useToast } from '../../components/Toast.tsx';
import { btn, input, label, muted, pageTitle } from '../../components/ui.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { usePageTitle } from '../../lib/page-title.ts';
import { Link, navigate } from '../../router/router.tsx';
import { waitsOffline } from '../../api/offline-queue.ts';
import { dayLabel } from './days.ts';
import { PackingList } from './PackingList.tsx';
import { PlanDays } from './PlanDays.tsx';

export default function TripPage({ params }: { params: Record<string, string> }) {
  const id = params.id ?? '';
  const { t, lang } = useI18n();
  const toast = useToast();
  const trip = useTrip(id);
  const plan = usePlanTrip(id);
  const remove = useDeleteTrip();
  const [confirm, setConfirm] = useState(false);
  const [temp, setTemp] = useState('20');
  const [rain, setRain] = useState(false);
  usePageTitle(trip.data ? `${t.trips.title}: ${trip.data.destino.name}` : t.trips.title);
  if (trip.isPending) return <Loading />;
  if (trip.error) return <ErrorState error={trip.error} onRetry={() => void trip.refetch()} />;
  const data = trip.data;
  const noForecast = plan.error instanceof ApiError && plan.error.code === 'forecast_unavailable';

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <Link to="/trips" className={`text-sm ${muted} hover:underline`}>
          ← {t.trips.back}
        </Link>
        <h1 className={pageTitle}>{data.destino.name}</h1>
        <p className={muted}>
          {t.trips.dates(dayLabel(data.desde, lang), dayLabel(data.hasta, lang))} ·{' '}
          {t.trips.days(data.dias.length)}
        </p>
      </header>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={btn.primary}
          disabled={plan.isPending}
          onClick={() => plan.mutate({})}
        >
          {plan.isPending ? t.trips.planning : data.plan ? t.trips.replan : t.trips.plan}
        </button>
        <button type="button" className={btn.dangerOutline} onClick={() => setConfirm(true)}>
          {t.trips.delete}
        </button>
      </div>
      {noForecast ? (
        <form
          className="flex flex-wrap items-end gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            plan.mutate({
              manual: data.dias.map((d) => ({
                fecha: d.fecha,
                temperatura: Number(temp),
                lluvia: rain,
              })),
            });
          }}
        >
          <p className="w-full text-sm">{t.trips.manualTitle}</p>
          <label className="block w-32">
            <span className={label}>{t.trips.manualTemp}</span>
            <input
              type="number"
              min={-50}
              max={60}
              className={input}
              value={temp}
              onChange={(e) => setTemp(e.target.value)}
            />
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={rain} onChange={(e) => setRain(e.target.checked)} />
            {t.trips.manualRain}
          </label>
          <button type="submit" className={btn.secondary}>
            {t.trips.manualPlan}
          </button>
        </form>
      ) : (
        <InlineError error={plan.error} />
      )}
      {data.plan ? (
        <>
          <p className="font-medium" data-testid="suitcase">
            {t.trips.suitcase(data.plan.suitcaseSize, data.plan.greedySize)}
          </p>
          <div className="grid gap-6 lg:grid-cols-[minmax(0,1.6fr)_minmax(0,1fr)]">
            <PlanDays trip={data} />
            <PackingList trip={data} />
          </div>
        </>
      ) : (
        <p className={muted}>{t.trips.notPlanned}</p>
      )}
      <ConfirmDialog
        open={confirm}
        title={t.trips.delete}
        body={t.trips.deleteConfirm}
        confirmLabel={t.trips.delete}
        busy={remove.isPending}
        error={remove.error}
        onCancel={() => setConfirm(false)}
        onConfirm={() => {
          const done = () => {
            toast.show(t.trips.deleted);
            navigate('/trips');
          };
          // Offline the delete waits in the queue (the list already leaves the trip out).
          if (waitsOffline()) return void (remove.mutate(id), done());
          remove.mutate(id, { onSuccess: done });
        }}
      />
    </div>
  );
}
