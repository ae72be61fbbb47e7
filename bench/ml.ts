/**
 * `npm run bench:ml` — the ML serving path, per model (cnn, vit):
 *
 * 1. In-process latency of one classification at batch 1 (decode + preprocess + inference +
 *    colour, i.e. GarmentClassifier.classify) on a 1600×1200 phone JPEG made by upscaling a
 *    fixture photo: p50/p95 over BENCH_N sequential calls, with the decode+preprocess share.
 * 2. The ML service (apps/ml, its own process, run as the Docker image runs it: the esbuild
 *    bundle `node apps/ml/start.js` with MALLOC_ARENA_MAX=2) over HTTP at concurrency 1, 4 and
 *    16: p50 latency and requests/s (a small keep-alive fetch loop — undici — with that many
 *    requests in flight, multipart `imagen`, a fixed number of requests per level; autocannon's
 *    `amount` runs end on whole-second ticks, too coarse for runs of a few seconds).
 * 3. The same load on the Python reference server (bench/python_ref/server.py: FastAPI + uvicorn
 *    + PyTorch, same weights, same Pillow preprocessing, 2 torch threads), run in the same bench.
 *    The served models/*.onnx are int8, quantized from the float bundle in models/float/: the
 *    Python reference serves those float weights (PyTorch has no int8 path for these models), and
 *    the TypeScript service also runs on the float files ("TS float") to show the engine alone.
 * 4. Resident memory (VmRSS / peak VmHWM) of both server processes with both models loaded.
 *
 * Goals: TS requests/s ≥ 2× Python's; HTTP adds ≤ 15 % to the in-process p50 at concurrency 1;
 * ML service RSS ≤ 400 MB. Everything is bounded (fixed request counts) and on 127.0.0.1 only.
 * Uses models/ (BENCH_MODELS_DIR to override); without real models it falls back to the tiny
 * test fixtures and says so (those numbers mean nothing).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import type { ModelKind } from '@fashion/core';
import { GarmentClassifier, garmentColor, loadModelInput } from '@fashion/vision';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PYTHON = process.env.PYTHON ?? '/usr/bin/python3';
const N = Number(process.env.BENCH_N ?? 40);
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const LEVELS: { connections: number; amount: number }[] = [
  { connections: 1, amount: Math.round(20 * SCALE) },
  { connections: 4, amount: Math.round(40 * SCALE) },
  { connections: 16, amount: Math.round(96 * SCALE) },
];
const KINDS: ModelKind[] = ['cnn', 'vit'];

const hasModels = (dir: string) => KINDS.every((k) => existsSync(join(dir, `${k}.onnx`)));

/** The served bundle and, when there is one, the float bundle it was quantized from. */
function modelFiles(): { dir: string; floatDir: string; real: boolean } {
  const dir = process.env.BENCH_MODELS_DIR ?? join(ROOT, 'models');
  if (hasModels(dir)) {
    const float = join(dir, 'float');
    return { dir, floatDir: hasModels(float) ? float : dir, real: true };
  }
  const tiny = join(ROOT, 'packages/vision/test/fixtures/tiny-model');
  return { dir: tiny, floatDir: tiny, real: false };
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
  /** Class only (no colour): decode + preprocess + inference. */
  predictP50: number;
  prepP50: number;
  colourP50: number;
  /** The same classification through the ML service, measured alternately with the above. */
  httpP50: number;
  /** The raw-body route (`Content-Type: image/jpeg`, POST /classify/:model), alternated too. */
  rawP50: number;
  /** The raw-body requests' Server-Timing: the handler's total, its classification, the read. */
  rawHandlerP50: number;
  rawClassifyP50: number;
  rawReadP50: number;
  /** Fastest of each: the least disturbed by other load on a shared machine. */
  min: number;
  httpMin: number;
}

interface Server {
  url: string;
  child: ChildProcess;
  info: string;
}

