/**
 * One day of the calendar in full: what was worn (with undo), what is planned (mark worn, move,
 * remove), and ways to add: log a saved outfit as worn, plan a saved outfit or a suggestion.
 */
import { useState } from 'react';
import type { PlanExpanded, WearExpanded } from '@fashion/core';
import { useOutfits } from '../../api/outfits.ts';
import { usePreferences } from '../../api/profile.ts';
import { useDayWeather, type DayWeather } from '../../api/weather.ts';
import {
  useCreatePlan,
  useDeletePlan,
  useLogWear,
  useMovePlan,
  usePlanSuggestions,
  usePlanWorn,
  useReplaceWear,
  useUndoWear,
} from '../../api/wears.ts';
import { useToast } from '../../components/Toast.tsx';
import { InlineError, Spinner } from '../../components/States.tsx';
import { slotIds } from '../../api/outfits.ts';
import { isPendingId } from '../../api/pending.ts';
import { btn, card, input, label, muted } from '../../components/ui.ts';
import { useI18n, useT } from '../../i18n/i18n.tsx';
import { outfitTitle } from '../saved/outfit-name.ts';
import { longDay } from './dates.ts';
import { DayForecast } from './DayForecast.tsx';
import { slotGarments, Thumbs } from './Thumbs.tsx';
import { useSettledToast } from '../../lib/use-settled-toast.ts';

interface Props {
  day: string;
  today: string;
  wears: readonly WearExpanded[];
  plans: readonly PlanExpanded[];
}

export function DayPanel({ day, today, wears, plans }: Props) {
  const { t, lang } = useI18n();
  const past = day <= today;
  const future = day >= today;
  // The saved city's weather for the day: shown beside it, and what its suggestions dress for.
  const weather = useDayWeather(usePreferences().data?.ciudad, day).data;
  return (
    <section
      aria-labelledby="day-title"
      className={`${card} space-y-6 p-5`}
      data-testid="day-panel"
    >
      <header className="flex items-baseline justify-between gap-2">
        <h2 id="day-title" className="font-display text-xl first-letter:uppercase">
          {longDay(day, lang)}
        </h2>
        <DayForecast weather={weather} />
      </header>
      {past ? <WornList day={day} wears={wears} /> : null}
      {future ? <PlanList day={day} today={today} plans={plans} /> : null}
      {past ? <LogWear day={day} /> : null}
      {future ? <AddPlan day={day} weather={weather} /> : null}
      {!past && !future ? <p className={muted}>{t.calendar.nothingPlanned}</p> : null}
    </section>
  );
}

