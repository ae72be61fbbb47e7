/**
 * The inference worker: owns the ONNX sessions. onnxruntime-node runs a session synchronously on
 * the calling thread, so inference lives here and the main thread stays free to decode and
 * preprocess the next requests (and to answer health checks) while a model runs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import * as ort from 'onnxruntime-node';
import type { ModelKind } from '@fashion/core';
import type {
  HostMessage,
  LoadedModelInfo,
  WorkerInit,
  WorkerMessage,
  WorkerModelSpec,
} from './protocol.ts';

const port = parentPort;
if (!port) throw new Error('inference-worker must run in a worker thread');
const init = workerData as WorkerInit;
const sessions = new Map<ModelKind, ort.InferenceSession>();

function post(message: WorkerMessage, transfer: ArrayBuffer[] = []): void {
  port!.postMessage(message, transfer);
}

function staticSize(session: ort.InferenceSession): number | undefined {
  const meta = session.inputMetadata[0];
  if (!meta?.isTensor) return undefined;
  const s = meta.shape[3];
  return typeof s === 'number' && s > 0 ? s : undefined;
}

async function load({ kind, path, size, threads }: WorkerModelSpec): Promise<LoadedModelInfo> {
  try {
    const session = await ort.InferenceSession.create(path, {
      intraOpNumThreads: threads,
      interOpNumThreads: 1,
      executionMode: 'sequential',
      graphOptimizationLevel: 'all',
      // Idle pool threads spin by default, burning the CPU the main thread needs for decoding
      // and preprocessing (measured on 2 vCPUs: spinning made both latency and throughput worse).
      extra: { session: { intra_op: { allow_spinning: init.allowSpinning ? '1' : '0' } } },
    });
    if (!session.inputNames.includes('input') || !session.outputNames.includes('logits')) {
      throw new Error(
        `expected input "input" and output "logits", found ${session.inputNames.join(',')} → ${session.outputNames.join(',')}`,
      );
    }
    const inputSize = staticSize(session) ?? size;
    // Warm-up: the first run allocates and tunes kernels; do it before the first request.
    const started = performance.now();
    const out = await session.run({
      input: new ort.Tensor('float32', new Float32Array(3 * inputSize * inputSize), [
        1,
        3,
        inputSize,
        inputSize,
      ]),
    });
    const warmupMs = performance.now() - started;
    const classes = out.logits!.dims[1] ?? 0;
    sessions.set(kind, session);
    return { kind, loaded: true, inputSize: staticSize(session), classes, warmupMs };
  } catch (err) {
    return { kind, loaded: false, error: (err as Error).message.split('\n')[0] };
  }
}

async function run(message: HostMessage): Promise<void> {
  const session = sessions.get(message.kind);
  try {
    if (!session) throw new Error(`model ${message.kind} is not loaded`);
    const { size, count } = message;
    const out = await session.run({
      input: new ort.Tensor('float32', message.data, [count, 3, size, size]),
    });
    const logits = out.logits!;
    const data = Float32Array.from(logits.data as Float32Array);
    post({ type: 'result', id: message.id, logits: data, classes: logits.dims[1] ?? 0 }, [
      data.buffer as ArrayBuffer,
    ]);
  } catch (err) {
    post({ type: 'error', id: message.id, message: (err as Error).message.split('\n')[0] ?? '' });
  }
}

// Runs are processed one at a time, in arrival order: one model uses the cores at a time.
let chain: Promise<void> = Promise.resolve();
port.on('message', (message: HostMessage) => {
  chain = chain.then(() => run(message));
});

const models: LoadedModelInfo[] = [];
for (const m of init.models) models.push(await load(m));
post({ type: 'ready', models });
