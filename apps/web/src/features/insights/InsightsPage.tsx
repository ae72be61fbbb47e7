/**
 * /insights (linked from the wardrobe's header): what GET /api/insights computes, in cards: the
 * totals, most and least worn, what waits unworn, what the recommender suggests and is not
 * worn, cost per wear, wears per month, and the colour
 * and type mix. The API sends garment ids; the wardrobe list gives their pictures and names.
 */
import type { ReactNode } from 'react';
import type { ColorName, Garment, Insights, Tipo } from '@fashion/core';
import { useGarments } from '../../api/garments.ts';
import { useInsights } from '../../api/insights.ts';
import { usePreferences } from '../../api/profile.ts';
import { ColorSwatch } from '../../components/ColorSwatch.tsx';
import { GarmentImage } from '../../components/GarmentImage.tsx';
import { Icon } from '../../components/Icon.tsx';
import { EmptyState, ErrorState, Loading } from '../../components/States.tsx';
import { btn, card, muted, pageTitle } from '../../components/ui.ts';
import { formatDate, useI18n, type Lang } from '../../i18n/i18n.tsx';
import type { Dict } from '../../i18n/en.ts';
import { usePageTitle } from '../../lib/page-title.ts';
import { Link } from '../../router/router.tsx';
import { Bars } from './Bars.tsx';
import { MonthChart } from './MonthChart.tsx';
import { GarmentLine } from './GarmentLine.tsx';
import { formatMoney, formatMonth } from './money.ts';

const IDLE_SHOWN = 12;