async function startServer(
  what: string,
  command: string,
  args: (port: number) => string[],
  env: Record<string, string>,
): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(command, args(port), {
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
  } catch (err) {
    await stop(child);
    throw err;
  }
  const health = (await (await fetch(`${url}/health`)).json()) as {
    models: Record<string, { source?: string; preprocess?: unknown }>;
  };
  const info = Object.entries(health.models)
    .map(([k, m]) => `${k}: ${m.source ?? JSON.stringify(m.preprocess)}`)
    .join('; ');
  return { url, child, info };
}

const PATHS: Record<ModelKind, string> = { cnn: '/classify', vit: '/classify-vit' };

/** The service's own Server-Timing durations (ms) of one answer: read, classify, total. */
type ServerTiming = Partial<Record<'read' | 'classify' | 'total', number>>;

function serverTiming(header: string | null): ServerTiming {
  const out: ServerTiming = {};
  for (const part of header?.split(',') ?? []) {
    const [name, ...params] = part.trim().split(';');
    const dur = params.find((p) => p.startsWith('dur='));
    if (dur && (name === 'read' || name === 'classify' || name === 'total'))
      out[name] = Number(dur.slice(4));
  }
  return out;
}

async function postOnce(url: string, body: Buffer, type: string): Promise<ServerTiming> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': type },
    body: new Uint8Array(body),
  });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  await res.json();
  return serverTiming(res.headers.get('server-timing'));
}

/**
 * In-process latencies, and the service's latency at concurrency 1 measured alternately with
 * them (so that load from other processes on the machine hits both alike).
 */
