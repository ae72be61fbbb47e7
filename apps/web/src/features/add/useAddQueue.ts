/** Drives the add-photos queue: classifies two photos at a time with both models, saves on request. */
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { MODEL_KINDS, type ModelKind } from '@fashion/core';
import { classify, garmentKeys, uploadGarment, uploadGarmentDataUrl } from '../../api/garments.ts';
import { ApiError } from '../../api/client.ts';
import { newIdempotencyKey } from '../../lib/idempotency.ts';
import { canPreview } from './files.ts';
import { fieldsOf, isReady, reducer } from './queue.ts';
import type { Action, Choice, ModelResult, QueueItem } from './queue.ts';
import type { Ocasion } from '@fashion/core';
import type { DraftPatch } from '../garment-fields/types.ts';

/** Two photos at a time: the server runs two models per photo on few cores. */
const CONCURRENCY = 2;
const MODELS: readonly ModelKind[] = MODEL_KINDS;

/** The server limits uploads per minute; a 429 says when to try again, so wait and do. */
async function patiently<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 429 || attempt >= 3 || signal?.aborted) throw e;
      const seconds = Number(/(\d+)\s*s\b/.exec(e.message)?.[1] ?? 10);
      await new Promise((r) => setTimeout(r, Math.min(Math.max(seconds, 1), 60) * 1000));
    }
  }
}

async function classifyItem(
  item: QueueItem,
  dispatch: (a: Action) => void,
  signal: AbortSignal,
): Promise<void> {
  const sent: Record<string, number> = {};
  const run = (m: ModelKind): Promise<ModelResult> =>
    patiently(
      () =>
        classify(item.blob, item.name, m, signal, (f) => {
          sent[m] = f;
          dispatch({
            type: 'progress',
            id: item.id,
            value: ((sent.cnn ?? 0) + (sent.vit ?? 0)) / 2,
          });
        }),
      signal,
    ).then(
      (value) => ({ ok: true, value }),
      (error: unknown) => ({ ok: false, error }),
    );
  const [cnn, vit] = await Promise.all(MODELS.map(run));
  if (signal.aborted) return;
  dispatch({ type: 'classified', id: item.id, results: { cnn: cnn!, vit: vit! } });
}

export function useAddQueue() {
  const [items, dispatch] = useReducer(reducer, []);
  const qc = useQueryClient();
  const started = useRef(new Set<string>());
  const controllers = useRef(new Map<string, AbortController>());
  const urls = useRef(new Map<string, string>());
  const seq = useRef(0);
  // Saves in flight, by item id: a second click (or Save all over a single save) is a no-op.
  // A ref, not state: two clicks can arrive before React renders the disabled button.
  const inFlight = useRef(new Set<string>());
  const latest = useRef(items);
  latest.current = items;
  const [savingAll, setSavingAll] = useState(false);
  const savingAllRef = useRef(false);

  useEffect(() => {
    const active = items.filter((i) => i.stage === 'uploading').length;
    const waiting = items.filter((i) => i.stage === 'queued' && !started.current.has(i.id));
    for (const item of waiting.slice(0, Math.max(0, CONCURRENCY - active))) {
      started.current.add(item.id);
      const ctrl = new AbortController();
      controllers.current.set(item.id, ctrl);
      dispatch({ type: 'start', id: item.id });
      void classifyItem(item, dispatch, ctrl.signal);
    }
  }, [items]);

  useEffect(() => {
    const ctrls = controllers.current;
    const objectUrls = urls.current;
    return () => {
      for (const c of ctrls.values()) c.abort();
      for (const u of objectUrls.values()) URL.revokeObjectURL(u);
    };
  }, []);

  const add = useCallback((files: { blob: Blob; name: string; dataUrl?: string }[]) => {
    const created: QueueItem[] = files.map((f) => {
      seq.current += 1;
      const id = `photo-${seq.current}`;
      const previewUrl =
        f.dataUrl ?? (canPreview(f.blob, f.name) ? URL.createObjectURL(f.blob) : undefined);
      if (previewUrl && !f.dataUrl) urls.current.set(id, previewUrl);
      return {
        id,
        idempotencyKey: newIdempotencyKey(),
        name: f.name,
        blob: f.blob,
        ...(f.dataUrl ? { dataUrl: f.dataUrl } : {}),
        ...(previewUrl ? { previewUrl } : {}),
        stage: 'queued',
        progress: 0,
        results: {},
        choice: {},
        ocasion: [],
        touched: false,
      };
    });
    dispatch({ type: 'add', items: created });
  }, []);

  const remove = useCallback((id: string) => {
    controllers.current.get(id)?.abort();
    const url = urls.current.get(id);
    if (url) URL.revokeObjectURL(url);
    urls.current.delete(id);
    dispatch({ type: 'remove', id });
  }, []);

  const choose = useCallback((id: string, choice: Choice, touched: boolean) => {
    dispatch({ type: 'choose', id, choice, touched });
  }, []);

  /** "Looks right": the person checked the models' answer; it is saved as confirmed. */
  const confirm = useCallback((id: string) => {
    dispatch({ type: 'confirm', id });
  }, []);

  const setOcasion = useCallback((id: string, ocasion: Ocasion[]) => {
    dispatch({ type: 'ocasion', id, ocasion });
  }, []);

  const setExtra = useCallback((id: string, patch: DraftPatch) => {
    dispatch({ type: 'extra', id, patch });
  }, []);

  const save = useCallback(
    async (item: QueueItem) => {
      if (!isReady(item) || inFlight.current.has(item.id)) return;
      inFlight.current.add(item.id);
      dispatch({ type: 'saving', id: item.id });
      const onProgress = (value: number) => dispatch({ type: 'progress', id: item.id, value });
      try {
        const fields = fieldsOf(item);
        const garment = await patiently(() =>
          item.dataUrl
            ? uploadGarmentDataUrl(item.dataUrl, fields, onProgress, item.idempotencyKey)
            : uploadGarment(item.blob, item.name, fields, onProgress, item.idempotencyKey),
        );
        dispatch({ type: 'saved', id: item.id, garment });
        void qc.invalidateQueries({ queryKey: garmentKeys.all });
      } catch (error) {
        // The server answered with an error: nothing was stored, and the next try (perhaps with
        // corrected fields) is a new request. No answer (network): it may have been stored, so
        // the retry keeps the key and gets the first result.
        const answered = error instanceof ApiError && error.status !== 0;
        dispatch({
          type: 'saveFailed',
          id: item.id,
          error,
          ...(answered ? { nextKey: newIdempotencyKey() } : {}),
        });
      } finally {
        inFlight.current.delete(item.id);
      }
    },
    [qc],
  );

  /** Saves the given items (default: every ready one) one after another, once. */
  const saveAll = useCallback(
    async (only?: (i: QueueItem) => boolean) => {
      if (savingAllRef.current) return;
      savingAllRef.current = true;
      setSavingAll(true);
      try {
        const ids = latest.current.filter((i) => isReady(i) && (!only || only(i))).map((i) => i.id);
        for (const id of ids) {
          // The freshest state: a card may have been saved, removed or edited meanwhile.
          const item = latest.current.find((i) => i.id === id);
          if (item) await save(item);
        }
      } finally {
        savingAllRef.current = false;
        setSavingAll(false);
      }
    },
    [save],
  );

  return { items, add, remove, choose, confirm, setOcasion, setExtra, save, saveAll, savingAll };
}
