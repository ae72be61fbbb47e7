/** The confusion matrix as an accessible table (from the metrics JSON), else the PNG the API serves. */
import { isClassName } from '@fashion/core';
import type { ModelKind } from '@fashion/core';
import type { ModelMetricsJson } from '../../api/types.ts';
import { useConfusionMatrixPng } from '../../api/models.ts';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { muted } from '../../components/ui.ts';

export function ConfusionMatrix({
  model,
  metrics,
}: {
  model: ModelKind;
  metrics: ModelMetricsJson;
}) {
  const t = useT();
  const matrix = metrics.confusion_matrix;
  const labels = metrics.labels ?? (metrics.per_class ? Object.keys(metrics.per_class) : undefined);
  const hasTable = Array.isArray(matrix) && labels && matrix.length === labels.length;
  const png = useConfusionMatrixPng(model, !hasTable);
  const name = (l: string) => (isClassName(l) ? t.classes[l] : l);
  // On a phone the table is wider than the screen: say so, and let keys scroll it.
  const scroller = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const check = () => setOverflows(el.scrollWidth > el.clientWidth + 1);
    check();
    const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(check) : null;
    ro?.observe(el);
    return () => ro?.disconnect();
  }, [hasTable]);

  return (
    <figure>
      <figcaption className="text-sm font-medium">{t.model.confusion}</figcaption>
      <p className={`mb-3 text-xs ${muted}`}>{t.model.confusionHint}</p>
      {hasTable ? (
        <>
          {overflows ? (
            <p className={`mb-1 text-xs ${muted}`} data-testid="scroll-hint">
              {t.model.scrollHint}
            </p>
          ) : null}
          <div
            ref={scroller}
            className="overflow-x-auto"
            {...(overflows
              ? {
                  tabIndex: 0,
                  role: 'region',
                  'aria-label': `${t.model.confusion}: ${t.models[model]}`,
                }
              : {})}
            style={
              overflows
                ? {
                    // A fade at the right edge: there is more to see.
                    maskImage: 'linear-gradient(to right, black calc(100% - 2rem), transparent)',
                  }
                : undefined
            }
          >
            <table className="mr-8 border-separate border-spacing-0.5 text-[11px] tabular-nums">
              <thead>
                <tr>
                  <th scope="col">
                    <span className="sr-only">{`${t.model.trueLabel} / ${t.model.predicted}`}</span>
                  </th>
                  {labels.map((l) => (
                    <th key={l} scope="col" className="p-0 align-bottom font-normal">
                      {/* Absolute, so the slanted label does not widen its column. */}
                      <div className="relative h-24 w-7">
                        <span className="absolute bottom-1 left-3 origin-bottom-left -rotate-60 whitespace-nowrap">
                          {name(l)}
                        </span>
                      </div>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {matrix.map((row, i) => {
                  const total = row.reduce((a, b) => a + b, 0) || 1;
                  return (
                    <tr key={labels[i]}>
                      <th
                        scope="row"
                        className="max-w-28 truncate pr-2 text-right font-normal whitespace-nowrap"
                      >
                        {name(labels[i]!)}
                      </th>
                      {row.map((v, j) => {
                        const share = v / total;
                        return (
                          <td
                            key={j}
                            className="size-7 rounded text-center"
                            style={{
                              backgroundColor: `color-mix(in oklab, ${i === j ? 'var(--color-accent-500)' : 'var(--color-red-500)'} ${Math.round(share * 90)}%, transparent)`,
                            }}
                          >
                            {v}
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      ) : png.data ? (
        <img
          src={png.data}
          alt={`${t.model.confusion}: ${t.models[model]}`}
          className="w-full rounded-xl bg-white"
        />
      ) : png.isPending ? null : (
        <p className={`text-sm ${muted}`}>{t.model.noMetrics}</p>
      )}
    </figure>
  );
}
