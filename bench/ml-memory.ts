/**
 * `npx tsx bench/ml-memory.ts` — the ML service's peak memory under a burst of large uploads
 * (issue 11): BENCH_CONCURRENCY (64) simultaneous POST /classify of a 12 MP camera JPEG of about
 * 9.9 MB, against the service in its own process (`node --import tsx apps/ml/src/main.ts`, both
 * real models). Prints the status counts, the 503 share, how fast the 503s came, and the
 * process's peak resident memory (VmHWM) before and after the burst. Goal: peak ≤ 600 MB.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 64);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** A 4000×3000 JPEG of about 9.9 MB: a real photo upscaled, with fine noise (camera-like entropy). */
async function cameraJpeg(): Promise<Uint8Array> {
  const photo = readFileSync(join(ROOT, 'fixtures/photos/outwear-2.jpg'));
  const base = await sharp(photo).resize(4000, 3000).raw().toBuffer();
  let seed = 1;
  for (let i = 0; i < base.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    base[i] = Math.max(0, Math.min(255, base[i]! + ((seed >> 16) % 81) - 40));
  }
  for (const quality of [97, 96, 95, 94, 92, 90, 88, 85, 80]) {
    const jpeg = await sharp(base, { raw: { width: 4000, height: 3000, channels: 3 } })
      .jpeg({ quality })
      .toBuffer();
    if (jpeg.length <= 9.9 * 1024 * 1024) return new Uint8Array(jpeg);
  }
  throw new Error('could not make a JPEG under 9.9 MB');
}

function kb(status: string, field: string): number {
  const line = status.split('\n').find((l) => l.startsWith(field));
  return Number(line?.replace(/\D+/g, '') ?? 0);
}

const image = await cameraJpeg();
const port = await freePort();
const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'apps/ml/src/main.ts')], {
  // MALLOC_ARENA_MAX=2 as the Docker image runs it (apps/ml/Dockerfile).
  env: { MALLOC_ARENA_MAX: '2', ...process.env, PORT: String(port), HOST: '127.0.0.1' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const url = `http://127.0.0.1:${port}`;
const proc = () => readFileSync(`/proc/${child.pid}/status`, 'utf8');
try {
  for (let i = 0; ; i++) {
    const ok = await fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (i > 600) throw new Error('the ML service did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  console.log(
    `image ${(image.length / 1024 / 1024).toFixed(1)} MB 4000×3000; idle RSS ${(kb(proc(), 'VmRSS') / 1024).toFixed(0)} MB`,
  );
  for (let round = 1; round <= ROUNDS; round++) {
    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        const form = new FormData();
        form.append(
          'imagen',
          new Blob([image as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' }),
          'p.jpg',
        );
        const res = await fetch(`${url}/classify`, { method: 'POST', body: form });
        await res.arrayBuffer();
        return {
          status: res.status,
          ms: performance.now() - started,
          retry: res.headers.get('retry-after'),
        };
      }),
    );
    const counts = new Map<number, number>();
    for (const r of results) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
    const shed = results
      .filter((r) => r.status === 503)
      .map((r) => r.ms)
      .sort((a, b) => a - b);
    const status = proc();
    console.log(
      `round ${round}: ${CONCURRENCY} concurrent → ${[...counts].map(([s, n]) => `${s}×${n}`).join(' ')}; ` +
        `503 share ${((100 * shed.length) / CONCURRENCY).toFixed(0)} %` +
        (shed.length
          ? `, median 503 after ${shed[Math.floor(shed.length / 2)]!.toFixed(0)} ms, Retry-After ${results.find((r) => r.status === 503)?.retry}`
          : '') +
        `; all done in ${(performance.now() - started).toFixed(0)} ms; ` +
        `RSS now ${(kb(status, 'VmRSS') / 1024).toFixed(0)} MB, peak (VmHWM) ${(kb(status, 'VmHWM') / 1024).toFixed(0)} MB`,
    );
  }
} finally {
  child.kill('SIGTERM');
}
