/**
 * The mirror's "evaluate my outfit": a photo (the phone's camera, a file, or on a desktop the
 * live camera view with a shutter) → what the mirror sees, a score, its view and suggestions
 * (the reasons worded in the UI language).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { useMirror } from '../../api/stylist.ts';
import { InlineError, Spinner } from '../../components/States.tsx';
import { Icon } from '../../components/Icon.tsx';
import { btn, card, input, label, muted } from '../../components/ui.ts';
import { ScoreBadge } from '../outfits/OutfitCard.tsx';
import { reasonTexts } from '../outfits/WhyItWorks.tsx';
import { photoDataUrl } from './photo.ts';
import { CameraDialog, type Frame } from '../add/CameraDialog.tsx';
import { prefersNativeCapture } from '../add/files.ts';

/** A desktop with a camera API gets the live view; a phone's file input opens its own camera. */
const liveCamera = () => !prefersNativeCapture() && Boolean(navigator.mediaDevices?.getUserMedia);

export function MirrorPanel() {
  const { t, lang } = useI18n();
  const mirror = useMirror();
  const [file, setFile] = useState<File | null>(null);
  const [notes, setNotes] = useState('');
  const [camera, setCamera] = useState(false);
  const answerRef = useRef<HTMLDivElement>(null);
  const onCapture = (f: Frame) => {
    setFile(new File([f.blob], 'camera.jpg', { type: 'image/jpeg' }));
    mirror.reset();
    setCamera(false);
  };

  const preview = useMemo(() => (file ? URL.createObjectURL(file) : null), [file]);
  useEffect(
    () => () => {
      if (preview) URL.revokeObjectURL(preview);
    },
    [preview],
  );

  const evaluate = async () => {
    if (!file) return;
    const imageDataUrl = await photoDataUrl(file);
    // The notes (or the UI language's own question) tell the stylist the occasion and language.
    mirror.mutate(
      { imageDataUrl, userNotes: notes.trim() || t.stylist.mirror.prompt },
      // On a phone the answer lies below the form: bring it into view.
      { onSuccess: () => requestAnimationFrame(() => answerRef.current?.scrollIntoView()) },
    );
  };

  const a = mirror.data?.analysis;
  const worded = mirror.data
    ? reasonTexts(mirror.data.reasons, a?.upgrade_suggestions, lang, t)
    : null;
  const suggestions = worded ? [...worded.reasons, ...worded.caveats] : [];

  return (
    <div className="grid gap-6 md:grid-cols-2">
      <form
        className={`${card} flex flex-col gap-4 p-5`}
        aria-labelledby="mirror-title"
        onSubmit={(e) => {
          e.preventDefault();
          void evaluate();
        }}
      >
        <h2 id="mirror-title" className="font-display text-2xl">
          {t.stylist.mirror.title}
        </h2>
        <p className={`text-sm ${muted}`}>{t.stylist.mirror.hint}</p>
        {liveCamera() ? (
          <button
            type="button"
            className={`${btn.secondary} self-start`}
            onClick={() => setCamera(true)}
          >
            <Icon name="camera" />
            {t.stylist.mirror.live}
          </button>
        ) : null}
        <label className={`${btn.secondary} cursor-pointer self-start`}>
          <Icon name="camera" />
          {t.stylist.mirror.take}
          <input
            type="file"
            accept="image/*"
            capture="environment"
            className="sr-only"
            data-testid="mirror-photo"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) {
                setFile(f);
                mirror.reset();
              }
            }}
          />
        </label>
        {preview ? (
          <img
            src={preview}
            alt={t.stylist.mirror.preview}
            className="max-h-80 w-full rounded-xl bg-stone-100 object-contain dark:bg-stone-800"
          />
        ) : null}
        <div>
          <label className={label} htmlFor="mirror-notes">
            {t.stylist.mirror.notes}
          </label>
          <input
            id="mirror-notes"
            className={input}
            value={notes}
            maxLength={500}
            placeholder={t.stylist.mirror.notesPlaceholder}
            onChange={(e) => setNotes(e.target.value)}
          />
        </div>
        <button
          type="submit"
          className={`${btn.primary} self-start`}
          disabled={!file || mirror.isPending}
        >
          {t.stylist.mirror.evaluate}
        </button>
        <InlineError error={mirror.error} />
      </form>

      <div aria-live="polite" ref={answerRef} className="scroll-mt-20">
        {mirror.isPending ? (
          <p className={`flex items-center gap-2 text-sm ${muted}`}>
            <Spinner className="size-4" /> {t.stylist.mirror.evaluating}
          </p>
        ) : a ? (
          <article className={`${card} flex flex-col gap-4 p-5`} data-testid="mirror-answer">
            <header className="flex items-start justify-between gap-3">
              <div>
                <h3 className={`text-xs tracking-wide uppercase ${muted}`}>
                  {t.stylist.mirror.sees}
                </h3>
                <p className="font-display text-xl" data-testid="mirror-sees">
                  {a.style_identity}
                </p>
                {a.confidence_score !== undefined ? (
                  <p className={`text-xs ${muted}`}>{t.stylist.mirror.sure(a.confidence_score)}</p>
                ) : null}
              </div>
              {a.overall_score !== undefined ? <ScoreBadge value={a.overall_score} /> : null}
            </header>
            {a.expert_feedback ? (
              <div>
                <h3 className="text-sm font-medium">{t.stylist.mirror.feedback}</h3>
                <p className="mt-1 text-sm" data-testid="mirror-feedback">
                  {a.expert_feedback}
                </p>
              </div>
            ) : null}
            <div>
              <h3 className="text-sm font-medium">{t.stylist.mirror.suggestions}</h3>
              {suggestions.length ? (
                <ul className="mt-1.5 space-y-1 text-sm" data-testid="mirror-suggestions">
                  {suggestions.map((s, i) => (
                    <li key={i} className="flex gap-2">
                      <span
                        aria-hidden="true"
                        className="mt-[0.55em] size-1.5 shrink-0 rounded-full bg-emerald-600"
                      />
                      <span>{s}</span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className={`mt-1 text-sm ${muted}`}>{t.stylist.mirror.noSuggestions}</p>
              )}
            </div>
          </article>
        ) : null}
      </div>
      {camera ? <CameraDialog onCapture={onCapture} onClose={() => setCamera(false)} /> : null}
    </div>
  );
}
