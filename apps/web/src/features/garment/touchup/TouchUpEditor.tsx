/**
 * The cut-out touch-up: a brush over the cut-out that keeps (restores photo pixels) or erases,
 * with a size, undo of the last stroke, reset and save. Pointer events, so a mouse, a finger and
 * a pen all paint; every control is a real button or input. Saving sends the mask as a PNG; on
 * failure the strokes stay so the person can try again.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import type { Garment } from '@fashion/core';
import { assetUrl } from '../../../api/client.ts';
import { useTouchUpCutout } from '../../../api/garments.ts';
import { useT } from '../../../i18n/i18n.tsx';
import { InlineError } from '../../../components/States.tsx';
import { useToast } from '../../../components/Toast.tsx';
import { btn, muted } from '../../../components/ui.ts';
import { drawPreview, loadSource, maskPng, type TouchUpSource } from './canvas.ts';
import { applyStrokes, paintStroke, type BrushMode, type Mask, type Stroke } from './strokes.ts';

/** Brush sizes in screen pixels (the diameter the person sees), whatever the photo's size. */
const SIZES = { min: 6, max: 80, initial: 28 };

type Load = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; source: TouchUpSource };

export function TouchUpEditor({ g, onDone }: { g: Garment; onDone: () => void }) {
  const t = useT();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const heading = useRef<HTMLHeadingElement>(null);
  const cutoutUrl = assetUrl(g.recorte_url);
  const photoUrl = assetUrl(g.imagen_url);

  // Opening the editor moves focus (and the view) to it.
  useEffect(() => heading.current?.focus(), []);

  useEffect(() => {
    let live = true;
    if (!cutoutUrl || !photoUrl) {
      setLoad({ state: 'failed' });
      return;
    }
    loadSource(cutoutUrl, photoUrl).then(
      (source) => live && setLoad({ state: 'ready', source }),
      () => live && setLoad({ state: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [cutoutUrl, photoUrl]);

  const source = load.state === 'ready' ? load.source : null;
  useEffect(() => () => source?.photo.close(), [source]);

  return (
    <section aria-labelledby="touchup-title" className="space-y-3 p-4" data-testid="touchup">
      <h2 id="touchup-title" ref={heading} tabIndex={-1} className="text-sm font-medium">
        {t.touchup.title}
      </h2>
      <p className={`text-xs ${muted}`}>{t.touchup.hint}</p>
      {source ? (
        // The controls come with the picture, so nothing moves under the pointer as it loads.
        <Painter id={g._id} source={source} onDone={onDone} />
      ) : (
        <>
          {load.state === 'loading' ? (
            <p className={`text-sm ${muted}`} role="status">
              {t.touchup.loading}
            </p>
          ) : (
            <p role="alert" className="text-sm text-red-700 dark:text-red-400">
              {t.touchup.loadFailed}
            </p>
          )}
          <button type="button" className={btn.secondary} onClick={onDone}>
            {t.touchup.cancel}
          </button>
        </>
      )}
    </section>
  );
}

/** The canvas and its controls, over a loaded cut-out. */
function Painter({
  id,
  source,
  onDone,
}: {
  id: string;
  source: TouchUpSource;
  onDone: () => void;
}) {
  const t = useT();
  const toast = useToast();
  const save = useTouchUpCutout(id);
  const [mode, setMode] = useState<BrushMode>('erase');
  const [size, setSize] = useState(SIZES.initial);
  const [strokes, setStrokes] = useState<Stroke[]>([]);
  const canvas = useRef<HTMLCanvasElement>(null);
  /** The mask as painted so far (base + finished strokes + the stroke under way). */
  const mask = useRef<Mask | null>(null);
  const current = useRef<Stroke | null>(null);
  const frame = useRef(0);

  const redraw = useCallback(() => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => {
      if (source && mask.current && canvas.current) {
        drawPreview(canvas.current, source.photo, mask.current);
      }
    });
  }, [source]);

  // Finished strokes changed (a new one, undo, reset): replay them over the base.
  useEffect(() => {
    if (!source) return;
    mask.current = applyStrokes(source.base, strokes);
    redraw();
  }, [source, strokes, redraw]);

  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const pointAt = (e: { clientX: number; clientY: number }) => {
    const c = canvas.current!;
    const r = c.getBoundingClientRect();
    return {
      x: ((e.clientX - r.left) * c.width) / r.width,
      y: ((e.clientY - r.top) * c.height) / r.height,
      scale: c.width / r.width,
    };
  };

  const onDown = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    if (!mask.current || save.isPending || (e.pointerType === 'mouse' && e.button !== 0)) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    const { x, y, scale } = pointAt(e);
    current.current = { mode, radius: (size / 2) * scale, points: [{ x, y }] };
    paintStroke(mask.current, current.current);
    redraw();
  };

  const onMove = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    const stroke = current.current;
    if (!stroke || !mask.current) return;
    // Coalesced events keep a fast pen or finger stroke smooth.
    const events = e.nativeEvent.getCoalescedEvents?.() ?? [];
    for (const ev of events.length ? events : [e.nativeEvent]) {
      const { x, y } = pointAt(ev);
      const last = stroke.points[stroke.points.length - 1]!;
      stroke.points.push({ x, y });
      paintStroke(mask.current, { ...stroke, points: [last, { x, y }] });
    }
    redraw();
  };

  const onUp = () => {
    const stroke = current.current;
    current.current = null;
    if (stroke) setStrokes((s) => [...s, stroke]);
  };

  const onSave = async () => {
    if (!mask.current) return;
    save.mutate(await maskPng(mask.current), {
      onSuccess: () => {
        toast.show(t.touchup.saved);
        onDone();
      },
    });
  };

  return (
    <>
      <canvas
        ref={canvas}
        width={source.base.width}
        height={source.base.height}
        aria-label={t.touchup.canvasLabel}
        role="img"
        data-mode={mode}
        onPointerDown={onDown}
        onPointerMove={onMove}
        onPointerUp={onUp}
        onPointerCancel={onUp}
        // No scrolling or zooming while painting with a finger; square corners, since a
        // rounded one would not take the pointer at the very corner of the photo.
        className="block h-auto w-full cursor-crosshair touch-none bg-[repeating-conic-gradient(#e7e5e4_0_25%,#fafaf9_0_50%)] bg-[length:20px_20px] dark:bg-[repeating-conic-gradient(#44403c_0_25%,#292524_0_50%)]"
      />
      <div className="flex flex-wrap items-center gap-3">
        <fieldset className="flex gap-1 rounded-full border border-stone-300 p-1 dark:border-stone-700">
          <legend className="sr-only">{t.touchup.brush}</legend>
          {(['keep', 'erase'] as const).map((m) => (
            <button
              key={m}
              type="button"
              aria-pressed={mode === m}
              onClick={() => setMode(m)}
              className={`${btn.small} rounded-full font-medium ${
                mode === m
                  ? 'bg-stone-900 text-white dark:bg-stone-100 dark:text-stone-900'
                  : 'text-stone-700 dark:text-stone-300'
              }`}
            >
              {t.touchup[m]}
            </button>
          ))}
        </fieldset>
        <label className="flex items-center gap-2 text-xs font-medium">
          {t.touchup.size}
          <input
            type="range"
            min={SIZES.min}
            max={SIZES.max}
            value={size}
            onChange={(e) => setSize(Number(e.target.value))}
            className="w-28 accent-stone-900 dark:accent-stone-100"
          />
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={`${btn.secondary} ${btn.small}`}
          disabled={!strokes.length || save.isPending}
          onClick={() => setStrokes((s) => s.slice(0, -1))}
        >
          {t.touchup.undo}
        </button>
        <button
          type="button"
          className={`${btn.ghost} ${btn.small}`}
          disabled={!strokes.length || save.isPending}
          onClick={() => setStrokes([])}
        >
          {t.touchup.reset}
        </button>
        <span className={`text-xs ${muted}`} aria-live="polite">
          {t.touchup.strokes(strokes.length)}
        </span>
      </div>
      {save.isError ? (
        <div>
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {t.touchup.saveFailed}
          </p>
          <InlineError error={save.error} />
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={btn.primary}
          disabled={!strokes.length || save.isPending}
          onClick={() => void onSave()}
        >
          {save.isPending ? t.touchup.saving : t.touchup.save}
        </button>
        <button type="button" className={btn.secondary} onClick={onDone} disabled={save.isPending}>
          {t.touchup.cancel}
        </button>
      </div>
    </>
  );
}
