/** Drives the add-photos queue: classifies two photos at a time with both models, saves on request. */
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ModelKind } from '@fashion/core';
import { classify, garmentKeys, uploadGarment, uploadGarmentDataUrl } from '../../api/garments.ts';
import { ApiError } from '../../api/client.ts';
import { canPreview } from './files.ts';
import { fieldsOf, isReady, reducer } from './queue.ts';
import type { Action, Choice, ModelResult, QueueItem } from './queue.ts';
import type { Ocasion } from '@fashion/core';

/** Two photos at a time: the server runs two models per photo on few cores. */
const CONCURRENCY = 2;
const MODELS: ModelKind[] = ['cnn', 'vit'];

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

  const setOcasion = useCallback((id: string, ocasion: Ocasion[]) => {
    dispatch({ type: 'ocasion', id, ocasion });
  }, []);

  const save = useCallback(
    async (item: QueueItem) => {
      if (!isReady(item)) return;
      dispatch({ type: 'saving', id: item.id });
      const onProgress = (value: number) => dispatch({ type: 'progress', id: item.id, value });
      try {
        const fields = fieldsOf(item);
        const garment = await patiently(() =>
          item.dataUrl
            ? uploadGarmentDataUrl(item.dataUrl, fields, onProgress)
            : uploadGarment(item.blob, item.name, fields, onProgress),
        );
        dispatch({ type: 'saved', id: item.id, garment });
        void qc.invalidateQueries({ queryKey: garmentKeys.all });
      } catch (error) {
        dispatch({ type: 'saveFailed', id: item.id, error });
      }
    },
    [qc],
  );

  const saveAll = useCallback(async () => {
    for (const item of items.filter(isReady)) await save(item);
  }, [items, save]);

  return { items, add, remove, choose, setOcasion, save, saveAll };
}
