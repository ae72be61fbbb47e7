/** Messages between the inference host (main thread) and the inference worker. */
import type { ModelKind } from '@fashion/core';

export interface WorkerModelSpec {
  kind: ModelKind;
  path: string;
  /** Input side to warm up with when the graph leaves it dynamic (from preprocess.json). */
  size: number;
  /** onnxruntime intra-op threads for this model's session. */
  threads: number;
}

export interface WorkerInit {
  models: WorkerModelSpec[];
  /** Let idle onnxruntime pool threads busy-wait for work (off: they yield the CPU). */
  allowSpinning: boolean;
}

export interface LoadedModelInfo {
  kind: ModelKind;
  loaded: boolean;
  error?: string;
  /** Static S of the [N,3,S,S] input, when the graph fixes it. */
  inputSize?: number;
  classes?: number;
  /** Warm-up inference time, ms. */
  warmupMs?: number;
}

export type HostMessage = {
  type: 'run';
  id: number;
  kind: ModelKind;
  size: number;
  count: number;
  data: Float32Array;
};

export type WorkerMessage =
  | { type: 'ready'; models: LoadedModelInfo[] }
  | { type: 'result'; id: number; logits: Float32Array; classes: number }
  | { type: 'error'; id: number; message: string };