async function inProcess(
  dir: string,
  image: Buffer,
  service: Server,
): Promise<Record<ModelKind, InProcess>> {
  const classifier = await GarmentClassifier.start({
    models: { cnn: join(dir, 'cnn.onnx'), vit: join(dir, 'vit.onnx') },
  });
  const { body, type } = multipart(image);
  const out = {} as Record<ModelKind, InProcess>;
  try {
    for (const kind of KINDS) {
      const spec = classifier.status().find((s) => s.kind === kind)!.preprocess!;
      const url = service.url + PATHS[kind];
      // The same image as the raw request body (no multipart envelope to build and parse).
      const rawUrl = `${service.url}/classify/${kind}`;
      for (let i = 0; i < 3; i++) {
        await classifier.classify(image, kind);
        await postOnce(url, body, type);
        await postOnce(rawUrl, image, 'image/jpeg');
      }
      const total: number[] = [];
      const predict: number[] = [];
      const http: number[] = [];
      const raw: number[] = [];
      const prep: number[] = [];
      const colour: number[] = [];
      // The raw-body requests as the service timed them.
      const handler: number[] = [];
      const served: number[] = [];
      const read: number[] = [];
      for (let i = 0; i < N; i++) {
        let t = performance.now();
        await classifier.classify(image, kind);
        total.push(performance.now() - t);
        t = performance.now();
        await postOnce(url, body, type);
        http.push(performance.now() - t);
        t = performance.now();
        const timing = await postOnce(rawUrl, image, 'image/jpeg');
        raw.push(performance.now() - t);
        handler.push(timing.total ?? NaN);
        served.push(timing.classify ?? NaN);
        read.push(timing.read ?? NaN);
        t = performance.now();
        await classifier.predict(image, kind);
        predict.push(performance.now() - t);
        t = performance.now();
        const input = await loadModelInput(image, spec);
        prep.push(performance.now() - t);
        t = performance.now();
        garmentColor(input);
        colour.push(performance.now() - t);
      }
      for (const a of [total, predict, http, raw, prep, colour, handler, served, read])
        a.sort((x, y) => x - y);
      out[kind] = {
        p50: percentile(total, 50),
        p95: percentile(total, 95),
        predictP50: percentile(predict, 50),
        prepP50: percentile(prep, 50),
        colourP50: percentile(colour, 50),
        httpP50: percentile(http, 50),
        rawP50: percentile(raw, 50),
        rawHandlerP50: percentile(handler, 50),
        rawClassifyP50: percentile(served, 50),
        rawReadP50: percentile(read, 50),
        min: total[0]!,
        httpMin: http[0]!,
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

/** `amount` requests with `connections` in flight; latency of each, wall time of all. */
async function fire(
  url: string,
  body: Buffer,
  type: string,
  connections: number,
  amount: number,
): Promise<{ p50: number; rps: number; failures: number }> {
  const payload = new Uint8Array(body);
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < amount) {
        next++;
        const t = performance.now();
        try {
          const res = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': type },
            body: payload,
          });
          await res.arrayBuffer();
          if (!res.ok) failures++;
        } catch {
          failures++;
        }
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((x, y) => x - y);
  return { p50: percentile(latencies, 50), rps: amount / seconds, failures };
}

interface ServerRun {
  levels: Record<ModelKind, Level[]>;
  idle: { rss: number; peak: number };
  after: { rss: number; peak: number };
  info: string;
}

const f1 = (x: number) => x.toFixed(1);

async function main(): Promise<void> {
  // As in the service (apps/ml/src/main.ts): no libvips operation cache, which would otherwise
  // serve the in-process runs the decoded copy of the very same bench image.
  sharp.cache(false);
  const { dir, floatDir, real } = modelFiles();
  const image = await phoneJpeg();
  console.log(
    `ML bench — ${cpus()[0]?.model ?? 'cpu'} × ${availableParallelism()}, Node ${process.version}; ` +
      `models ${dir}${real ? '' : '  *** TINY FIXTURE MODELS: numbers are NOT meaningful ***'}; ` +
      `image 1600×1200 JPEG ${(image.length / 1024).toFixed(0)} KB`,
  );

  const modelEnv = (d: string) => ({
    ML_CNN_PATH: join(d, 'cnn.onnx'),
    ML_VIT_PATH: join(d, 'vit.onnx'),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    MALLOC_ARENA_MAX: '2',
  });
  process.stderr.write('TypeScript ML service (building the production bundle)…\n');
  const build = spawnSync('npm', ['run', 'build', '--workspace', '@fashion/ml'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`npm run build -w @fashion/ml failed: ${build.stderr}`);
  const servers: { label: string; server: Server; scale: number }[] = [];
  try {
    const tsService = (d: string) =>
      startServer('ts', process.execPath, () => [join(ROOT, 'apps/ml/start.js')], modelEnv(d));
    const service = await tsService(dir);
    servers.push({ label: 'ts', server: service, scale: 1 });
    const tsIdle = memory(service.child.pid!);
    process.stderr.write('in-process vs HTTP at concurrency 1…\n');
    const local = await inProcess(dir, image, service);
    const floatService = floatDir === dir ? null : await tsService(floatDir);
    if (floatService) servers.push({ label: 'ts-float', server: floatService, scale: 0.5 });

    // The Python reference twice: tuned (OpenMP threads yield, like our onnxruntime threads) and
    // as a typical deployment leaves it (OpenMP default: idle threads spin; fewer requests, as it
    // can be very slow on a busy machine).
    const python = async (label: string, flags: string[], scale: number) => {
      process.stderr.write(`Python reference server (${label})…\n`);
      try {
        const server = await startServer(
          'python',
          PYTHON,
          (port) => [
            join(ROOT, 'bench/python_ref/server.py'),
            '--models',
            floatDir,
            '--port',
            String(port),
            ...flags,
          ],
          {},
        );
        servers.push({ label, server, scale });
        return server;
      } catch (err) {
        // No comparison without the reference: stop (exit 1) rather than print NaN×.
        throw new Error(
          `the Python reference (${label}) cannot run, so there is nothing to compare with: ` +
            `${(err as Error).message}\n  It needs ${PYTHON} with torch, numpy, Pillow, onnx, fastapi, ` +
            `uvicorn and python-multipart (Debian: apt-get install python3-torch python3-numpy ` +
            `python3-pil python3-onnx python3-fastapi python3-uvicorn python3-multipart).`,
        );
      }
    };
    const pyServer = await python('py', [], 1);
    await python('py-openmp-default', ['--openmp-default'], 0.25);
    const pyIdle = pyServer ? memory(pyServer.child.pid!) : null;

    // Servers take turns level by level, ROUNDS times: load from other processes on a shared
    // machine drifts, and alternating spreads it over all of them; medians are reported.
    const results = new Map<string, Record<ModelKind, Level[][]>>();
    const { body, type } = multipart(image);
    for (const { label, server } of servers) {
      results.set(label, { cnn: LEVELS.map(() => []), vit: LEVELS.map(() => []) });
      for (const kind of KINDS) await fire(server.url + PATHS[kind], body, type, 2, 6); // warm-up
    }
    for (let round = 0; round < ROUNDS; round++) {
      for (const kind of KINDS) {
        for (const [i, level] of LEVELS.entries()) {
          for (const { label, server, scale } of servers) {
            const amount = Math.max(level.connections * 2, Math.round(level.amount * scale));
            const r = await fire(server.url + PATHS[kind], body, type, level.connections, amount);
            results.get(label)![kind][i]!.push({ connections: level.connections, ...r });
            process.stderr.write(
              `  round ${round + 1} ${label} ${kind} c=${level.connections}: p50 ${f1(r.p50)} ms, ` +
                `${f1(r.rps)} req/s, failures ${r.failures}\n`,
            );
          }
        }
      }
    }
    const median = (runs: Level[]): Level => {
      const by = (key: 'p50' | 'rps') =>
        [...runs].sort((x, y) => x[key] - y[key])[runs.length >> 1]![key];
      return {
        connections: runs[0]!.connections,
        p50: by('p50'),
        rps: by('rps'),
        failures: runs.reduce((n, r) => n + r.failures, 0),
      };
    };
    const summary = (label: string): Record<ModelKind, Level[]> | null => {
      const r = results.get(label);
      return r ? { cnn: r.cnn.map(median), vit: r.vit.map(median) } : null;
    };
    const ts: ServerRun = {
      levels: summary('ts')!,
      idle: tsIdle,
      after: memory(service.child.pid!),
      info: service.info,
    };
    const py: ServerRun | null = pyServer
      ? {
          levels: summary('py')!,
          idle: pyIdle!,
          after: memory(pyServer.child.pid!),
          info: pyServer.info,
        }
      : null;
    const pyDefault = summary('py-openmp-default');
    report(local, ts, py, pyDefault, summary('ts-float'));
  } finally {
    for (const { server } of servers) await stop(server.child);
  }
}

function report(
  local: Record<ModelKind, InProcess>,
  ts: ServerRun,
  py: ServerRun | null,
  pyDefaultLevels: Record<ModelKind, Level[]> | null,
  tsFloat: Record<ModelKind, Level[]> | null,
): void {
  console.log('\nBatch 1, one request at a time (ms; in-process and HTTP measured alternately):');
  console.log(
    'model  classify p50   p95   min   class-only p50   decode+preprocess p50   colour p50   HTTP c=1 p50   min   HTTP overhead p50 / min   raw-body HTTP p50',
  );
  const pct = (a: number, b: number) => `${((a / b - 1) * 100).toFixed(1)} %`;
  for (const kind of KINDS) {
    const l = local[kind];
    console.log(
      `${kind.padEnd(6)} ${f1(l.p50).padStart(12)} ${f1(l.p95).padStart(5)} ${f1(l.min).padStart(5)} ` +
        `${f1(l.predictP50).padStart(16)} ${f1(l.prepP50).padStart(23)} ${f1(l.colourP50).padStart(12)} ` +
        `${f1(l.httpP50).padStart(14)} ${f1(l.httpMin).padStart(5)}   ` +
        `${pct(l.httpP50, l.p50)} / ${pct(l.httpMin, l.min)}   ${f1(l.rawP50)} (${pct(l.rawP50, l.p50)})`,
    );
  }

  console.log(
    "\nWhere the raw-body request's time goes (p50 ms; the service's Server-Timing): client-measured," +
      ' in the handler, of which the classification and the body read; outside the handler' +
      ' (loopback, Node HTTP, Hono, fetch) = client − handler; classification in the service − in-process:',
  );
  for (const kind of KINDS) {
    const l = local[kind];
    console.log(
      `${kind.padEnd(6)} client ${f1(l.rawP50)}  handler ${f1(l.rawHandlerP50)}  classify ${f1(l.rawClassifyP50)}` +
        `  read ${f1(l.rawReadP50)}  outside ${f1(l.rawP50 - l.rawHandlerP50)}` +
        `  service − in-process ${f1(l.rawClassifyP50 - l.p50)}`,
    );
  }

  console.log('\nOver HTTP (multipart 1600×1200 JPEG), p50 ms / requests per s:');
  console.log(
    'model  conc   TS p50   TS req/s   Py p50   Py req/s   TS/Py req/s   Py(OpenMP default) p50   req/s   TS/Py' +
      '   TS float p50   req/s   TS float/Py',
  );
  for (const kind of KINDS) {
    ts.levels[kind].forEach((t, i) => {
      const p = py?.levels[kind][i];
      const d = pyDefaultLevels?.[kind][i];
      const fl = tsFloat?.[kind][i];
      const failures = t.failures + (p?.failures ?? 0) + (d?.failures ?? 0) + (fl?.failures ?? 0);
      const cell = (x: number | undefined, width: number) =>
        (x === undefined ? '-' : f1(x)).padStart(width);
      const ratio = (x: Level | undefined, width: number, of: Level | undefined = t) =>
        (x && of ? `${(of.rps / x.rps).toFixed(2)}×` : '-').padStart(width);
      console.log(
        `${kind.padEnd(6)} ${String(t.connections).padStart(4)}  ${f1(t.p50).padStart(7)}  ${f1(t.rps).padStart(9)}  ` +
          `${cell(p?.p50, 7)}  ${cell(p?.rps, 9)}  ${ratio(p, 11)}   ${cell(d?.p50, 22)}  ${cell(d?.rps, 6)}  ${ratio(d, 6)}` +
          `   ${cell(fl?.p50, 12)}  ${cell(fl?.rps, 6)}  ${ratio(p, 12, fl)}` +
          (failures ? `  (failures: ${failures})` : ''),
      );
    });
  }

  console.log('\nGoals:');
  for (const kind of KINDS) {
    const overhead = local[kind].httpP50 / local[kind].p50 - 1;
    const peak = (levels: Record<ModelKind, Level[]> | null | undefined) =>
      levels ? Math.max(...levels[kind].map((l) => l.rps)) : NaN;
    const [best, python, pythonDefault, float] = [
      peak(ts.levels),
      peak(py?.levels),
      peak(pyDefaultLevels),
      peak(tsFloat),
    ];
    // The goal is judged against whichever Python configuration served this model faster.
    const bestPython = Math.max(python, Number.isNaN(pythonDefault) ? 0 : pythonDefault);
    console.log(
      `  ${kind}: HTTP overhead at c=1 ${(overhead * 100).toFixed(1)} % multipart, ` +
        `${((local[kind].rawP50 / local[kind].p50 - 1) * 100).toFixed(1)} % raw body (goal ≤ 15 %); ` +
        `peak req/s TS ${f1(best)} vs Python ${f1(python)} (PASSIVE) = ${(best / python).toFixed(2)}×, ` +
        `vs ${f1(pythonDefault)} (OpenMP default) = ${(best / pythonDefault).toFixed(2)}×; ` +
        `vs the faster Python ${(best / bestPython).toFixed(2)}× (goal ≥ 2×); ` +
        `TS on the float files ${f1(float)} = ${(float / bestPython).toFixed(2)}× the faster Python`,
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
    console.log(`  TypeScript service serves: ${ts.info}`);
  }
  console.log(
    `  Both servers reduce this camera-sized JPEG while decoding (libjpeg DCT scaling): the TypeScript ` +
      `service with sharp's shrink-on-load and a linear reduce, the Python reference with Pillow's ` +
      `draft() and its bilinear resize.`,
  );
}

try {
  await main();
} catch (err) {
  console.error(`bench:ml stopped: ${(err as Error).message}`);
  process.exit(1);
}
