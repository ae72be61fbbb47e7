/**
 * Main-thread side of the inference worker, with dynamic micro-batching: one run is in flight at
 * a time; requests that arrive meanwhile for the same model go together in the next run (the
 * models take a dynamic batch). A lone request runs at once, so batching adds no latency at
 * concurrency 1 and raises throughput under load.
 *
 * A worker that dies (native crash, out of memory, terminated) is replaced: the runs it held fail
 * with ModelUnavailable (503 + Retry-After), and a new worker is started with exponential backoff
 * until one loads the models again. close() is the only way to stop for good.
 */
import type { Worker } from 'node:worker_threads';
import type { ModelKind } from '@fashion/core';
import { ModelUnavailable } from '../errors.ts';
import type { HostMessage, LoadedModelInfo, WorkerInit, WorkerMessage } from './protocol.ts';
import { spawnWorker } from './spawn-worker.ts';

interface Pending {
  kind: ModelKind;
  size: number;
  input: Float32Array;
  resolve(logits: Float32Array): void;
  reject(err: Error): void;
}

interface InFlight {
  items: Pending[];
}

export interface InferenceHostOptions {
  /** Most images per run. */
  maxBatch: number;
  /** First wait before respawning a dead worker, ms (doubles per failed try). */
  respawnMinMs?: number;
  /** Longest wait between respawn tries, ms. */
  respawnMaxMs?: number;
}

/** From source (tsx, vitest) the entry is the .ts file; from the bundle (apps/ml/dist) the .js. */
function workerEntry(): URL {
  const here = import.meta.url;
  return new URL(here.endsWith('.ts') ? './inference-worker.ts' : './inference-worker.js', here);
}

