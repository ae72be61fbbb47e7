/**
 * `npm run bench:ml` — the ML serving path, per model (cnn, vit):
 *
 * 1. In-process latency of one classification at batch 1 (decode + preprocess + inference +
 *    colour, i.e. GarmentClassifier.classify) on a 1600×1200 phone JPEG made by upscaling a
 *    fixture photo: p50/p95 over BENCH_N sequential calls, with the decode+preprocess share.
 * 2. The ML service (apps/ml, its own process, run as the Docker image runs it: the esbuild
 *    bundle `node apps/ml/start.js` with MALLOC_ARENA_MAX=2) over HTTP at concurrency 1, 4 and
 *    16: p50 latency and requests/s (autocannon, multipart `imagen`, fixed request counts).
 * 3. The same load on the Python reference server (bench/python_ref/server.py: FastAPI + uvicorn
 *    + PyTorch, same weights, same Pillow preprocessing, 2 torch threads), run in the same bench.
 * 4. Resident memory (VmRSS / peak VmHWM) of both server processes with both models loaded.
 *
 * Goals: TS requests/s ≥ 2× Python's; HTTP adds ≤ 15 % to the in-process p50 at concurrency 1;
 * ML service RSS ≤ 400 MB. Everything is bounded (fixed request counts) and on 127.0.0.1 only.
 * Uses models/ (BENCH_MODELS_DIR to override); without real models it falls back to the tiny
 * test fixtures and says so (those numbers mean nothing).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import type { ModelKind } from '@fashion/core';
import { GarmentClassifier, garmentColor, loadRgb, preprocessRgb } from '@fashion/vision';

interface AutocannonResult {
  latency: { p50: number; p90: number; p99: number };
  requests: { total: number };
  duration: number;
  non2xx: number;
  errors: number;
}
type Autocannon = (opts: {
  url: string;
  method: 'POST';
  headers: Record<string, string>;
  body: Buffer;
  connections: number;
  amount: number;
  timeout?: number;
}) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PYTHON = process.env.PYTHON ?? '/usr/bin/python3';
const N = Number(process.env.BENCH_N ?? 40);
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const LEVELS: { connections: number; amount: number }[] = [
  { connections: 1, amount: Math.round(30 * SCALE) },
  { connections: 4, amount: Math.round(60 * SCALE) },
  { connections: 16, amount: Math.round(128 * SCALE) },
];
const KINDS: ModelKind[] = ['cnn', 'vit'];

function modelFiles(): { dir: string; real: boolean } {
  const dir = process.env.BENCH_MODELS_DIR ?? join(ROOT, 'models');
  if (KINDS.every((k) => existsSync(join(dir, `${k}.onnx`)))) return { dir, real: true };
  return { dir: join(ROOT, 'packages/vision/test/fixtures/tiny-model'), real: false };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function phoneJpeg(): Promise<Buffer> {
  return sharp(join(ROOT, 'fixtures/photos/outwear-2.jpg'))
    .resize(1600, 1200, { fit: 'fill', kernel: 'lanczos3' })
    .jpeg({ quality: 90 })
    .toBuffer();
}

function multipart(image: Buffer): { body: Buffer; type: string } {
  const boundary = '----fashionbench7MA4YWxkTrZu0gW';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="imagen"; filename="phone.jpg"\r\n` +
      'Content-Type: image/jpeg\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    body: Buffer.concat([head, image, tail]),
    type: `multipart/form-data; boundary=${boundary}`,
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** VmRSS and VmHWM (peak) of a process, MB. */
function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
}

async function waitHealthy(url: string, child: ChildProcess, what: string): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/health`);
      const body = (await res.json()) as { model_loaded?: boolean };
      if (res.ok && body.model_loaded) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not become healthy`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await new Promise<void>((resolve) => {
    const t = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, 5000);
    child.once('exit', () => {
      clearTimeout(t);
      resolve();
    });
  });
}

