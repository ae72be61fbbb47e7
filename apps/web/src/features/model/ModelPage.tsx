/** Model transparency: both classifiers' accuracy, per-class recall bars and confusion matrices. */
import type { ModelKind } from '@fashion/core';
import { useMlHealth, useModelMetrics } from '../../api/models.ts';
import { useI18n, useT } from '../../i18n/i18n.tsx';
import { percent } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/page-title.ts';
import { ErrorState, Loading } from '../../components/States.tsx';
import { card, muted, pageTitle } from '../../components/ui.ts';
import { isStatus } from '../../lib/errors.ts';
import { RecallBars } from './RecallBars.tsx';
import { ConfusionMatrix } from './ConfusionMatrix.tsx';

export default function ModelPage() {
  const t = useT();
  usePageTitle(t.model.title);
  return (
    <div className="space-y-6">
      <div className="max-w-3xl">
        <h1 className={pageTitle}>{t.model.title}</h1>
        <p className={`mt-2 ${muted}`}>{t.model.intro}</p>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <ModelSection model="cnn" />
        <ModelSection model="vit" />
      </div>
    </div>
  );
}

function loadedState(health: unknown, model: ModelKind): boolean | undefined {
  if (!health || typeof health !== 'object') return undefined;
  const h = health as {
    models?: Record<string, { loaded?: boolean } | undefined>;
    model_loaded?: unknown;
  };
  if (h.models && typeof h.models === 'object') return h.models[model]?.loaded === true;
  if (h.model_loaded && typeof h.model_loaded === 'object') {
    const v = (h.model_loaded as Record<string, unknown>)[model];
    if (typeof v === 'boolean') return v;
  }
  return undefined;
}

function ModelSection({ model }: { model: ModelKind }) {
  const t = useT();
  const metrics = useModelMetrics(model);
  const health = useMlHealth();
  const loaded = loadedState(health.data, model);
  const m = metrics.data;
  const titleId = `model-${model}`;
  return (
    <section className={`${card} min-w-0 space-y-6 p-5`} aria-labelledby={titleId}>
      <header className="flex items-start justify-between gap-3">
        <h2 id={titleId} className="font-display text-2xl">
          {t.models[model]}
        </h2>
        {loaded !== undefined ? (
          <span
            className={`rounded-full px-2.5 py-1 text-xs font-medium ${
              loaded
                ? 'bg-emerald-50 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200'
                : 'bg-stone-100 text-stone-600 dark:bg-stone-800 dark:text-stone-300'
            }`}
          >
            {loaded ? t.model.loaded : t.model.notLoaded}
          </span>
        ) : null}
      </header>
      {metrics.isPending ? (
        <Loading />
      ) : metrics.isError ? (
        isStatus(metrics.error, 404) || isStatus(metrics.error, 503) ? (
          <p className={muted}>{t.model.noMetrics}</p>
        ) : (
          <ErrorState error={metrics.error} onRetry={() => void metrics.refetch()} />
        )
      ) : m ? (
        <>
          <div>
            <dl className="grid grid-cols-2 gap-3">
              <Stat label={t.model.accuracy} value={m.accuracy} />
              <Stat label={t.model.macroF1} value={m.macro_f1} />
            </dl>
            {typeof m.n === 'number' ? (
              <p className={`mt-2 text-xs ${muted}`}>{t.model.evaluatedOn(m.n)}</p>
            ) : null}
          </div>
          {m.per_class ? <RecallBars perClass={m.per_class} /> : null}
          <ConfusionMatrix model={model} metrics={m} />
        </>
      ) : null}
    </section>
  );
}

function Stat({ label, value }: { label: string; value: number | undefined }) {
  const { lang } = useI18n();
  return (
    <div className="rounded-xl bg-stone-100 p-4 dark:bg-stone-800">
      <dt className={`text-xs uppercase tracking-wide ${muted}`}>{label}</dt>
      <dd className="mt-1 text-3xl font-semibold tabular-nums">
        {typeof value === 'number' ? percent(value, lang, 1) : '—'}
      </dd>
    </div>
  );
}