/** Starts a worker and waits until it has loaded and warmed up every model. */
async function startWorker(
  init: WorkerInit,
): Promise<{ worker: Worker; models: LoadedModelInfo[] }> {
  const worker = spawnWorker(workerEntry(), init);
  const models = await new Promise<LoadedModelInfo[]>((resolve, reject) => {
    const onMessage = (m: WorkerMessage) => {
      if (m.type === 'ready') {
        cleanup();
        resolve(m.models);
      }
    };
    const onError = (err: Error) => {
      cleanup();
      reject(new Error(`inference worker failed to start: ${err.message}`));
    };
    const onExit = (code: number) => {
      cleanup();
      reject(new Error(`inference worker exited during start-up (code ${code})`));
    };
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
  return { worker, models };
}

export class InferenceHost {
  private readonly queue: Pending[] = [];
  private readonly inFlight = new Map<number, InFlight>();
  private nextId = 1;
  /** Why no worker serves now (null while one does). */
  private down: string | null = null;
  private closed = false;
  private respawnTimer: NodeJS.Timeout | null = null;
  private failedTries = 0;
  private restartCount = 0;

  private constructor(
    private worker: Worker,
    private readonly init: WorkerInit,
    private readonly options: InferenceHostOptions,
  ) {
    this.attach(worker);
  }

  /** Starts the worker, which loads and warms up every model before this resolves. */
  static async start(
    init: WorkerInit,
    options: InferenceHostOptions,
  ): Promise<{ host: InferenceHost; models: LoadedModelInfo[] }> {
    const { worker, models } = await startWorker(init);
    return { host: new InferenceHost(worker, init, options), models };
  }

  get alive(): boolean {
    return this.down === null;
  }

  /** Workers started to replace dead ones since start-up. */
  get restarts(): number {
    return this.restartCount;
  }

  /** The worker thread serving now (operators and tests may terminate it to test recovery). */
  get thread(): Worker {
    return this.worker;
  }

  /** Logits for one preprocessed image ([3,S,S] float32). */
  infer(kind: ModelKind, size: number, input: Float32Array): Promise<Float32Array> {
    if (this.down) return Promise.reject(this.unavailable(this.down));
    return new Promise((resolve, reject) => {
      this.queue.push({ kind, size, input, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.respawnTimer) clearTimeout(this.respawnTimer);
    this.fail('inference host closed');
    await this.worker.terminate();
  }

  private attach(worker: Worker): void {
    worker.on('message', (m: WorkerMessage) => {
      if (worker === this.worker) this.onMessage(m);
    });
    worker.on('error', (err) => {
      if (worker === this.worker) this.onDeath(`inference worker crashed: ${err.message}`);
    });
    worker.on('exit', (code) => {
      if (worker === this.worker) this.onDeath(`inference worker exited (code ${code})`);
    });
    // An idle worker must not keep the process alive; it is ref'd while work is pending.
    worker.unref();
  }

  private unavailable(reason: string): ModelUnavailable {
    return new ModelUnavailable(reason, this.closed ? undefined : 1);
  }

  private onDeath(reason: string): void {
    if (this.closed || this.down) return;
    this.fail(reason);
    this.scheduleRespawn();
  }

  private scheduleRespawn(): void {
    const min = this.options.respawnMinMs ?? 100;
    const max = this.options.respawnMaxMs ?? 30_000;
    const delay = Math.min(max, min * 2 ** this.failedTries);
    this.respawnTimer = setTimeout(() => void this.respawn(), delay);
    this.respawnTimer.unref();
  }

  private async respawn(): Promise<void> {
    this.respawnTimer = null;
    if (this.closed) return;
    try {
      const { worker, models } = await startWorker(this.init);
      const lost = models.filter((m) => !m.loaded).map((m) => `${m.kind}: ${m.error}`);
      if (this.closed || lost.length > 0) {
        await worker.terminate();
        if (this.closed) return;
        throw new Error(`models failed to load again (${lost.join('; ')})`);
      }
      this.worker = worker;
      this.attach(worker);
      this.failedTries = 0;
      this.restartCount++;
      this.down = null;
      console.warn(`[vision] inference worker replaced (restart ${this.restartCount})`);
    } catch (err) {
      this.failedTries++;
      this.down = `inference worker restarting: ${(err as Error).message}`;
      this.scheduleRespawn();
    }
  }

  private dispatch(): void {
    if (this.inFlight.size > 0 || this.down) return;
    if (this.queue.length === 0) {
      this.worker.unref();
      return;
    }
    this.worker.ref();
    const head = this.queue[0]!;
    const items: Pending[] = [];
    for (let i = 0; i < this.queue.length && items.length < this.options.maxBatch;) {
      const p = this.queue[i]!;
      if (p.kind === head.kind && p.size === head.size) {
        items.push(p);
        this.queue.splice(i, 1);
      } else i++;
    }
    const per = head.input.length;
    const data = new Float32Array(per * items.length);
    items.forEach((p, i) => data.set(p.input, i * per));
    const id = this.nextId++;
    this.inFlight.set(id, { items });
    const message: HostMessage = {
      type: 'run',
      id,
      kind: head.kind,
      size: head.size,
      count: items.length,
      data,
    };
    this.worker.postMessage(message, [data.buffer]);
  }

  private onMessage(m: WorkerMessage): void {
    if (m.type === 'ready') return;
    const run = this.inFlight.get(m.id);
    if (!run) return;
    this.inFlight.delete(m.id);
    if (m.type === 'error') {
      for (const p of run.items) p.reject(new ModelUnavailable(`inference failed: ${m.message}`));
    } else {
      run.items.forEach((p, i) => p.resolve(m.logits.slice(i * m.classes, (i + 1) * m.classes)));
    }
    this.dispatch();
  }

  /** Fails every held run: the dead worker took them (they may be what killed it). */
  private fail(reason: string): void {
    this.down = reason;
    const err = this.unavailable(reason);
    for (const run of this.inFlight.values()) for (const p of run.items) p.reject(err);
    this.inFlight.clear();
    for (const p of this.queue.splice(0)) p.reject(err);
  }
}