function WornList({ day, wears }: { day: string; wears: readonly WearExpanded[] }) {
  const t = useT();
  const undo = useUndoWear();
  const toast = useToast();
  const mine = wears.filter((w) => w.fecha === day);
  return (
    <div>
      <h3 className={label}>{t.calendar.worn}</h3>
      {mine.length === 0 ? (
        <p className={`text-sm ${muted}`}>{t.calendar.nothingWorn}</p>
      ) : (
        <ul className="space-y-2">
          {mine.map((w) => (
            <li key={w._id} className="space-y-2" data-testid="wear">
              <div className="flex items-center justify-between gap-3">
                <Thumbs garments={w.prendas} />
                {isPendingId(w._id) ? (
                  // Logged offline: no id to undo it by until it is sent.
                  <span className={`text-xs ${muted}`}>{t.offline.pendingItem}</span>
                ) : (
                  <button
                    type="button"
                    className={`${btn.ghost} ${btn.small}`}
                    disabled={undo.isPending}
                    onClick={() =>
                      undo.mutate(w._id, { onSuccess: () => toast.show(t.calendar.undone) })
                    }
                  >
                    {t.calendar.removeWear}
                  </button>
                )}
              </div>
              {isPendingId(w._id) ? null : <WoreInstead wearId={w._id} />}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** "I wore this instead": another saved outfit replaces that day's wear. */
function WoreInstead({ wearId }: { wearId: string }) {
  const t = useT();
  const [outfit, setOutfit] = useState('');
  const replace = useReplaceWear();
  const toast = useToast();
  const outfits = useOutfits();
  if (!outfits.data?.length) return null;
  return (
    <form
      className="flex items-center gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (!outfit) return;
        replace.mutate(
          { id: wearId, outfit_id: outfit },
          { onSuccess: () => (setOutfit(''), toast.show(t.calendar.changed)) },
        );
      }}
    >
      <label htmlFor={`instead-${wearId}`} className="sr-only">
        {t.calendar.instead}
      </label>
      <SavedOutfitSelect
        id={`instead-${wearId}`}
        value={outfit}
        onChange={setOutfit}
        placeholder={t.calendar.instead}
      />
      <button
        type="submit"
        className={`${btn.secondary} ${btn.small} shrink-0 whitespace-nowrap`}
        disabled={!outfit || replace.isPending}
      >
        {t.calendar.change}
      </button>
      <InlineError error={replace.error} />
    </form>
  );
}

function PlanList({
  day,
  today,
  plans,
}: {
  day: string;
  today: string;
  plans: readonly PlanExpanded[];
}) {
  const t = useT();
  const mine = plans.filter((p) => p.fecha === day);
  return (
    <div>
      <h3 className={label}>{t.calendar.planned}</h3>
      {mine.length === 0 ? (
        <p className={`text-sm ${muted}`}>{t.calendar.nothingPlanned}</p>
      ) : (
        <ul className="space-y-3">
          {mine.map((p) => (
            <PlanItem key={p._id} plan={p} today={today} />
          ))}
        </ul>
      )}
    </div>
  );
}

function PlanItem({ plan, today }: { plan: PlanExpanded; today: string }) {
  const t = useT();
  const settled = useSettledToast();
  const worn = usePlanWorn();
  const move = useMovePlan();
  const remove = useDeletePlan();
  const [to, setTo] = useState(plan.fecha);
  return (
    <li
      className="space-y-2 rounded-xl border border-dashed border-stone-300 p-3 dark:border-stone-700"
      data-testid="plan"
    >
      <Thumbs garments={slotGarments(plan.prendas)} />
      {isPendingId(plan._id) ? (
        // Planned offline: no id to move or remove it by until it is sent.
        <p className={`text-xs ${muted}`}>{t.offline.pendingItem}</p>
      ) : (
        <div className="flex flex-wrap items-end gap-2">
          {plan.fecha === today ? (
            <button
              type="button"
              className={`${btn.primary} ${btn.small}`}
              disabled={worn.isPending}
              onClick={() => settled(worn.mutateAsync(plan._id), t.calendar.logged)}
            >
              {t.calendar.markWorn}
            </button>
          ) : null}
          <label className="flex items-end gap-1 text-xs">
            <span className="sr-only">{t.calendar.moveTo}</span>
            <input
              type="date"
              className={`${input} w-auto py-1`}
              min={today}
              value={to}
              aria-label={t.calendar.moveTo}
              onChange={(e) => setTo(e.target.value)}
            />
          </label>
          <button
            type="button"
            className={`${btn.secondary} ${btn.small}`}
            disabled={move.isPending || !to || to === plan.fecha}
            onClick={() => settled(move.mutateAsync({ id: plan._id, fecha: to }), t.calendar.moved)}
          >
            {t.calendar.move}
          </button>
          <button
            type="button"
            className={`${btn.ghost} ${btn.small}`}
            disabled={remove.isPending}
            onClick={() => settled(remove.mutateAsync(plan._id), t.calendar.planRemoved)}
          >
            {t.calendar.removePlan}
          </button>
        </div>
      )}
      <InlineError error={worn.error ?? move.error ?? remove.error} />
    </li>
  );
}

/** The saved outfits as options (title in the app's language). */
function SavedOutfitSelect({
  id,
  value,
  onChange,
  placeholder,
}: {
  id: string;
  value: string;
  onChange: (v: string) => void;
  placeholder?: string;
}) {
  const { t, lang } = useI18n();
  const outfits = useOutfits();
  if (outfits.isPending) return <Spinner />;
  if (!outfits.data?.length) return <p className={`text-sm ${muted}`}>{t.calendar.noSaved}</p>;
  return (
    <select id={id} className={input} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{placeholder ?? t.calendar.pickOutfit}</option>
      {outfits.data.map((o) => (
        <option key={o._id} value={o._id}>
          {outfitTitle(o, t, lang)}
        </option>
      ))}
    </select>
  );
}

function LogWear({ day }: { day: string }) {
  const t = useT();
  const [outfit, setOutfit] = useState('');
  const log = useLogWear();
  const undo = useUndoWear();
  const toast = useToast();
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (!outfit) return;
        log.mutate(
          { fecha: day, outfit_id: outfit },
          {
            onSuccess: (wear) => {
              setOutfit('');
              toast.show(t.calendar.logged, {
                label: t.calendar.undo,
                run: () =>
                  undo.mutate(wear._id, { onSuccess: () => toast.show(t.calendar.undone) }),
              });
            },
          },
        );
      }}
    >
      <label htmlFor={`log-${day}`} className={label}>
        {t.calendar.logWear}
      </label>
      <div className="flex gap-2">
        <SavedOutfitSelect id={`log-${day}`} value={outfit} onChange={setOutfit} />
        <button
          type="submit"
          className={`${btn.primary} ${btn.small} shrink-0 whitespace-nowrap`}
          disabled={!outfit || log.isPending}
        >
          {t.calendar.log}
        </button>
      </div>
      <InlineError error={log.error} />
    </form>
  );
}

function AddPlan({ day, weather }: { day: string; weather: DayWeather | undefined }) {
  const t = useT();
  const [outfit, setOutfit] = useState('');
  const [suggest, setSuggest] = useState(false);
  const create = useCreatePlan();
  const suggestions = usePlanSuggestions(day, suggest, weather);
  const toast = useToast();
  const done = () => toast.show(t.calendar.planned1);
  return (
    <div className="space-y-4">
      <form
        className="space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (!outfit) return;
          create.mutate(
            { fecha: day, outfit_id: outfit },
            { onSuccess: () => (setOutfit(''), done()) },
          );
        }}
      >
        <label htmlFor={`plan-${day}`} className={label}>
          {t.calendar.addPlan}
        </label>
        <div className="flex gap-2">
          <SavedOutfitSelect id={`plan-${day}`} value={outfit} onChange={setOutfit} />
          <button
            type="submit"
            className={`${btn.primary} ${btn.small} shrink-0 whitespace-nowrap`}
            disabled={!outfit || create.isPending}
          >
            {t.calendar.plan}
          </button>
        </div>
      </form>
      {suggest ? (
        <div>
          <h3 className={label}>{t.calendar.suggestionsFor}</h3>
          {suggestions.isPending ? (
            <Spinner />
          ) : suggestions.isError || suggestions.data.length === 0 ? (
            <p className={`text-sm ${muted}`}>{t.calendar.noSuggestions}</p>
          ) : (
            <ul className="space-y-2">
              {suggestions.data.map((r) => (
                <li
                  key={r.key}
                  className="flex items-center justify-between gap-3"
                  data-testid="suggestion"
                >
                  <Thumbs garments={slotGarments(r.prendas)} />
                  <button
                    type="button"
                    className={`${btn.secondary} ${btn.small}`}
                    disabled={create.isPending}
                    onClick={() => {
                      create.mutate({ fecha: day, ...slotIds(r) }, { onSuccess: done });
                    }}
                  >
                    {t.calendar.planThis}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : (
        <button
          type="button"
          className={`${btn.secondary} ${btn.small}`}
          onClick={() => setSuggest(true)}
        >
          {t.calendar.showSuggestions}
        </button>
      )}
      <InlineError error={create.error} />
    </div>
  );
}
