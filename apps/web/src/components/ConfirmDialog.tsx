/** A modal yes/no question: focus starts on Cancel, Escape cancels, focus returns where it was. */
import { useEffect, useId, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { useT } from '../i18n/i18n.tsx';
import { btn, muted } from './ui.ts';
import { InlineError } from './States.tsx';

interface Props {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  busy?: boolean;
  error?: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({
  open,
  title,
  body,
  confirmLabel,
  busy,
  error,
  onConfirm,
  onCancel,
}: Props) {
  const t = useT();
  const titleId = useId();
  const bodyId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const previous = document.activeElement as HTMLElement | null;
    cancelRef.current?.focus();
    return () => previous?.focus?.();
  }, [open]);

  if (!open) return null;

  // Keep Tab inside the dialog.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onCancel();
      return;
    }
    if (e.key !== 'Tab') return;
    const items = dialogRef.current?.querySelectorAll<HTMLElement>('button:not([disabled])');
    if (!items?.length) return;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="fixed inset-0 z-50 grid place-items-end bg-stone-950/50 p-4 sm:place-items-center">
      <div
        ref={dialogRef}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        onKeyDown={onKeyDown}
        className="w-full max-w-md rounded-3xl bg-white p-6 shadow-xl dark:bg-stone-900"
      >
        <h2 id={titleId} className="text-lg font-semibold text-stone-900 dark:text-stone-50">
          {title}
        </h2>
        <p id={bodyId} className={`mt-2 text-sm ${muted}`}>
          {body}
        </p>
        <div className="mt-3">
          <InlineError error={error} />
        </div>
        <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <button ref={cancelRef} type="button" className={btn.secondary} onClick={onCancel}>
            {t.common.cancel}
          </button>
          <button type="button" className={btn.danger} onClick={onConfirm} disabled={busy}>
            {busy ? t.common.deleting : confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
