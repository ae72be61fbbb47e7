/**
 * One photo of a bulk upload (a camera roll, a folder): sent once, classified and stored by the
 * server, then reviewed later on /review. Pure state; useBulkUpload drives it.
 */
import { ApiError } from '../../../api/client.ts';

export type BulkState = 'waiting' | 'uploading' | 'done' | 'failed';

export interface BulkItem {
  id: string;
  /** Sent with every try: a photo the server already stored is never stored twice. */
  key: string;
  name: string;
  /** Dropped once stored: the queue keeps only what it still has to send. */
  blob?: Blob;
  state: BulkState;
  progress: number;
  /** Order of arrival (also across reloads). */
  seq: number;
  garmentId?: string;
  /** Why it failed, as the server or the network said. */
  error?: { status: number; message: string; code?: string };
  /** Tries that got no answer (network): after a few the photo is listed as failed. */
  attempts: number;
}

/** Network failures retried before the photo is listed as failed. */
export const MAX_NETWORK_TRIES = 5;

export type Outcome =
  | { kind: 'wait'; seconds: number; countsAsTry: boolean }
  | { kind: 'fail'; error: NonNullable<BulkItem['error']> };

/**
 * What to do after an error: wait for a busy or rate-limited server as long as it asks (429, or
 * 503 with Retry-After), back off on a lost connection, give up on anything else.
 */
export function afterError(e: unknown, attempts: number): Outcome {
  const status = e instanceof ApiError ? e.status : 0;
  const retryAfter = e instanceof ApiError ? e.retryAfterS : undefined;
  if (status === 429 || (status === 503 && retryAfter !== undefined)) {
    const fromText = e instanceof Error ? Number(/(\d+)\s*s\b/.exec(e.message)?.[1]) : NaN;
    const seconds = retryAfter ?? (Number.isFinite(fromText) ? fromText : 5);
    return { kind: 'wait', seconds: Math.min(Math.max(seconds, 1), 120), countsAsTry: false };
  }
  if (status === 0 && attempts + 1 < MAX_NETWORK_TRIES)
    return { kind: 'wait', seconds: Math.min(2 ** attempts, 30), countsAsTry: true };
  const message = e instanceof Error ? e.message : String(e);
  const code = e instanceof ApiError ? e.code : undefined;
  return { kind: 'fail', error: { status, message, ...(code ? { code } : {}) } };
}

export interface BulkSummary {
  total: number;
  done: number;
  failed: number;
  active: number;
  /** Done and failed over all, 0..1, with the photos in flight counted by their progress. */
  fraction: number;
}

export function summarize(items: readonly BulkItem[]): BulkSummary {
  let done = 0;
  let failed = 0;
  let active = 0;
  let partial = 0;
  for (const i of items) {
    if (i.state === 'done') done++;
    else if (i.state === 'failed') failed++;
    else if (i.state === 'uploading') {
      active++;
      partial += i.progress * 0.9;
    }
  }
  const total = items.length;
  return { total, done, failed, active, fraction: total ? (done + failed + partial) / total : 0 };
}
