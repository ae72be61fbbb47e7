/**
 * The garment classifier that both the ML service and the API's in-process adapter run: decode
 * (sharp, HEIC via wasm, EXIF rotation) → the training pipeline's evaluation preprocessing →
 * ONNX inference in a worker thread (sessions created once, warmed up) → softmax top-3, plus the
 * garment's dominant colour. Admission is bounded: past `maxInFlight + maxQueue` requests it
 * refuses with ModelUnavailable (503, Retry-After) rather than queueing without limit.
 */
import { availableParallelism } from 'node:os';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import {
  MODEL_FIGURES,
  MODEL_KINDS,
  type Classification,
  type ModelFigure,
  type ModelKind,
} from '@fashion/core';
import type { DecodeLimits } from './decode.ts';
import { ModelUnavailable } from './errors.ts';
import { garmentColor } from './color/garment-color.ts';
import { Limiter } from './limiter.ts';
import { notGarmentScoreOf } from './ood/not-garment.ts';
import { resolveBundle, type ModelBundle } from './model-bundle.ts';
import { InferenceHost } from './onnx/inference-host.ts';
import { loadModelInput } from './preprocess/load-model-input.ts';
import { toChwTensor } from './preprocess/model-input.ts';
import type { PreprocessSpec } from './preprocess/spec.ts';
import { predictionFromLogits, type Prediction } from './prediction.ts';

/**
 * Intra-op threads per model, measured on 2 vCPUs with non-spinning threads: the int8 CNN runs in
 * about 8 ms, so a second thread's hand-offs cost what it saves at concurrency 1 and, under load,
 * take the core the main thread decodes on (one thread: +8 % req/s at concurrency 16); the ViT's
 * longer runs gain from two (concurrency 1: 26 ms instead of 32). Measured on the shipped int8
 * files: serving the heavier models/float ones, set `intraOpThreads` (ML_THREADS) to 2.
 */
export const DEFAULT_THREADS: Readonly<Partial<Record<ModelKind, number>>> = { cnn: 1, vit: 2 };
/**
 * Admission: requests at once (their bodies read, decoded, waiting for the model), and the upload
 * bytes they may hold together. Each admitted 10 MB camera upload costs about 50 MB while it is
 * parsed and decoded: 64 concurrent such uploads peaked at 2.2 GB RSS when 16 bodies were read
 * before admission, 0.66 GB with 8 admitted, 0.50 GB with 4 (`npx tsx bench/ml-memory.ts`). The
 * byte budget keeps that bound for large uploads while small photos still fill the pipeline
 * (decodes beside a running batch).
 */
export const DEFAULT_MAX_IN_FLIGHT = 16;
export const DEFAULT_MAX_IN_FLIGHT_BYTES = 32 * 1024 * 1024;
/** Threads for a model kind not measured yet. */
const FALLBACK_THREADS = 2;

export interface GarmentClassifierOptions {
  /** ONNX file per model; a missing entry or file leaves that model unloaded (reported in health). */
  models: Partial<Record<ModelKind, string | undefined>>;
  /** onnxruntime intra-op threads for every model (default: DEFAULT_THREADS, capped by the cores). */
  intraOpThreads?: number;
  /** Let idle onnxruntime threads busy-wait (default false: the main thread needs the CPU). */
  allowSpinning?: boolean;
  /** Most images per inference run (dynamic micro-batching). */
  maxBatch?: number;
  /** Requests admitted at once (decoding, preprocessing, waiting for the model). */
  maxInFlight?: number;
  /** Upload bytes admitted at once (one request is always admitted when nothing runs). */
  maxInFlightBytes?: number;
  /** Requests that may wait for admission before new ones are refused. */
  maxQueue?: number;
  /** Decodes at once (bounds memory: a 40 MP PNG is 120 MB of pixels; camera JPEGs shrink as they decode). */
  decodeConcurrency?: number;
  limits?: Partial<DecodeLimits>;
}

export interface ModelStatus {
  kind: ModelKind;
  loaded: boolean;
  path?: string;
  file?: string;
  error?: string;
  preprocess?: PreprocessSpec;
  warmupMs?: number;
}

export type PredictionResult = Prediction & { model: ModelKind; model_file: string };

/**
 * The image, or a reader of it with the size it will have. A reader is called only once the
 * request is admitted, so an HTTP handler passes its body reader here and a refused or waiting
 * request never reads (or holds) its upload: admission bounds the bodies in memory.
 */
export type ImageSource = Uint8Array | { size: number; read(): Promise<Uint8Array> };

interface LoadedModel {
  bundle: ModelBundle;
  spec: PreprocessSpec;
}

export class GarmentClassifier {
  private readonly admission: Limiter;
  private readonly decoding: Limiter;

  private constructor(
    private readonly host: InferenceHost | null,
    private readonly loadedModels: Map<ModelKind, LoadedModel>,
    private readonly statuses: Map<ModelKind, ModelStatus>,
    private readonly options: GarmentClassifierOptions,
  ) {
    const cores = availableParallelism();
    this.admission = new Limiter(
      options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT,
      options.maxQueue ?? 32,
      1,
      options.maxInFlightBytes ?? DEFAULT_MAX_IN_FLIGHT_BYTES,
    );
    this.decoding = new Limiter(options.decodeConcurrency ?? Math.max(1, cores), Infinity);
  }

