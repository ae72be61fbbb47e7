/** Per-class recall as horizontal bars (plain CSS): how often each garment is recognised. */
import { isClassName } from '@fashion/core';
import type { ClassMetrics } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { percent } from '../../lib/format.ts';
import { muted } from '../../components/ui.ts';

export function RecallBars({ perClass }: { perClass: Record<string, ClassMetrics> }) {
  const { t, lang } = useI18n();
  const rows = Object.entries(perClass).filter(([, v]) => v && typeof v.recall === 'number');
  return (
    <figure>
      <figcaption className="mb-3 text-sm font-medium">{t.model.perClass}</figcaption>
      <table className="w-full text-sm">
        <thead className="sr-only">
          <tr>
            <th scope="col">{t.common.class}</th>
            <th scope="col">{t.model.perClass}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, v]) => {
            const pct = Math.round(v.recall * 1000) / 10;
            return (
              <tr key={name} title={t.model.support(v.support)}>
                <th scope="row" className="w-32 py-1 pr-3 text-left font-normal">
                  {isClassName(name) ? t.classes[name] : name}
                </th>
                <td className="py-1">
                  <div className="flex items-center gap-2">
                    <div
                      className="h-2.5 flex-1 overflow-hidden rounded-full bg-stone-200 dark:bg-stone-800"
                      aria-hidden="true"
                    >
                      <div
                        className="h-full rounded-full bg-accent-500"
                        style={{ width: `${pct}%` }}
                      />
                    </div>
                    <span className={`w-14 text-right text-xs tabular-nums ${muted}`}>
                      {percent(v.recall, lang, 1)}
                    </span>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </figure>
  );
}
