/** Preferences and weather → recommended outfits (flat-lays with score and reasons), "show 3 more", save. */
import { useEffect, useId, useRef, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { DEFAULT_PREFERENCES } from '@fashion/core';
import type { Preferences, Profile, SavedPreferences } from '@fashion/core';
import { recommend, toOutfitSave, useSaveOutfit } from '../../api/outfits.ts';
import { waitsOffline } from '../../api/offline-queue.ts';
import type { RecommendParams } from '../../api/outfits.ts';
import { usePreferences, useSavePreferences } from '../../api/profile.ts';
import type { Recommendation } from '../../api/types.ts';
import { ApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { usePageTitle } from '../../lib/page-title.ts';
import { Link } from '../../router/router.tsx';
import { EmptyState, ErrorState, InlineError, Loading, Spinner } from '../../components/States.tsx';
import { Switch } from '../../components/Chips.tsx';
import { useToast } from '../../components/Toast.tsx';
import { Icon } from '../../components/Icon.tsx';
import { btn, card, label, muted, pageTitle } from '../../components/ui.ts';
import { OutfitCard } from './OutfitCard.tsx';
import { PreferencesFields, pickPrefs } from './PreferencesFields.tsx';
import type { PrefsValue } from './PreferencesFields.tsx';
import { isWardrobeIncomplete, missingWords } from './missing.ts';
import { byScore, prefsSummary } from './summary.ts';
import type { WeatherValue } from './summary.ts';
import { newIdempotencyKey } from '../../lib/idempotency.ts';
import { ForecastFill } from './ForecastFill.tsx';

const PAGE = 3;

export default function OutfitsPage() {
  const { t } = useI18n();
  usePageTitle(t.outfits.title);
  const prefs = usePreferences();
  return (
    <section aria-labelledby="outfits-title">
      <h1 id="outfits-title" className={pageTitle}>
        {t.outfits.title}
      </h1>
      <p className={`mt-2 ${muted}`}>{t.outfits.intro}</p>
      {prefs.isPending ? (
        <Loading />
      ) : (
        // Saved preferences are the starting point; without them (error) the defaults are.
        <OutfitsScreen initial={prefs.data ?? DEFAULT_PREFERENCES} />
      )}
    </section>
  );
}

function OutfitsScreen({
  initial,
}: {
  initial: (Preferences | SavedPreferences) & Pick<Partial<Profile>, 'ciudad'>;
}) {
  const { t } = useI18n();
  const toast = useToast();
  const [prefs, setPrefs] = useState<PrefsValue>(() => pickPrefs(initial));
  const [weather, setWeather] = useState<WeatherValue>({
    use: false,
    temperature: 18,
    rain: false,
  });
  const [shown, setShown] = useState<Recommendation[]>([]);
  const [asked, setAsked] = useState<RecommendParams | null>(null);
  const [exhausted, setExhausted] = useState(false);
  const [savedKeys, setSavedKeys] = useState<Set<string>>(new Set());
  const saveDefaults = useSavePreferences();
  const saveOutfit = useSaveOutfit();
  const results = useRef<HTMLDivElement>(null);
  const panelId = useId();
  // Preferences fold into one line so the action and its results own the screen.
  const [open, setOpen] = useState(false);
  // Bumped after each answer (outfits or "can't make one"): brings the results into view.
  const [answered, setAnswered] = useState(0);
  useEffect(() => {
    if (answered) results.current?.scrollIntoView?.({ block: 'start' });
  }, [answered]);
  // One Idempotency-Key per suggested outfit (kept across retries), and the saves in flight: a
  // double click reaches the handler twice before the button re-renders disabled.
  const saveKeys = useRef(new Map<string, string>());
  const saving = useRef(new Set<string>());

  const params = (): RecommendParams => ({
    ...prefs,
    rain: weather.use && weather.rain,
    ...(weather.use ? { temperature: weather.temperature } : {}),
  });

  const first = useMutation({
    mutationFn: (p: RecommendParams) => recommend(p, [], PAGE),
    onSuccess: (list, p) => {
      setShown(byScore(list));
      setAsked(p);
      setExhausted(list.length < PAGE);
      setSavedKeys(new Set());
    },
    onSettled: () => {
      setOpen(false);
      setAnswered((n) => n + 1);
    },
  });
  const more = useMutation({
    mutationFn: (p: RecommendParams) =>
      recommend(
        p,
        shown.map((r) => r.key),
        PAGE,
      ),
    onSuccess: (list) => {
      const seen = new Set(shown.map((r) => r.key));
      const fresh = list.filter((r) => !seen.has(r.key));
      // Each page best first; a new page goes below what the person has already seen.
      setShown((s) => [...s, ...byScore(fresh)]);
      setExhausted(fresh.length < PAGE);
    },
  });

  const cannot =
    first.error instanceof ApiError &&
    first.error.status === 400 &&
    isWardrobeIncomplete(first.error.body)
      ? missingWords(first.error.body, t)
      : null;

  const onSave = async (r: Recommendation) => {
    if (saving.current.has(r.key) || savedKeys.has(r.key)) return;
    saving.current.add(r.key);
    let key = saveKeys.current.get(r.key);
    if (!key) saveKeys.current.set(r.key, (key = newIdempotencyKey()));
    const body = toOutfitSave(r, asked?.ocasion ?? prefs.ocasion);
    try {
      // mutateAsync: per-call callbacks of mutate() fire only for the latest call. Offline the
      // save waits in the queue (sent once back online): the card counts as saved at once.
      const sent = saveOutfit.mutateAsync({ body, key });
      if (!waitsOffline()) await sent;
      else sent.catch(() => {});
      setSavedKeys((s) => new Set(s).add(r.key));
      toast.show(t.outfits.savedToast);
    } catch (err) {
      // Shown from saveOutfit.error. An error answer stored nothing: the next try is a new
      // request; no answer (network) keeps the key, so a retry gets the first result.
      if (err instanceof ApiError && err.status !== 0) saveKeys.current.delete(r.key);
    } finally {
      saving.current.delete(r.key);
    }
  };

  return (
    <div className="mt-4">
      <form
        className={`${card} sticky top-16 z-30 flex flex-wrap items-center gap-2 p-2 pl-4 shadow-sm`}
        aria-label={t.outfits.preferences}
        onSubmit={(e) => {
          e.preventDefault();
          first.mutate(params());
        }}
      >
        <button
          type="button"
          className="flex min-w-0 flex-1 basis-48 flex-col items-start rounded-xl py-1 text-left"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          <span className="text-xs font-medium text-accent-700 underline underline-offset-2 dark:text-accent-400">
            {open ? t.outfits.hidePrefs : t.outfits.changePrefs}
          </span>
          <span className="w-full truncate text-sm" data-testid="prefs-summary">
            {prefsSummary(prefs, weather, t)}
          </span>
        </button>
        <button type="submit" className={btn.accent} disabled={first.isPending}>
          {first.isPending ? (
            <Spinner className="size-4" />
          ) : (
            <Icon name="outfits" className="size-4" />
          )}
          {first.isPending ? t.outfits.generating : t.outfits.generate}
        </button>
      </form>

      <div
        id={panelId}
        role="group"
        aria-label={t.outfits.preferences}
        hidden={!open}
        className={`${card} mt-2 space-y-6 p-5`}
      >
        <PreferencesFields value={prefs} onChange={setPrefs} idPrefix="outfit" />
        <fieldset className="space-y-2 border-t border-stone-100 pt-4 dark:border-stone-800">
          <legend className={label}>{t.outfits.weather}</legend>
          <Switch
            label={t.outfits.considerWeather}
            checked={weather.use}
            onChange={(use) => setWeather({ ...weather, use })}
          />
          {weather.use ? (
            <>
              <ForecastFill
                ciudad={initial.ciudad}
                onFill={(w) => setWeather((cur) => ({ ...cur, ...w }))}
              />
              <label className="block pt-1 text-sm">
                <span className="flex justify-between">
                  <span>{t.outfits.temperature}</span>
                  <output className="tabular-nums">{t.outfits.celsius(weather.temperature)}</output>
                </span>
                <input
                  type="range"
                  min={-10}
                  max={40}
                  step={1}
                  value={weather.temperature}
                  onChange={(e) => setWeather({ ...weather, temperature: Number(e.target.value) })}
                  className="mt-2 w-full accent-accent-600"
                />
              </label>
              <Switch
                label={t.outfits.rain}
                checked={weather.rain}
                onChange={(rain) => setWeather({ ...weather, rain })}
              />
            </>
          ) : null}
        </fieldset>
        <div className="flex flex-wrap items-center gap-2">
          <button
            type="button"
            className={`${btn.ghost} ${btn.small}`}
            disabled={saveDefaults.isPending}
            onClick={() =>
              saveDefaults.mutate(prefs, { onSuccess: () => toast.show(t.outfits.defaultsSaved) })
            }
          >
            {t.outfits.saveDefaults}
          </button>
          <InlineError error={saveDefaults.error} />
        </div>
      </div>

      <div
        ref={results}
        className="mt-6 scroll-mt-48 sm:scroll-mt-40"
        aria-live="polite"
        aria-busy={first.isPending || more.isPending}
      >
        <h2 className="sr-only">{t.outfits.suggestions}</h2>
        {cannot ? (
          <EmptyState
            title={t.outfits.cannotTitle}
            body={
              cannot.length
                ? t.outfits.cannotBody(cannot.join('; '))
                : (first.error as ApiError).message
            }
            action={
              <Link to="/add" className={btn.primary}>
                {t.outfits.addGarments}
              </Link>
            }
          />
        ) : first.isError ? (
          <ErrorState error={first.error} onRetry={() => first.mutate(params())} />
        ) : shown.length ? (
          <>
            <ul className="grid gap-5 md:grid-cols-2 xl:grid-cols-3">
              {shown.map((r, i) => (
                <li key={r.key}>
                  <OutfitCard
                    title={t.outfits.outfitN(i + 1)}
                    pieces={r.prendas}
                    puntuacion={r.puntuacion}
                    reasons={r.detalles}
                    reasonTexts={r.explicaciones}
                    actions={
                      savedKeys.has(r.key) ? (
                        <Link to="/saved" className={`${btn.secondary} ${btn.small}`}>
                          <Icon name="check" className="size-4" />
                          {t.outfits.savedOutfit}
                        </Link>
                      ) : (
                        <button
                          type="button"
                          className={`${btn.primary} ${btn.small}`}
                          disabled={saveOutfit.isPending}
                          onClick={() => void onSave(r)}
                        >
                          <Icon name="saved" className="size-4" />
                          {t.outfits.saveOutfit}
                        </button>
                      )
                    }
                  />
                </li>
              ))}
            </ul>
            <InlineError error={saveOutfit.error ?? more.error} />
            <div className="mt-6 flex justify-center">
              {exhausted ? (
                <p className={`text-sm ${muted}`}>{t.outfits.noMore}</p>
              ) : (
                <button
                  type="button"
                  className={btn.secondary}
                  disabled={more.isPending || !asked}
                  onClick={() => asked && more.mutate(asked)}
                >
                  {more.isPending ? <Spinner className="size-4" /> : null}
                  {t.outfits.more}
                </button>
              )}
            </div>
          </>
        ) : first.isPending ? (
          <Loading label={t.outfits.generating} />
        ) : first.isSuccess ? (
          <EmptyState title={t.outfits.noMore} />
        ) : (
          <EmptyState
            icon={<Icon name="outfits" className="size-10" />}
            title={t.outfits.emptyTitle}
            body={t.outfits.emptyBody}
          />
        )}
      </div>
    </div>
  );
}