interface InProcess {
  p50: number;
  p95: number;
  prepP50: number;
  colourP50: number;
}

async function inProcess(dir: string, image: Buffer): Promise<Record<ModelKind, InProcess>> {
  const classifier = await GarmentClassifier.start({
    models: { cnn: join(dir, 'cnn.onnx'), vit: join(dir, 'vit.onnx') },
  });
  const out = {} as Record<ModelKind, InProcess>;
  try {
    for (const kind of KINDS) {
      const spec = classifier.status().find((s) => s.kind === kind)!.preprocess!;
      for (let i = 0; i < 3; i++) await classifier.classify(image, kind);
      const total: number[] = [];
      const prep: number[] = [];
      const colour: number[] = [];
      for (let i = 0; i < N; i++) {
        let t = performance.now();
        await classifier.classify(image, kind);
        total.push(performance.now() - t);
        t = performance.now();
        const input = preprocessRgb(await loadRgb(image), spec);
        prep.push(performance.now() - t);
        t = performance.now();
        garmentColor(input);
        colour.push(performance.now() - t);
      }
      for (const a of [total, prep, colour]) a.sort((x, y) => x - y);
      out[kind] = {
        p50: percentile(total, 50),
        p95: percentile(total, 95),
        prepP50: percentile(prep, 50),
        colourP50: percentile(colour, 50),
      };
    }
  } finally {
    await classifier.close();
  }
  return out;
}

interface Level {
  connections: number;
  p50: number;
  rps: number;
  failures: number;
}
interface ServerRun {
  levels: Record<ModelKind, Level[]>;
  idle: { rss: number; peak: number };
  after: { rss: number; peak: number };
  info: string;
}

async function loadServer(
  what: string,
  command: string,
  args: string[],
  env: Record<string, string>,
  image: Buffer,
): Promise<ServerRun> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(command, [...args, ...(what === 'python' ? ['--port', String(port)] : [])], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      ...env,
      PORT: String(port),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitHealthy(url, child, what);
    const health = (await (await fetch(`${url}/health`)).json()) as {
      models: Record<string, { source?: string; preprocess?: unknown }>;
    };
    const idle = memory(child.pid!);
    const { body, type } = multipart(image);
    const levels = {} as Record<ModelKind, Level[]>;
    for (const kind of KINDS) {
      const path = kind === 'cnn' ? '/classify' : '/classify-vit';
      levels[kind] = [];
      // Warm-up outside the measurement (first requests, allocator growth).
      await autocannon({
        url: url + path,
        method: 'POST',
        headers: { 'content-type': type },
        body,
        connections: 2,
        amount: 6,
      });
      for (const level of LEVELS) {
        const r = await autocannon({
          url: url + path,
          method: 'POST',
          headers: { 'content-type': type },
          body,
          connections: level.connections,
          amount: level.amount,
          timeout: 120,
        });
        levels[kind].push({
          connections: level.connections,
          p50: r.latency.p50,
          rps: r.requests.total / r.duration,
          failures: r.non2xx + r.errors,
        });
        process.stderr.write(
          `  ${what} ${kind} c=${level.connections}: p50 ${r.latency.p50} ms, ` +
            `${(r.requests.total / r.duration).toFixed(1)} req/s, failures ${r.non2xx + r.errors}\n`,
        );
      }
    }
    const info = Object.entries(health.models)
      .map(([k, m]) => `${k}: ${m.source ?? JSON.stringify(m.preprocess)}`)
      .join('; ');
    return { levels, idle, after: memory(child.pid!), info };
  } finally {
    await stop(child);
  }
}

const f1 = (x: number) => x.toFixed(1);

