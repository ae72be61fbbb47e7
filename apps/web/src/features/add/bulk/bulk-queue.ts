/**
 * The bulk upload queue: one per page (not per screen), so leaving /add and coming back neither
 * stops it nor starts a photo twice. Sends a few photos at a time to POST /api/prendas/upload
 * (the server classifies and stores each), waits when the server asks, persists every state
 * change, and resumes after a reload.
 */
import { uploadGarment } from '../../../api/garments.ts';
import { newIdempotencyKey } from '../../../lib/idempotency.ts';
import { afterError } from './bulk-item.ts';
import type { BulkItem } from './bulk-item.ts';
import { deleteItems, loadItems, loadPaused, putItem, savePaused } from './bulk-store.ts';

/** Photos in flight at once: the server classifies two at a time on few cores. */
const CONCURRENCY = 2;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class BulkQueue {
  private recs = new Map<string, BulkItem>();
  private running = new Set<string>();
  private listeners = new Set<() => void>();
  private snapshot: { items: BulkItem[]; paused: boolean; loaded: boolean } = {
    items: [],
    paused: false,
    loaded: false,
  };
  private seq = 0;
  private paused = false;
  private loaded = false;
  /**
   * Writes to IndexedDB, one after another, each of the record as it is when written (or its
   * removal): a slow write of an old state can never land after a newer one.
   */
  private writes: Promise<unknown> = Promise.resolve();
  /** Told when a photo was stored (the wardrobe's lists are then stale). */
  onStored: (() => void) | undefined;

  constructor() {
    this.paused = loadPaused();
    void this.load();
  }

  private async load() {
    try {
      const saved = await loadItems();
      const fresh = [...this.recs.values()];
      this.recs.clear();
      // A photo cut off mid-send goes again, with its key: the server answers with what it stored.
      for (const i of saved)
        this.recs.set(i.id, i.state === 'uploading' ? { ...i, state: 'waiting', progress: 0 } : i);
      for (const i of fresh) this.recs.set(i.id, i);
      this.seq = Math.max(0, ...[...this.recs.values()].map((i) => i.seq));
    } catch {
      /* no IndexedDB (private mode): the queue still works for this page */
    }
    this.loaded = true;
    this.changed();
  }

  subscribe = (fn: () => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  getSnapshot = () => this.snapshot;

  private changed() {
    this.snapshot = { items: [...this.recs.values()], paused: this.paused, loaded: this.loaded };
    for (const fn of this.listeners) fn();
    this.pump();
  }

  private persist(id: string) {
    this.writes = this.writes
      .then(() => {
        const cur = this.recs.get(id);
        return cur ? putItem(cur) : deleteItems([id]);
      })
      .catch(() => {});
  }

  /** Resolves once every write asked for so far is done. */
  flushed(): Promise<unknown> {
    return this.writes;
  }

  private update(id: string, patch: Partial<BulkItem>, persist = true) {
    const cur = this.recs.get(id);
    if (!cur) return undefined;
    const next = { ...cur, ...patch };
    this.recs.set(id, next);
    if (persist) this.persist(id);
    this.changed();
    return next;
  }

  add(files: readonly { blob: Blob; name: string }[]) {
    const created: BulkItem[] = files.map((f) => {
      this.seq += 1;
      return {
        id: `bulk-${Date.now().toString(36)}-${this.seq}`,
        key: newIdempotencyKey(),
        name: f.name,
        blob: f.blob,
        state: 'waiting',
        progress: 0,
        seq: this.seq,
        attempts: 0,
      };
    });
    for (const i of created) {
      this.recs.set(i.id, i);
      this.persist(i.id);
    }
    this.changed();
  }

  setPaused(p: boolean) {
    this.paused = p;
    savePaused(p);
    this.changed();
  }

  /** Failed photos go again; a server that answered stored nothing, so they get a new key. */
  retry(ids?: readonly string[]) {
    for (const i of this.recs.values()) {
      if (i.state !== 'failed' || (ids && !ids.includes(i.id))) continue;
      this.update(i.id, {
        state: 'waiting',
        attempts: 0,
        progress: 0,
        error: undefined,
        ...(i.error?.status ? { key: newIdempotencyKey() } : {}),
      });
    }
  }

  /** Forgets finished and failed photos (what was stored stays in the wardrobe). */
  clearFinished() {
    const gone = [...this.recs.values()].filter((i) => i.state === 'done' || i.state === 'failed');
    for (const i of gone) {
      this.recs.delete(i.id);
      this.persist(i.id);
    }
    this.changed();
  }

  private pump() {
    if (!this.loaded || this.paused) return;
    for (const i of this.recs.values()) {
      if (this.running.size >= CONCURRENCY) return;
      if (i.state === 'waiting' && !this.running.has(i.id)) void this.send(i.id);
    }
  }

  private async send(id: string) {
    this.running.add(id);
    try {
      let item = this.update(id, { state: 'uploading', progress: 0 });
      while (item) {
        if (!item.blob) {
          this.update(id, {
            state: 'failed',
            error: { status: 0, message: 'the photo is no longer in this browser' },
          });
          return;
        }
        try {
          const g = await uploadGarment(
            item.blob,
            item.name,
            {},
            (p) => this.update(id, { progress: p }, false),
            item.key,
          );
          const cur = this.recs.get(id);
          if (!cur) return;
          // Stored: the photo itself is no longer needed here.
          const { blob: _sent, ...rest } = cur;
          this.recs.set(id, { ...rest, state: 'done', progress: 1, garmentId: g._id });
          this.persist(id);
          this.onStored?.();
          return;
        } catch (e) {
          const o = afterError(e, item.attempts);
          if (o.kind === 'fail') {
            this.update(id, { state: 'failed', error: o.error });
            return;
          }
          this.update(id, { progress: 0, attempts: item.attempts + (o.countsAsTry ? 1 : 0) });
          await sleep(o.seconds * 1000);
          if (this.paused) {
            this.update(id, { state: 'waiting' });
            return;
          }
          item = this.recs.get(id);
        }
      }
    } finally {
      this.running.delete(id);
      this.changed();
    }
  }
}

let queue: BulkQueue | undefined;
/** The page's one queue, made on first use (IndexedDB is read then). */
export const bulkQueue = () => (queue ??= new BulkQueue());