  /** Resolves model files, starts the inference worker, loads and warms up the sessions. */
  static async start(options: GarmentClassifierOptions): Promise<GarmentClassifier> {
    const statuses = new Map<ModelKind, ModelStatus>();
    const bundles: ModelBundle[] = [];
    for (const kind of MODEL_KINDS) {
      const path = options.models[kind];
      if (!path) {
        statuses.set(kind, { kind, loaded: false, error: 'no model file configured' });
        continue;
      }
      try {
        const bundle = await resolveBundle(kind, path);
        bundles.push(bundle);
        statuses.set(kind, { kind, loaded: false, path, file: bundle.file });
      } catch (err) {
        const file = basename(path);
        statuses.set(kind, { kind, loaded: false, path, file, error: (err as Error).message });
      }
    }
    const loaded = new Map<ModelKind, LoadedModel>();
    let host: InferenceHost | null = null;
    if (bundles.length > 0) {
      try {
        const started = await InferenceHost.start(
          {
            models: bundles.map((b) => ({
              kind: b.kind,
              path: b.onnxPath,
              size: b.spec.size,
              threads:
                options.intraOpThreads ??
                Math.min(DEFAULT_THREADS[b.kind] ?? FALLBACK_THREADS, availableParallelism()),
            })),
            allowSpinning: options.allowSpinning ?? false,
          },
          { maxBatch: options.maxBatch ?? 4 },
        );
        host = started.host;
        for (const info of started.models) {
          const bundle = bundles.find((b) => b.kind === info.kind)!;
          const status = statuses.get(info.kind)!;
          if (!info.loaded) {
            status.error = info.error ?? 'failed to load';
            continue;
          }
          if (info.classes !== bundle.classOrder.length) {
            status.error = `the model has ${info.classes} outputs, expected ${bundle.classOrder.length}`;
            continue;
          }
          // A graph with a fixed input side is the authority on S.
          const spec = { ...bundle.spec, size: info.inputSize ?? bundle.spec.size };
          Object.assign(status, { loaded: true, preprocess: spec, warmupMs: info.warmupMs });
          loaded.set(info.kind, { bundle, spec });
        }
      } catch (err) {
        for (const b of bundles) statuses.get(b.kind)!.error = (err as Error).message;
      }
    }
    return new GarmentClassifier(host, loaded, statuses, options);
  }

  status(): ModelStatus[] {
    return MODEL_KINDS.map((k) => {
      const s = { ...this.statuses.get(k)! };
      if (s.loaded && this.host && !this.host.alive) Object.assign(s, { loaded: false });
      return s;
    });
  }

  isLoaded(kind: ModelKind): boolean {
    return this.loadedModels.has(kind) && this.host !== null && this.host.alive;
  }

  get load(): { active: number; queued: number } {
    return this.admission.load;
  }

  /** Inference workers started to replace dead ones (health reports it). */
  get workerRestarts(): number {
    return this.host?.restarts ?? 0;
  }

  /** The inference worker thread now serving, if any (tests terminate it to prove recovery). */
  get inferenceThread(): Worker | null {
    return this.host?.thread ?? null;
  }

  /** True when a new request would be refused (callers can shed before reading an upload). */
  get saturated(): boolean {
    return this.admission.full;
  }

  /** Class prediction only (what the evaluation measures). */
  async predict(image: ImageSource, kind: ModelKind): Promise<PredictionResult> {
    return (await this.run(image, kind, false)).prediction;
  }

  async classify(image: ImageSource, kind: ModelKind): Promise<Classification> {
    const { prediction, color, notGarment } = await this.run(image, kind, true);
    const { probabilities: _p, ...rest } = prediction;
    return {
      ...rest,
      color: color!.color,
      color_hex: color!.hex,
      no_prenda: notGarment! >= 1,
      no_prenda_score: Math.round(notGarment! * 1000) / 1000,
    };
  }

  async metrics(kind: ModelKind): Promise<Record<string, unknown> | null> {
    const path = this.statuses.get(kind)?.path;
    const bundle = this.loadedModels.get(kind)?.bundle;
    if (!path || !bundle) return null;
    try {
      return JSON.parse(await readFile(bundle.metricsPath, 'utf8')) as Record<string, unknown>;
    } catch {
      return null;
    }
  }

  async confusionMatrix(kind: ModelKind): Promise<Uint8Array | null> {
    const bundle = this.loadedModels.get(kind)?.bundle;
    if (!bundle) return null;
    try {
      return new Uint8Array(await readFile(bundle.confusionPath));
    } catch {
      return null;
    }
  }

  /** A figure PNG from the folder of the loaded models (written by `npm run figures`). */
  async figure(name: ModelFigure): Promise<Uint8Array | null> {
    for (const { bundle } of this.loadedModels.values()) {
      try {
        return new Uint8Array(await readFile(join(dirname(bundle.onnxPath), MODEL_FIGURES[name])));
      } catch {
        // Not in this model's folder; try the next one.
      }
    }
    return null;
  }

  async close(): Promise<void> {
    await this.host?.close();
  }

  private async run(image: ImageSource, kind: ModelKind, withColor: boolean) {
    const model = this.loadedModels.get(kind);
    if (!model || !this.host) {
      const reason = this.statuses.get(kind)?.error ?? 'not loaded';
      throw new ModelUnavailable(`model ${kind} is not loaded: ${reason}`);
    }
    const host = this.host;
    const size = image instanceof Uint8Array ? image.length : image.size;
    return this.admission.run(async () => {
      const bytes = image instanceof Uint8Array ? image : await image.read();
      const input = await this.decoding.run(() =>
        loadModelInput(bytes, model.spec, this.options.limits),
      );
      const logits = host.infer(kind, model.spec.size, toChwTensor([input], model.spec.size));
      // The colour is computed on this thread while the worker runs the model.
      const color = withColor ? garmentColor(input) : null;
      const notGarment = withColor ? notGarmentScoreOf(input) : null;
      const prediction: PredictionResult = {
        ...predictionFromLogits(await logits, model.bundle.classOrder),
        model: kind,
        model_file: model.bundle.file,
      };
      return { prediction, color, notGarment };
    }, size);
  }
}
