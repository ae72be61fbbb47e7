/** Loading, error and empty states, worded for people rather than for developers. */
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n.tsx';
import { friendlyError } from '../lib/errors.ts';
import { btn, muted } from './ui.ts';

export function Spinner({ className = 'size-5' }: { className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={`inline-block animate-spin rounded-full border-2 border-stone-300 border-t-accent-600 dark:border-stone-700 dark:border-t-accent-400 ${className}`}
    />
  );
}

export function Loading({ label }: { label?: string }) {
  const t = useT();
  return (
    <div role="status" className={`flex items-center gap-3 py-10 ${muted}`}>
      <Spinner />
      <span>{label ?? t.common.loading}</span>
    </div>
  );
}

export function FullPageLoading() {
  return (
    <div className="grid min-h-dvh place-items-center bg-stone-50 dark:bg-stone-950">
      <Loading />
    </div>
  );
}

export function ErrorState({
  error,
  onRetry,
  title,
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}) {
  const t = useT();
  const f = friendlyError(error, t);
  return (
    <div
      role="alert"
      className="rounded-2xl border border-red-200 bg-red-50 p-5 text-red-900 dark:border-red-900/60 dark:bg-red-950/40 dark:text-red-100"
    >
      <p className="font-medium">{title ?? f.message}</p>
      {title ? <p className="mt-1 text-sm">{f.message}</p> : null}
      {f.detail ? <p className="mt-1 text-sm opacity-80">{t.errors.detail(f.detail)}</p> : null}
      {onRetry ? (
        <button type="button" className={`${btn.secondary} ${btn.small} mt-4`} onClick={onRetry}>
          {t.common.retry}
        </button>
      ) : null}
    </div>
  );
}

/** A one-line error beside a form or button. */
export function InlineError({ error }: { error: unknown }) {
  const t = useT();
  if (!error) return null;
  const f = friendlyError(error, t);
  return (
    <p role="alert" className="text-sm text-red-700 dark:text-red-400">
      {f.message}
      {f.detail && f.detail !== f.message ? ` (${f.detail})` : ''}
    </p>
  );
}

export function EmptyState({
  title,
  body,
  action,
  icon,
}: {
  title: string;
  body?: string;
  action?: ReactNode;
  icon?: ReactNode;
}) {
  return (
    <div className="mx-auto flex max-w-md flex-col items-center rounded-3xl border border-dashed border-stone-300 px-6 py-14 text-center dark:border-stone-700">
      {icon ? <div className="mb-4 text-accent-600 dark:text-accent-400">{icon}</div> : null}
      <h2 className="font-display text-2xl text-stone-900 dark:text-stone-50">{title}</h2>
      {body ? <p className={`mt-2 ${muted}`}>{body}</p> : null}
      {action ? <div className="mt-6">{action}</div> : null}
    </div>
  );
}
