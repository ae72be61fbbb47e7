/**
 * Settings' "Your data": download the whole wardrobe as the export ZIP, and import such a ZIP
 * (upload progress, then what was added, or why nothing was, in the person's language).
 */
import { useRef, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { downloadExport, useImportWardrobe, type ImportSummary } from '../../api/portability.ts';
import { Icon } from '../../components/Icon.tsx';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { InlineError, Spinner } from '../../components/States.tsx';
import { useToast } from '../../components/Toast.tsx';
import { btn, card, muted } from '../../components/ui.ts';
import type { Dict } from '../../i18n/en.ts';
import { useT } from '../../i18n/i18n.tsx';
import { newIdempotencyKey } from '../../lib/idempotency.ts';

/** The sections in the order a person reads them. */
const ORDER = ['garments', 'outfits', 'wears', 'plans', 'trips', 'categories', 'preferences'];

function summaryLines(s: ImportSummary, t: Dict): string[] {
  const tp = t.portability;
  const parts = ORDER.filter((k) => (s.imported[k] ?? 0) > 0)
    .map((k) => tp.sections[k]?.(s.imported[k]!) ?? '')
    .filter(Boolean);
  return [
    parts.length ? tp.added(parts.join(', ')) : tp.nothingAdded,
    ...(s.duplicates ? [tp.duplicates(s.duplicates)] : []),
    ...(s.skipped?.length ? [tp.skipped(s.skipped.length)] : []),
  ];
}

/**
 * The import's own words for a refused file (400: not an export or damaged; 413: too large);
 * other failures as the app says errors. The server's English text, which names the entry at
 * fault, is a detail in the English UI only.
 */
function ImportError({ error }: { error: unknown }) {
  const t = useT();
  if (!(error instanceof ApiError) || (error.status !== 400 && error.status !== 413)) {
    return <InlineError error={error} />;
  }
  const detail =
    t.errors.showServerText && !error.message.startsWith('HTTP ') ? error.message : null;
  return (
    <p role="alert" className="text-sm text-red-700 dark:text-red-400">
      {error.status === 400 ? t.portability.notAnExport : t.portability.tooLarge}
      {detail ? <span className="mt-1 block text-xs opacity-80">{detail}</span> : null}
    </p>
  );
}

export function PortabilitySection() {
  const t = useT();
  const tp = t.portability;
  const toast = useToast();
  const fileInput = useRef<HTMLInputElement>(null);
  const [downloading, setDownloading] = useState(false);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const [progress, setProgress] = useState(0);
  const importer = useImportWardrobe(setProgress);

  const download = async () => {
    setDownloading(true);
    setDownloadError(null);
    try {
      await downloadExport();
      toast.show(tp.downloaded);
    } catch (err) {
      setDownloadError(err);
    } finally {
      setDownloading(false);
    }
  };

  const importFile = (file: File | undefined) => {
    if (!file) return;
    setProgress(0);
    // One key per chosen file: a retry of the same request is answered, not imported again.
    importer.mutate({ file, key: newIdempotencyKey() });
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <section className={`${card} p-5 sm:p-6`} aria-labelledby="portability-title">
      <h2 id="portability-title" className="mb-2 font-display text-xl">
        {tp.title}
      </h2>
      <p className={`mb-4 text-sm ${muted}`}>{tp.intro}</p>
      <div className="space-y-5">
        <div className="space-y-2">
          <button
            type="button"
            className={btn.secondary}
            onClick={() => void download()}
            disabled={downloading}
          >
            {downloading ? (
              <Spinner className="size-4" />
            ) : (
              <Icon name="upload" className="size-4 rotate-180" />
            )}
            {downloading ? tp.downloading : tp.download}
          </button>
          {downloadError ? <InlineError error={downloadError} /> : null}
        </div>
        <div className="space-y-2">
          {/* The native file button speaks the browser's language: a worded button stands in. */}
          <label className="block">
            <span className="block font-medium">{tp.importLabel}</span>
            <span className={`block text-sm ${muted}`}>{tp.importHint}</span>
            <input
              ref={fileInput}
              type="file"
              accept=".zip,application/zip"
              className="peer sr-only"
              disabled={importer.isPending}
              onChange={(e) => importFile(e.target.files?.[0])}
            />
            <span
              aria-hidden="true"
              className={`${btn.primary} mt-2 cursor-pointer peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent-500 peer-disabled:cursor-not-allowed peer-disabled:opacity-50`}
            >
              <Icon name="upload" className="size-4" />
              {tp.choose}
            </span>
          </label>
          {importer.isPending ? (
            <div className="space-y-1" aria-live="polite">
              <p className={`text-sm ${muted}`}>{tp.importing}</p>
              <ProgressBar value={progress} label={tp.uploadProgress} />
            </div>
          ) : null}
          {importer.isError ? <ImportError error={importer.error} /> : null}
          {importer.isSuccess ? (
            <div
              role="status"
              data-testid="import-result"
              className="rounded-xl bg-emerald-50 p-3 text-sm text-emerald-900 dark:bg-emerald-950/40 dark:text-emerald-100"
            >
              <p className="font-medium">{tp.imported}</p>
              {summaryLines(importer.data, t).map((line) => (
                <p key={line}>{line}</p>
              ))}
            </div>
          ) : null}
        </div>
      </div>
    </section>
  );
}
