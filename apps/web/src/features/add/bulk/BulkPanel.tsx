/**
 * A bulk upload in progress: overall and per-photo progress, pause and resume, failures with the
 * reason and a retry, and the way to the review screen.
 */
import { useT } from '../../../i18n/i18n.tsx';
import { Link } from '../../../router/router.tsx';
import { ProgressBar } from '../../../components/ProgressBar.tsx';
import { btn, card, muted } from '../../../components/ui.ts';
import { friendlyError } from '../../../lib/errors.ts';
import { ApiError } from '../../../api/client.ts';
import { summarize } from './bulk-item.ts';
import type { BulkItem } from './bulk-item.ts';
import { useBulkUpload } from './useBulkUpload.ts';

/** The message a failure shows: the server's reason in the person's words where known. */
function useReason() {
  const t = useT();
  return (i: BulkItem) => {
    if (!i.error) return '';
    const e = new ApiError(i.error.status, i.error.message, { code: i.error.code });
    const f = friendlyError(e, t);
    return [f.message, f.detail].filter(Boolean).join(' — ');
  };
}

export function BulkPanel() {
  const t = useT();
  const { items, paused, queue } = useBulkUpload();
  const reason = useReason();
  if (!items.length) return null;
  const s = summarize(items);
  const failed = items.filter((i) => i.state === 'failed');
  const finished = s.done + s.failed === s.total;

  return (
    <section
      className={`${card} mt-6 space-y-4 p-4`}
      aria-labelledby="bulk-title"
      data-testid="bulk"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="bulk-title" className="text-base font-medium">
          {t.bulk.title}
        </h2>
        <div className="flex flex-wrap gap-2">
          {finished ? null : (
            <button
              type="button"
              className={`${btn.secondary} ${btn.small}`}
              onClick={() => queue.setPaused(!paused)}
            >
              {paused ? t.bulk.resume : t.bulk.pause}
            </button>
          )}
          {failed.length ? (
            <button
              type="button"
              className={`${btn.secondary} ${btn.small}`}
              onClick={() => queue.retry()}
            >
              {t.bulk.retryFailed}
            </button>
          ) : null}
          {s.done + s.failed ? (
            <button
              type="button"
              className={`${btn.ghost} ${btn.small}`}
              onClick={() => queue.clearFinished()}
            >
              {t.bulk.clearFinished}
            </button>
          ) : null}
        </div>
      </div>
      <div className="space-y-1">
        <ProgressBar value={s.fraction} label={t.bulk.overallProgress} />
        <p className="text-sm" role="status" data-testid="bulk-summary">
          {t.bulk.overall(s.done, s.total)}
          {s.failed ? ` · ${t.bulk.failedCount(s.failed)}` : ''}
        </p>
        {paused && !finished ? <p className={`text-xs ${muted}`}>{t.bulk.paused}</p> : null}
      </div>

      {failed.length ? (
        <div>
          <h3 className="mb-1 text-sm font-medium">{t.bulk.failures}</h3>
          <ul className="space-y-1" data-testid="bulk-failures">
            {failed.map((i) => (
              <li key={i.id} className="flex items-center justify-between gap-2 text-sm">
                <span className="min-w-0">
                  <span className="block truncate font-medium">{i.name}</span>
                  <span className="block text-xs text-red-700 dark:text-red-400">{reason(i)}</span>
                </span>
                <button
                  type="button"
                  className={`${btn.ghost} ${btn.small}`}
                  onClick={() => queue.retry([i.id])}
                >
                  {t.bulk.retry}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <ul
        className="max-h-64 space-y-1 overflow-y-auto pr-1 text-xs"
        aria-label={t.bulk.title}
        data-testid="bulk-items"
      >
        {items.map((i) => (
          <li
            key={i.id}
            className="grid grid-cols-[1fr_auto] items-center gap-x-3"
            data-state={i.state}
          >
            <span className="truncate">{i.name}</span>
            <span className={muted}>{t.bulk.state[i.state]}</span>
            {i.state === 'uploading' ? (
              <span className="col-span-2">
                <ProgressBar value={i.progress} label={t.bulk.photoProgress(i.name)} />
              </span>
            ) : null}
          </li>
        ))}
      </ul>

      {s.done ? (
        <Link to="/review" className={`${btn.primary} ${btn.small}`}>
          {t.bulk.review}
        </Link>
      ) : null}
    </section>
  );
}