async function main(): Promise<void> {
  const { dir, real } = modelFiles();
  const image = await phoneJpeg();
  console.log(
    `ML bench — ${cpus()[0]?.model ?? 'cpu'} × ${availableParallelism()}, Node ${process.version}; ` +
      `models ${dir}${real ? '' : '  *** TINY FIXTURE MODELS: numbers are NOT meaningful ***'}; ` +
      `image 1600×1200 JPEG ${(image.length / 1024).toFixed(0)} KB`,
  );

  process.stderr.write('in-process…\n');
  const local = await inProcess(dir, image);

  const models = { ML_CNN_PATH: join(dir, 'cnn.onnx'), ML_VIT_PATH: join(dir, 'vit.onnx') };
  process.stderr.write('TypeScript ML service (building the production bundle)…\n');
  const build = spawnSync('npm', ['run', 'build', '--workspace', '@fashion/ml'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`npm run build -w @fashion/ml failed: ${build.stderr}`);
  const ts = await loadServer(
    'ts',
    process.execPath,
    [join(ROOT, 'apps/ml/start.js')],
    { ...models, HOST: '127.0.0.1', NODE_ENV: 'production', MALLOC_ARENA_MAX: '2' },
    image,
  );
  process.stderr.write('Python reference server…\n');
  let py: ServerRun | null = null;
  try {
    py = await loadServer(
      'python',
      PYTHON,
      [join(ROOT, 'bench/python_ref/server.py'), '--models', dir],
      {},
      image,
    );
  } catch (err) {
    console.log(`Python reference failed: ${(err as Error).message}`);
  }

  console.log('\nIn-process, batch 1, sequential (ms):');
  console.log('model  p50     p95     decode+preprocess p50  colour p50');
  for (const kind of KINDS) {
    const l = local[kind];
    console.log(
      `${kind.padEnd(6)} ${f1(l.p50).padStart(6)}  ${f1(l.p95).padStart(6)}  ${f1(l.prepP50).padStart(21)}  ${f1(l.colourP50).padStart(10)}`,
    );
  }

  console.log('\nOver HTTP (multipart 1600×1200 JPEG), p50 ms / requests per s:');
  console.log('model  conc   TS p50   TS req/s   Py p50   Py req/s   TS/Py req/s');
  for (const kind of KINDS) {
    ts.levels[kind].forEach((t, i) => {
      const p = py?.levels[kind][i];
      const fail =
        t.failures || p?.failures ? `  (failures TS ${t.failures}, Py ${p?.failures ?? '-'})` : '';
      console.log(
        `${kind.padEnd(6)} ${String(t.connections).padStart(4)}  ${f1(t.p50).padStart(7)}  ${f1(t.rps).padStart(9)}  ` +
          `${p ? f1(p.p50).padStart(7) : '      -'}  ${p ? f1(p.rps).padStart(9) : '        -'}  ` +
          `${p ? `${(t.rps / p.rps).toFixed(2)}×`.padStart(11) : '          -'}${fail}`,
      );
    });
  }

  console.log('\nGoals:');
  for (const kind of KINDS) {
    const overhead = ts.levels[kind][0]!.p50 / local[kind].p50 - 1;
    const best = Math.max(...ts.levels[kind].map((l) => l.rps));
    const pyBest = py ? Math.max(...py.levels[kind].map((l) => l.rps)) : NaN;
    console.log(
      `  ${kind}: HTTP overhead at c=1 ${(overhead * 100).toFixed(1)} % (goal ≤ 15 %); ` +
        `peak req/s TS ${f1(best)} vs Python ${f1(pyBest)} = ${(best / pyBest).toFixed(2)}× (goal ≥ 2×)`,
    );
  }
  console.log(
    `  ML service memory, both models loaded: RSS idle ${ts.idle.rss} MB, after load ${ts.after.rss} MB, ` +
      `peak ${ts.after.peak} MB (goal ≤ 400 MB)`,
  );
  if (py) {
    console.log(
      `  Python reference memory: RSS idle ${py.idle.rss} MB, after load ${py.after.rss} MB, peak ${py.after.peak} MB`,
    );
    console.log(`  Python reference serves: ${py.info}`);
  }
}

await main();
