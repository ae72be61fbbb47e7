/**
 * The state of photos being added: each is uploaded to both classifiers (with progress), then
 * reviewed and corrected by the person, then saved. Pure reducer; the side effects live in
 * useAddQueue.
 */
import { TIPO_BY_CLASS } from '@fashion/core';
import type {
  Classification,
  ClassName,
  ColorName,
  Garment,
  GarmentFields,
  ModelKind,
  Ocasion,
  Tipo,
} from '@fashion/core';
import { ApiError } from '../../api/client.ts';
import { applyPatch } from '../garment-fields/draft.ts';
import type { Draft, DraftPatch } from '../garment-fields/types.ts';

export type ModelResult = { ok: true; value: Classification } | { ok: false; error: unknown };

export interface Choice {
  clase_nombre?: ClassName;
  tipo?: Tipo;
  color?: ColorName;
  color_hex?: string;
  confianza?: number;
  modelo?: string;
}

export type Stage = 'queued' | 'uploading' | 'review' | 'saving' | 'saved' | 'rejected';

export interface QueueItem {
  id: string;
  /** Sent with every try to save this photo: the server stores it once however often it is sent. */
  idempotencyKey: string;
  name: string;
  blob: Blob;
  /** Camera frames are saved as a data URL through /api/prendas/auto. */
  dataUrl?: string;
  previewUrl?: string;
  stage: Stage;
  /** Upload fraction (0..1) of the current stage. */
  progress: number;
  results: Partial<Record<ModelKind, ModelResult>>;
  choice: Choice;
  ocasion: Ocasion[];
  /** The other fields the person filled in ("More details": brand, size, notes…). */
  extra?: Draft;
  /** The person changed the class or type: the garment is saved as confirmed. */
  touched: boolean;
  /** In doubt when its answers came: it stays at the top of the list, not jumping once checked. */
  flagged?: boolean;
  error?: unknown;
  garment?: Garment;
}

export type Action =
  | { type: 'add'; items: QueueItem[] }
  | { type: 'start'; id: string }
  | { type: 'progress'; id: string; value: number }
  | { type: 'classified'; id: string; results: Partial<Record<ModelKind, ModelResult>> }
  | { type: 'choose'; id: string; choice: Choice; touched: boolean }
  | { type: 'confirm'; id: string }
  | { type: 'ocasion'; id: string; ocasion: Ocasion[] }
  | { type: 'extra'; id: string; patch: DraftPatch }
  | { type: 'saving'; id: string }
  | { type: 'saved'; id: string; garment: Garment }
  | { type: 'saveFailed'; id: string; error: unknown; nextKey?: string }
  | { type: 'remove'; id: string };

/** The result a person most likely wants: the more confident model. */
export function bestResult(results: QueueItem['results']): Classification | undefined {
  let best: Classification | undefined;
  for (const r of Object.values(results)) {
    if (r?.ok && (!best || r.value.confianza > best.confianza)) best = r.value;
  }
  return best;
}

export function choiceFrom(c: Classification): Choice {
  return {
    clase_nombre: c.clase_nombre,
    tipo: c.tipo,
    color: c.color,
    ...(c.color_hex ? { color_hex: c.color_hex } : {}),
    confianza: c.confianza,
    modelo: c.model,
  };
}

/** A bad image (400/413/415 from every model) cannot be saved either: the card says why. */
function isRejection(results: QueueItem['results']): unknown {
  const all = Object.values(results);
  if (!all.length || all.some((r) => r?.ok)) return undefined;
  const errs = all.map((r) => (r && !r.ok ? r.error : undefined));
  const bad = errs.find((e) => e instanceof ApiError && [400, 413, 415].includes(e.status));
  return bad;
}

/** True when no classifier answered because none is available (503): manual choice is needed. */
export function classifierUnavailable(results: QueueItem['results']): boolean {
  const all = Object.values(results);
  return all.length > 0 && all.every((r) => r && !r.ok);
}

/** True when no classifier answered because the server could not be reached at all (offline). */
export function serverUnreachable(results: QueueItem['results']): boolean {
  const all = Object.values(results);
  return (
    all.length > 0 &&
    all.every((r) => r && !r.ok && r.error instanceof ApiError && r.error.status === 0)
  );
}

/** Highest confidence any model gave to `clase` (in its answer or its top 3). */
export function confidenceFor(results: QueueItem['results'], clase: ClassName): number | undefined {
  let best: number | undefined;
  for (const r of Object.values(results)) {
    if (!r?.ok) continue;
    const seen = [
      { clase_nombre: r.value.clase_nombre, confianza: r.value.confianza },
      ...r.value.top3,
    ];
    for (const e of seen) {
      if (e.clase_nombre === clase && (best === undefined || e.confianza > best))
        best = e.confianza;
    }
  }
  return best;
}

