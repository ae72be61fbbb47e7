/**
 * `npm run bench:memory` — does memory stay bounded when many large photos arrive at once?
 *
 * 1. Makes a 12 MP (4000×3000) camera-like JPEG of about 9.9 MB (a fixture photo plus noise).
 * 2. API: starts the real server (apps/server/src/main.ts, embedded: SQLite + image folder +
 *    in-process models) in its own Node process on a temp DATA_DIR, then sends 50 concurrent
 *    `POST /api/prendas/upload` of that photo.
 * 3. ML service: starts apps/ml/src/main.ts in its own process and sends 64 concurrent
 *    `POST /classify` of the same photo.
 *
 * For each process it samples /proc/<pid>/status (VmRSS every 50 ms, VmHWM at the end) and
 * reports: RSS before the burst, peak RSS, the answers by status (the share of 503 `busy`), how
 * fast the 503s came, RSS after 20 s idle, and for the API that every 201 is a stored garment.
 * Options (environment): BENCH_UPLOADS (50), BENCH_ML_REQUESTS (64), BENCH_IDLE_S (20),
 * BENCH_SKIP_ML=1, BENCH_SKIP_API=1. Linux only (/proc).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const UPLOADS = Number(process.env.BENCH_UPLOADS ?? 50);
const ML_REQUESTS = Number(process.env.BENCH_ML_REQUESTS ?? 64);
const IDLE_S = Number(process.env.BENCH_IDLE_S ?? 20);
const MB = 1024 * 1024;

/** A 4000×3000 JPEG just under the 10 MB upload limit: noise defeats compression. */
async function cameraJpeg(maxBytes = 10 * MB - 64 * 1024): Promise<Buffer> {
  const width = 4000;
  const height = 3000;
  const base = await sharp(join(ROOT, 'fixtures/photos/shirt-1.jpg'))
    .resize(width, height, { fit: 'cover' })
    .removeAlpha()
    .raw()
    .toBuffer();
  let seed = 7;
  const noise = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return (seed >> 16) & 0xff;
  };
  let best: Buffer | undefined;
  for (const amplitude of [4, 8, 12, 16, 20, 24, 28, 32]) {
    const px = Buffer.from(base);
    for (let i = 0; i < px.length; i++) {
      px[i] = Math.max(0, Math.min(255, px[i]! + ((noise() * amplitude) >> 8) - (amplitude >> 1)));
    }
    const jpg = await sharp(px, { raw: { width, height, channels: 3 } })
      .jpeg({ quality: 95, chromaSubsampling: '4:4:4' })
      .toBuffer();
    if (jpg.length > maxBytes) break;
    best = jpg;
  }
  if (!best) throw new Error('could not make a photo under the limit');
  return best;
}

interface Started {
  url: string;
  child: ChildProcess;
}

/** Runs a TypeScript entry in ONE Node process (no tsx wrapper), so its pid is the server's. */
function start(script: string, env: Record<string, string>): Promise<Started> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, script)], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let seen = '';
    child.stdout!.on('data', (d: Buffer) => {
      seen += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(seen);
      if (m?.[1]) resolve({ url: m[1].replace('localhost', '127.0.0.1'), child });
      if (seen.length > 10_000) seen = seen.slice(-1000);
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

function procStatus(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const text = readFileSync(`/proc/${pid}/status`, 'utf8');
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
  return m ? Number(m[1]) * 1024 : NaN;
}

/** Samples VmRSS every 50 ms until stopped; returns the highest sample. */
function sampleRss(pid: number) {
  let peak = 0;
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, procStatus(pid, 'VmRSS'));
    } catch {
      // the process has exited
    }
  }, 50);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

interface Outcome {
  status: number;
  ms: number;
  code?: string;
  retryAfter: string | null;
}

async function burst(n: number, send: () => Promise<Response>): Promise<Outcome[]> {
  return Promise.all(
    Array.from({ length: n }, async () => {
      const t0 = performance.now();
      try {
        const res = await send();
        const text = await res.text();
        let code: string | undefined;
        try {
          code = (JSON.parse(text) as { code?: string }).code;
        } catch {
          // not JSON
        }
        return {
          status: res.status,
          ms: performance.now() - t0,
          retryAfter: res.headers.get('retry-after'),
          ...(code ? { code } : {}),
        };
      } catch {
        return { status: 0, ms: performance.now() - t0, retryAfter: null };
      }
    }),
  );
}