function Card({
  title,
  hint,
  children,
  className = '',
}: {
  title: string;
  hint?: string;
  children: ReactNode;
  className?: string;
}) {
  const id = `insight-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section aria-labelledby={id} className={`${card} p-5 ${className}`}>
      <h2 id={id} className="font-display text-xl text-stone-900 dark:text-stone-50">
        {title}
      </h2>
      {hint ? <p className={`mt-1 text-xs ${muted}`}>{hint}</p> : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}

function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className={`${card} p-4`} data-testid="insight-figure">
      <p className={`text-xs font-medium uppercase tracking-wide ${muted}`}>{label}</p>
      <p className="mt-1 font-display text-3xl tabular-nums text-stone-900 dark:text-stone-50">
        {value}
      </p>
      {note ? <p className={`mt-1 text-xs ${muted}`}>{note}</p> : null}
    </div>
  );
}

function wornDetail(w: { wears: number; last?: string }, t: Dict, lang: Lang): string {
  if (w.wears === 0) return t.insights.never;
  const n = t.insights.wears(w.wears);
  return w.last ? `${n} · ${t.insights.lastWorn(formatDate(w.last, lang))}` : n;
}

function Content({
  data,
  byId,
  currency,
}: {
  data: Insights;
  byId: Map<string, Garment>;
  currency: string;
}) {
  const { t, lang } = useI18n();
  const ti = t.insights;
  const num = (n: number) => new Intl.NumberFormat(lang === 'es' ? 'es-ES' : 'en-GB').format(n);
  const money = (n: number) => formatMoney(n, currency, lang);
  const idle = data.not_worn_recently;
  const colors = Object.entries(data.by_color).sort((a, b) => b[1] - a[1]);
  const tipos = Object.entries(data.by_tipo).sort((a, b) => b[1] - a[1]);

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:col-span-2">
        <Figure label={ti.garments} value={num(data.garments)} />
        <Figure label={ti.totalWears} value={num(data.total_wears)} />
        <Figure
          label={ti.value}
          value={money(data.wardrobe_value.total)}
          note={
            data.wardrobe_value.priced
              ? ti.valuePriced(data.wardrobe_value.priced, data.garments)
              : ti.noPrices
          }
        />
        <Figure
          label={ti.idle(data.idle_days)}
          value={num(idle.length)}
          note={ti.idleOf(idle.length, data.garments)}
        />
      </div>

      <Card title={ti.mostWorn}>
        {data.most_worn.length ? (
          <ol className="space-y-1" data-testid="most-worn">
            {data.most_worn.map((w) => (
              <GarmentLine
                key={w.id}
                id={w.id}
                garment={byId.get(w.id)}
                detail={wornDetail(w, t, lang)}
                aside={num(w.wears)}
              />
            ))}
          </ol>
        ) : (
          <p className={`text-sm ${muted}`}>{ti.mostWornNone}</p>
        )}
      </Card>

      <Card title={ti.leastWorn}>
        <ol className="space-y-1" data-testid="least-worn">
          {data.least_worn.map((w) => (
            <GarmentLine
              key={w.id}
              id={w.id}
              garment={byId.get(w.id)}
              detail={wornDetail(w, t, lang)}
              aside={num(w.wears)}
            />
          ))}
        </ol>
      </Card>

      <Card title={ti.idleList(data.idle_days)}>
        {idle.length ? (
          <ul className="grid grid-cols-4 gap-2 sm:grid-cols-6" data-testid="idle">
            {idle.slice(0, IDLE_SHOWN).map((id) => {
              const g = byId.get(id);
              return (
                <li key={id}>
                  <Link to={`/garments/${id}`} className="block overflow-hidden rounded-lg">
                    {g ? (
                      <GarmentImage
                        garment={g}
                        alt={`${t.classes[g.clase_nombre]} · ${t.colors[g.color]}`}
                        className="aspect-square"
                      />
                    ) : (
                      <span className="block aspect-square bg-stone-100 dark:bg-stone-800" />
                    )}
                  </Link>
                </li>
              );
            })}
            {idle.length > IDLE_SHOWN ? (
              <li className={`grid aspect-square place-items-center text-sm ${muted}`}>
                {ti.more(idle.length - IDLE_SHOWN)}
              </li>
            ) : null}
          </ul>
        ) : (
          <p className={`text-sm ${muted}`}>{ti.idleNone(data.idle_days)}</p>
        )}
      </Card>

      <Card title={ti.suggested} hint={ti.suggestedHint}>
        {data.suggested_not_worn.length ? (
          <ol className="space-y-1" data-testid="suggested-not-worn">
            {data.suggested_not_worn.map((s) => (
              <GarmentLine
                key={s.id}
                id={s.id}
                garment={byId.get(s.id)}
                detail={
                  s.last_worn
                    ? ti.suggestedSince(
                        s.veces,
                        formatDate(s.primera, lang),
                        formatDate(s.last_worn, lang),
                      )
                    : ti.suggestedNever(s.veces, formatDate(s.primera, lang))
                }
                aside={`${num(s.veces)}×`}
              />
            ))}
          </ol>
        ) : (
          <p className={`text-sm ${muted}`}>{ti.suggestedNone}</p>
        )}
      </Card>

      <Card title={ti.costPerWear} hint={ti.costPerWearHint}>
        {data.cost_per_wear.length ? (
          <ol className="space-y-1" data-testid="cost-per-wear">
            {data.cost_per_wear.map((c) => (
              <GarmentLine
                key={c.id}
                id={c.id}
                garment={byId.get(c.id)}
                detail={ti.costLine(money(c.precio), c.wears)}
                aside={`${money(c.cost_per_wear)} ${ti.perWear}`}
              />
            ))}
          </ol>
        ) : (
          <p className={`text-sm ${muted}`}>{ti.noPrices}</p>
        )}
      </Card>

      <Card title={ti.perMonth} className="lg:col-span-2">
        <MonthChart
          testId="wears-per-month"
          summary={ti.perMonthSummary(
            data.wears_per_month.reduce((sum, m) => sum + m.wears, 0),
            data.wears_per_month.length,
          )}
          months={data.wears_per_month.map((m) => ({
            month: m.month,
            label: formatMonth(m.month, lang),
            wears: m.wears,
          }))}
        />
      </Card>

      <Card title={ti.byColor}>
        <Bars
          testId="by-color"
          bars={colors.map(([c, n]) => ({
            key: c,
            label: (
              <>
                <ColorSwatch color={c as ColorName} />
                <span className="truncate">{t.colors[c as ColorName] ?? c}</span>
              </>
            ),
            value: n,
          }))}
        />
      </Card>

      <Card title={ti.byTipo}>
        <Bars
          testId="by-tipo"
          bars={tipos.map(([k, n]) => ({ key: k, label: t.tipos[k as Tipo] ?? k, value: n }))}
        />
      </Card>
    </div>
  );
}

export default function InsightsPage() {
  const { t } = useI18n();
  usePageTitle(t.insights.title);
  const insights = useInsights();
  const garments = useGarments();
  const prefs = usePreferences();
  const byId = new Map((garments.data ?? []).map((g) => [g._id, g]));

  return (
    <section aria-labelledby="insights-title">
      <div className="mb-6">
        <Link to="/wardrobe" className={`${btn.ghost} ${btn.small} -ml-3 mb-2`}>
          <Icon name="back" className="size-4" />
          {t.insights.back}
        </Link>
        <h1 id="insights-title" className={pageTitle}>
          {t.insights.title}
        </h1>
        <p className={`mt-1 max-w-2xl text-sm ${muted}`}>{t.insights.intro}</p>
      </div>
      {insights.isPending ? (
        <Loading />
      ) : insights.isError ? (
        <ErrorState error={insights.error} onRetry={() => void insights.refetch()} />
      ) : insights.data.garments === 0 ? (
        <EmptyState
          icon={<Icon name="model" className="size-10" />}
          title={t.insights.emptyTitle}
          body={t.insights.emptyBody}
          action={
            <Link to="/add" className={btn.accent}>
              {t.insights.emptyAction}
            </Link>
          }
        />
      ) : (
        <Content data={insights.data} byId={byId} currency={prefs.data?.moneda ?? 'EUR'} />
      )}
    </section>
  );
}