/** Picking a class by hand: its type follows (docs/architecture.md §4), the confidence is the models' own. */
export function manualClass(item: QueueItem, clase: ClassName): Choice {
  const conf = confidenceFor(item.results, clase);
  return {
    ...item.choice,
    clase_nombre: clase,
    tipo: TIPO_BY_CLASS[clase],
    confianza: conf ?? 1,
    modelo: conf === undefined ? 'manual' : (item.choice.modelo ?? 'manual'),
  };
}

/** Below this the best answer is a guess, not a recognition: the person should look. */
export const LOW_CONFIDENCE = 0.6;

export type Doubt = 'not-garment' | 'disagree' | 'low';

/** The ML service may flag a photo with no garment in it (`no_prenda`); older ones do not. */
function saysNoGarment(c: Classification): boolean {
  return (c as Classification & { no_prenda?: unknown }).no_prenda === true;
}

/**
 * Why this photo's answer should not be saved blind: a model sees no garment, the two models
 * disagree on the class, or the best answer is unsure. Nothing once the person has chosen.
 */
export function doubts(item: QueueItem): Doubt[] {
  if (item.touched || item.stage !== 'review') return [];
  const answers = Object.values(item.results).flatMap((r) => (r?.ok ? [r.value] : []));
  if (!answers.length) return [];
  const out: Doubt[] = [];
  if (answers.some(saysNoGarment)) out.push('not-garment');
  if (new Set(answers.map((a) => a.clase_nombre)).size > 1) out.push('disagree');
  if (Math.max(...answers.map((a) => a.confianza)) < LOW_CONFIDENCE) out.push('low');
  return out;
}

export const isDoubtful = (item: QueueItem): boolean => doubts(item).length > 0;

/** Ready and not in doubt: what "Save all" saves without asking. */
export const isSure = (item: QueueItem): boolean => isReady(item) && !isDoubtful(item);

/** Photos in doubt first (they need the person), otherwise in the order they were added. */
export function reviewOrder(items: QueueItem[]): QueueItem[] {
  return [...items.filter((i) => i.flagged), ...items.filter((i) => !i.flagged)];
}

export function isReady(item: QueueItem): boolean {
  return (
    item.stage === 'review' &&
    Boolean(item.choice.clase_nombre && item.choice.tipo && item.choice.color)
  );
}

export function fieldsOf(item: QueueItem): GarmentFields {
  const c = item.choice;
  return {
    ...(c.clase_nombre ? { clase_nombre: c.clase_nombre } : {}),
    ...(c.tipo ? { tipo: c.tipo } : {}),
    ...(c.color ? { color: c.color } : {}),
    ...(c.color_hex ? { color_hex: c.color_hex } : {}),
    ...(c.confianza !== undefined ? { confianza: c.confianza } : {}),
    ...(c.modelo ? { modelo: c.modelo } : {}),
    ...item.extra,
    confirmado: item.touched,
    ocasion: item.ocasion,
  };
}

function patch(items: QueueItem[], id: string, f: (i: QueueItem) => QueueItem): QueueItem[] {
  return items.map((i) => (i.id === id ? f(i) : i));
}

export function reducer(items: QueueItem[], a: Action): QueueItem[] {
  switch (a.type) {
    case 'add':
      return [...items, ...a.items];
    case 'start':
      return patch(items, a.id, (i) => ({ ...i, stage: 'uploading', progress: 0 }));
    case 'progress':
      return patch(items, a.id, (i) => ({ ...i, progress: a.value }));
    case 'classified':
      return patch(items, a.id, (i) => {
        const rejected = isRejection(a.results);
        if (rejected) return { ...i, results: a.results, stage: 'rejected', error: rejected };
        const best = bestResult(a.results);
        const next: QueueItem = {
          ...i,
          results: a.results,
          stage: 'review',
          progress: 0,
          choice: best ? choiceFrom(best) : {},
        };
        return { ...next, flagged: isDoubtful(next) };
      });
    case 'choose':
      return patch(items, a.id, (i) => ({
        ...i,
        choice: a.choice,
        touched: i.touched || a.touched,
        error: undefined,
      }));
    case 'confirm':
      return patch(items, a.id, (i) => ({ ...i, touched: true }));
    case 'ocasion':
      return patch(items, a.id, (i) => ({ ...i, ocasion: a.ocasion }));
    case 'extra':
      return patch(items, a.id, (i) => ({ ...i, extra: applyPatch(i.extra ?? {}, a.patch) }));
    case 'saving':
      return patch(items, a.id, (i) => ({ ...i, stage: 'saving', progress: 0, error: undefined }));
    case 'saved':
      return patch(items, a.id, (i) => ({ ...i, stage: 'saved', progress: 1, garment: a.garment }));
    case 'saveFailed':
      return patch(items, a.id, (i) => ({
        ...i,
        stage: 'review',
        error: a.error,
        ...(a.nextKey ? { idempotencyKey: a.nextKey } : {}),
      }));
    case 'remove':
      return items.filter((i) => i.id !== a.id);
  }
}