const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;
const median = (xs: number[]) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

function summarize(label: string, outcomes: Outcome[]): Record<string, string | number> {
  const byStatus: Record<string, number> = {};
  for (const o of outcomes) {
    const key = o.code ? `${o.status} ${o.code}` : String(o.status);
    byStatus[key] = (byStatus[key] ?? 0) + 1;
  }
  const busy = outcomes.filter((o) => o.status === 503);
  console.log(`  ${label} answers: ${JSON.stringify(byStatus)}`);
  return {
    answers: JSON.stringify(byStatus),
    share503: `${((busy.length / outcomes.length) * 100).toFixed(0)} %`,
    median503ms: busy.length ? Math.round(median(busy.map((o) => o.ms))) : '-',
    median2xxms: Math.round(median(outcomes.filter((o) => o.status < 300).map((o) => o.ms))),
    retryAfterOn503: busy.every((o) => o.retryAfter !== null) ? 'yes' : 'no',
  };
}

async function measure(
  label: string,
  started: Started,
  run: () => Promise<Outcome[]>,
): Promise<{ outcomes: Outcome[]; row: Record<string, string | number> }> {
  const pid = started.child.pid!;
  await new Promise((r) => setTimeout(r, 1000));
  const before = procStatus(pid, 'VmRSS');
  const sampler = sampleRss(pid);
  const t0 = performance.now();
  const outcomes = await run();
  const wall = (performance.now() - t0) / 1000;
  const sampledPeak = sampler.stop();
  const hwm = procStatus(pid, 'VmHWM');
  console.log(`  ${label}: burst done in ${wall.toFixed(1)} s; idling ${IDLE_S} s …`);
  await new Promise((r) => setTimeout(r, IDLE_S * 1000));
  const idle = procStatus(pid, 'VmRSS');
  return {
    outcomes,
    row: {
      process: label,
      rssBefore: mb(before),
      peakRss: mb(Math.max(hwm, sampledPeak)),
      [`rssAfter${IDLE_S}sIdle`]: mb(idle),
      burstSeconds: Number(wall.toFixed(1)),
      ...summarize(label, outcomes),
    },
  };
}

async function benchApi(photo: Buffer): Promise<Record<string, string | number>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fashion-bench-mem-'));
  const api = await start('apps/server/src/main.ts', {
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    WEB_DIST: join(dataDir, 'no-web'),
    RATE_LIMIT_MAX: '0',
    RATE_LIMIT_HEAVY_MAX: '0',
  });
  try {
    const upload = () => {
      const form = new FormData();
      form.append(
        'imagen',
        new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }),
        'camera.jpg',
      );
      form.append('clase_nombre', 'Shirt');
      form.append('color', 'azul');
      return fetch(`${api.url}/api/prendas/upload`, { method: 'POST', body: form });
    };
    const { outcomes, row } = await measure('API', api, () => burst(UPLOADS, upload));
    // Nothing lost: every 201 is a garment in the wardrobe, and nothing else is.
    const list = (await (await fetch(`${api.url}/api/prendas`)).json()) as unknown[];
    const created = outcomes.filter((o) => o.status === 201).length;
    row.stored = `${list.length} garments for ${created} × 201`;
    return row;
  } finally {
    await stop(api.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function benchMl(photo: Buffer): Promise<Record<string, string | number>> {
  const ml = await start('apps/ml/src/main.ts', { PORT: '0', HOST: '127.0.0.1' });
  try {
    const classify = () => {
      const form = new FormData();
      form.append(
        'imagen',
        new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }),
        'camera.jpg',
      );
      return fetch(`${ml.url}/classify`, { method: 'POST', body: form });
    };
    return (await measure('ML service', ml, () => burst(ML_REQUESTS, classify))).row;
  } finally {
    await stop(ml.child);
  }
}

const photo = await cameraJpeg();
const meta = await sharp(photo).metadata();
console.log(
  `photo: ${meta.width}×${meta.height} JPEG, ${(photo.length / MB).toFixed(2)} MB; ` +
    `${UPLOADS} concurrent uploads to the API, ${ML_REQUESTS} concurrent /classify to the ML service`,
);
const rows: Record<string, string | number>[] = [];
if (process.env.BENCH_SKIP_API !== '1') rows.push(await benchApi(photo));
if (process.env.BENCH_SKIP_ML !== '1') rows.push(await benchMl(photo));
console.table(rows);
