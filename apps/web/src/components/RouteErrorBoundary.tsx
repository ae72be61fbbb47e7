/**
 * Catches what a screen throws while rendering or loading its code (a chunk that cannot be
 * fetched is "Failed to fetch dynamically imported module"): a real message with a retry, instead
 * of a blank page. Keyed by path in App, so moving to another screen starts clean.
 */
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { useT } from '../i18n/i18n.tsx';
import { btn, muted } from './ui.ts';

interface Props {
  children: ReactNode;
  /** Makes the screen load afresh (App remounts this boundary with a new key). */
  onRetry: () => void;
}

export class RouteErrorBoundary extends Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('screen failed', error, info.componentStack);
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return <ScreenFailed onRetry={this.props.onRetry} />;
  }
}

function ScreenFailed({ onRetry }: { onRetry: () => void }) {
  const t = useT();
  return (
    <div
      role="alert"
      className="mx-auto mt-10 max-w-md rounded-2xl border border-red-200 bg-red-50 p-6 text-red-900 dark:border-red-900/60 dark:bg-red-950/40 dark:text-red-100"
    >
      <h1 className="font-display text-2xl">{t.errors.screenFailed}</h1>
      <p className="mt-2 text-sm">{t.errors.screenFailedBody}</p>
      <div className="mt-5 flex flex-wrap gap-2">
        <button type="button" className={btn.primary} onClick={onRetry}>
          {t.common.retry}
        </button>
        <button
          type="button"
          className={`${btn.ghost} ${muted}`}
          onClick={() => window.location.reload()}
        >
          {t.errors.reload}
        </button>
      </div>
    </div>
  );
}
