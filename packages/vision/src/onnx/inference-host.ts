/**
 * Main-thread side of the inference worker, with dynamic micro-batching: one run is in flight at
 * a time; requests that arrive meanwhile for the same model go together in the next run (the
 * models take a dynamic batch). A lone request runs at once, so batching adds no latency at
 * concurrency 1 and raises throughput under load.
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
}

export class InferenceHost {
  private readonly queue: Pending[] = [];
  private readonly inFlight = new Map<number, InFlight>();
  private nextId = 1;
  private dead: string | null = null;

  private constructor(
    private readonly worker: Worker,
    private readonly options: InferenceHostOptions,
  ) {
    worker.on('message', (m: WorkerMessage) => this.onMessage(m));
    worker.on('error', (err) => this.fail(`inference worker crashed: ${err.message}`));
    worker.on('exit', (code) => this.fail(`inference worker exited (code ${code})`));
    // An idle worker must not keep the process alive; it is ref'd while work is pending.
    worker.unref();
  }

  /** Starts the worker, which loads and warms up every model before this resolves. */
  static async start(
    init: WorkerInit,
    options: InferenceHostOptions,
  ): Promise<{ host: InferenceHost; models: LoadedModelInfo[] }> {
    // From source (tsx, vitest) the entry is the .ts file; from the production bundle
    // (apps/ml/dist) it is the inference-worker.js built beside it.
    const here = import.meta.url;
    const entry = new URL(
      here.endsWith('.ts') ? './inference-worker.ts' : './inference-worker.js',
      here,
    );
    const worker = spawnWorker(entry, init);
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
    return { host: new InferenceHost(worker, options), models };
  }

  get alive(): boolean {
    return this.dead === null;
  }

  /** Logits for one preprocessed image ([3,S,S] float32). */
  infer(kind: ModelKind, size: number, input: Float32Array): Promise<Float32Array> {
    if (this.dead) return Promise.reject(new ModelUnavailable(this.dead));
    return new Promise((resolve, reject) => {
      this.queue.push({ kind, size, input, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    if (this.dead) return;
    this.fail('inference host closed');
    await this.worker.terminate();
  }

  private dispatch(): void {
    if (this.inFlight.size > 0) return;
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

  private fail(reason: string): void {
    if (this.dead) return;
    this.dead = reason;
    const err = new ModelUnavailable(reason);
    for (const run of this.inFlight.values()) for (const p of run.items) p.reject(err);
    this.inFlight.clear();
    for (const p of this.queue.splice(0)) p.reject(err);
  }
}
