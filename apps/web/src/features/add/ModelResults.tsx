/** Both models' answers for one photo: class, type, confidence, top 3, colour. Any answer can be chosen. */
import { MODEL_KINDS, type Classification, type ModelKind } from '@fashion/core';
import { useT } from '../../i18n/i18n.tsx';
import { ColorSwatch } from '../../components/ColorSwatch.tsx';
import { focusRing, muted } from '../../components/ui.ts';
import type { ModelResult } from './queue.ts';
import { friendlyError } from '../../lib/errors.ts';

interface Props {
  results: Partial<Record<ModelKind, ModelResult>>;
  chosen: { clase_nombre?: string | undefined; modelo?: string | undefined };
  onPick: (
    c: Classification,
    top?: { clase_nombre: Classification['clase_nombre']; confianza: number },
  ) => void;
}

export function ModelResults({ results, chosen, onPick }: Props) {
  const t = useT();
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {MODEL_KINDS.map((m) => {
        const r = results[m];
        if (!r) return null;
        return (
          <section
            key={m}
            aria-label={t.models[m]}
            className="rounded-xl border border-stone-200 p-3 dark:border-stone-800"
            data-testid={`result-${m}`}
          >
            <h4 className={`text-xs font-medium tracking-wide uppercase ${muted}`}>
              {t.models[m]}
            </h4>
            {r.ok ? (
              <Answer c={r.value} chosen={chosen} onPick={onPick} />
            ) : (
              <p className="mt-2 text-sm text-stone-500">
                {t.add.modelFailed}{' '}
                <span className="opacity-80">{friendlyError(r.error, t).detail}</span>
              </p>
            )}
          </section>
        );
      })}
    </div>
  );
}

function Answer({
  c,
  chosen,
  onPick,
}: {
  c: Classification;
  chosen: Props['chosen'];
  onPick: Props['onPick'];
}) {
  const t = useT();
  const isChosen = chosen.clase_nombre === c.clase_nombre && chosen.modelo === c.model;
  return (
    <div className="mt-1.5">
      <p className="flex items-baseline justify-between gap-2">
        <span className="text-base font-medium">{t.classes[c.clase_nombre]}</span>
        <span
          className="text-sm tabular-nums"
          aria-label={`${t.common.confidence} ${t.common.percent(c.confianza)}`}
        >
          {t.common.percent(c.confianza)}
        </span>
      </p>
      <p className={`text-xs ${muted}`}>{t.tipos[c.tipo]}</p>
      <p className="mt-1.5 flex items-center gap-1.5 text-sm">
        <ColorSwatch color={c.color} hex={c.color_hex} />
        {t.colors[c.color]}
      </p>
      {c.top3.length > 1 ? (
        <div className="mt-2">
          <p className={`text-xs ${muted}`}>{t.add.top3}</p>
          <ol className="mt-1 space-y-1">
            {c.top3.map((e) => (
              <li key={e.clase_nombre}>
                <button
                  type="button"
                  onClick={() => onPick(c, e)}
                  className={`flex w-full items-center gap-2 rounded-lg px-1.5 py-0.5 text-left text-xs hover:bg-stone-100 dark:hover:bg-stone-800 ${focusRing}`}
                >
                  <span className="w-24 truncate">{t.classes[e.clase_nombre]}</span>
                  <span
                    className="h-1.5 flex-1 overflow-hidden rounded-full bg-stone-200 dark:bg-stone-800"
                    aria-hidden="true"
                  >
                    <span
                      className="block h-full bg-stone-500"
                      style={{ width: `${Math.round(e.confianza * 100)}%` }}
                    />
                  </span>
                  <span className="w-10 text-right tabular-nums">
                    {t.common.percent(e.confianza)}
                  </span>
                </button>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      <button
        type="button"
        onClick={() => onPick(c)}
        aria-pressed={isChosen}
        className={`mt-3 w-full rounded-full border px-3 py-1.5 text-xs font-medium ${focusRing} ${
          isChosen
            ? 'border-accent-600 bg-accent-50 text-accent-800 dark:bg-accent-900/30 dark:text-accent-200'
            : 'border-stone-300 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800'
        }`}
      >
        {isChosen ? t.add.chosen : t.add.useThis}
      </button>
    </div>
  );
}
