/** Add garments: pick, drop, paste or shoot photos; review each classification; save. */
import { useEffect, useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { useT, useI18n } from '../../i18n/i18n.tsx';
import { useUploadLimit } from '../../api/limits.ts';
import { megabytes } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/page-title.ts';
import { Link } from '../../router/router.tsx';
import { Icon } from '../../components/Icon.tsx';
import { btn, muted, pageTitle } from '../../components/ui.ts';
import { ACCEPT, prefersNativeCapture, splitImages } from './files.ts';
import type { Refused } from './files.ts';
import { ItemCard } from './ItemCard.tsx';
import { CameraDialog } from './CameraDialog.tsx';
import type { Frame } from './CameraDialog.tsx';
import { isDoubtful, isReady, isSure, reviewOrder } from './queue.ts';
import { useAddQueue } from './useAddQueue.ts';
import { BulkPanel } from './bulk/BulkPanel.tsx';
import { bulkQueue } from './bulk/bulk-queue.ts';
import { droppedFiles } from './dropped-files.ts';

/** From this many photos at once, each is saved as recognised and reviewed later on /review. */
const BULK_AT = 12;

export default function AddPage() {
  const t = useT();
  usePageTitle(t.add.title);
  const queue = useAddQueue();
  const { add } = queue;
  const pick = useRef<HTMLInputElement>(null);
  const capture = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [camera, setCamera] = useState(false);
  const [skipped, setSkipped] = useState<string[]>([]);
  const maxBytes = useUploadLimit();
  const { lang } = useI18n();
  const refusal = (r: Refused) =>
    r.why === 'not-image'
      ? t.add.notAnImage(r.file.name)
      : r.why === 'empty'
        ? t.add.emptyFile(r.file.name)
        : t.add.tooLargeFile(r.file.name, megabytes(maxBytes, lang));
  const cameraShots = useRef(0);

  /** A few photos are reviewed one by one here; many (or a folder) go to the durable queue. */
  const addFiles = (files: Iterable<File>, bulk = false) => {
    const { images, rejected } = splitImages(files, maxBytes);
    setSkipped(rejected.map(refusal));
    if (!images.length) return;
    const named = images.map((f) => ({ blob: f as Blob, name: f.webkitRelativePath || f.name }));
    if (bulk || images.length >= BULK_AT) bulkQueue().add(named);
    else add(named);
  };

  // Paste an image anywhere on this screen.
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      const files = e.clipboardData?.files;
      if (!files?.length) return;
      e.preventDefault();
      const { images, rejected } = splitImages(Array.from(files), maxBytes);
      setSkipped(rejected.map(refusal));
      add(images.map((f, i) => ({ blob: f, name: f.name || `pasted-${Date.now()}-${i}.png` })));
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  });

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    // Read the entries now: the drop's data is gone once this handler returns.
    void droppedFiles(e.dataTransfer).then(({ files, folder }) => addFiles(files, folder));
  };

  const onCapture = (f: Frame) => {
    cameraShots.current += 1;
    add([
      {
        blob: f.blob,
        name: `${t.add.cameraPhotoName(cameraShots.current)}.jpg`,
        dataUrl: f.dataUrl,
      },
    ]);
    setCamera(false);
  };

  const takePhoto = () => {
    if (prefersNativeCapture() || !navigator.mediaDevices?.getUserMedia) capture.current?.click();
    else setCamera(true);
  };

  const ready = queue.items.filter(isReady);
  const sure = ready.filter(isSure);
  const toCheck = ready.filter(isDoubtful).length;
  const saved = queue.items.filter((i) => i.stage === 'saved').length;

  return (
    <section aria-labelledby="add-title" className="mx-auto max-w-3xl">
      <h1 id="add-title" className={pageTitle}>
        {t.add.title}
      </h1>
      <p className={`mt-2 ${muted}`}>{t.add.intro}</p>

      <div
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="dropzone"
        className={`mt-6 rounded-3xl border-2 border-dashed p-8 text-center transition-colors ${
          dragging
            ? 'border-accent-500 bg-accent-50 dark:bg-accent-900/20'
            : 'border-stone-300 bg-white dark:border-stone-700 dark:bg-stone-900'
        }`}
      >
        <Icon name="upload" className="mx-auto size-8 text-accent-600 dark:text-accent-400" />
        <p className="mt-3 font-medium">{t.add.dropHere}</p>
        <p className={`mt-1 text-sm ${muted}`}>{t.add.dropHint}</p>
        <div className="mt-5 flex flex-wrap justify-center gap-3">
          <button type="button" className={btn.primary} onClick={() => pick.current?.click()}>
            <Icon name="image" className="size-4" />
            {t.add.choose}
          </button>
          <button type="button" className={btn.secondary} onClick={takePhoto}>
            <Icon name="camera" className="size-4" />
            {t.add.takePhoto}
          </button>
          <button type="button" className={btn.secondary} onClick={() => folder.current?.click()}>
            {t.bulk.chooseFolder}
          </button>
        </div>
        <p className={`mt-3 text-xs ${muted}`}>{t.bulk.hint}</p>
        <p className={`mt-4 hidden text-xs sm:block ${muted}`}>{t.add.pasteHint}</p>
        <input
          ref={pick}
          type="file"
          accept={ACCEPT}
          multiple
          hidden
          data-testid="file-input"
          onChange={(e) => {
            addFiles(Array.from(e.target.files ?? []));
            e.target.value = '';
          }}
        />
        <input
          // A whole folder (React does not know the attribute, so it is set on the element).
          ref={(el) => {
            folder.current = el;
            el?.setAttribute('webkitdirectory', '');
          }}
          type="file"
          multiple
          hidden
          data-testid="folder-input"
          onChange={(e) => {
            addFiles(Array.from(e.target.files ?? []), true);
            e.target.value = '';
          }}
        />
        <input
          ref={capture}
          type="file"
          accept="image/*"
          capture="environment"
          hidden
          onChange={(e) => {
            addFiles(Array.from(e.target.files ?? []));
            e.target.value = '';
          }}
        />
      </div>

      {skipped.length ? (
        <ul role="alert" className="mt-4 space-y-1 text-sm text-amber-800 dark:text-amber-300">
          {skipped.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      ) : null}

      <BulkPanel />

      {queue.items.length ? (
        <div className="mt-8 flex flex-wrap items-center justify-between gap-3">
          <p className={`text-sm ${muted}`} aria-live="polite">
            {saved ? t.add.savedCount(saved, queue.items.length) : null}
          </p>
          <div className="flex gap-2">
            {toCheck ? (
              <p className="text-sm text-amber-800 dark:text-amber-300">
                {t.add.needLook(toCheck)}
              </p>
            ) : null}
            {/* Save all saves the sure ones; the doubtful ones wait for a look. */}
            {ready.length > 1 && sure.length ? (
              <button
                type="button"
                className={btn.accent}
                disabled={queue.savingAll}
                onClick={() => void queue.saveAll(isSure)}
              >
                {t.add.saveAll(sure.length)}
              </button>
            ) : null}
            {saved ? (
              <Link to="/wardrobe" className={btn.secondary}>
                {t.add.goWardrobe}
              </Link>
            ) : null}
          </div>
        </div>
      ) : null}

      <ul className="mt-4 space-y-4">
        {reviewOrder(queue.items).map((item) => (
          <ItemCard
            key={item.id}
            item={item}
            onChoose={(c, touched) => queue.choose(item.id, c, touched)}
            onOcasion={(o) => queue.setOcasion(item.id, o)}
            onExtra={(p) => queue.setExtra(item.id, p)}
            onSave={() => void queue.save(item)}
            onRemove={() => queue.remove(item.id)}
            onConfirm={() => queue.confirm(item.id)}
          />
        ))}
      </ul>

      {camera ? <CameraDialog onCapture={onCapture} onClose={() => setCamera(false)} /> : null}
    </section>
  );
}
