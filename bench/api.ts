/**
 * `npm run bench:api` — how fast the API serves a wardrobe, next to a bare Hono route.
 *
 * 1. Starts the real server (apps/server/src/main.ts) in its own process on a temp DATA_DIR,
 *    and a bare Hono app (bench/bare-server.ts) in another.
 * 2. Seeds 200 garments through POST /api/prendas/upload (real photos from fixtures/).
 * 3. Several alternating autocannon rounds of GET /api/prendas — as a browser asks for it
 *    (Accept-Encoding: gzip) and without compression — and of GET /api/bench/bare; reports the
 *    medians of requests/s, p50 and p99, and the ratios list/bare. Two more rows split the gap:
 *    the list revalidated (If-None-Match: 304, the whole path without the body) and the bare app
 *    sending the list's own gzip bytes (the body without the path).
 * 4. Upload latency of a ~3 MB 1600×1200 phone JPEG (decode, rotate, strip, re-encode, thumbnail,
 *    store), sequentially: with class and colour given, and alone (classified in-process).
 *
 * Rate limits stay on (with a huge budget) so that their cost is measured too.
 *
 * autocannon's client is JavaScript: on a 2-core machine it saturates before a server does on
 * large bodies. When `wrk` (C) is installed, the same rounds are repeated with it as a
 * cross-check whose client costs far less per request.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { bigPhoneJpeg } from '../packages/vision/test/helpers/crafted-images.ts';

interface AutocannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  throughput: { average: number };
}
type Autocannon = (opts: {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
}) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const GARMENTS = 200;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 5);
const CONNECTIONS = 10;
const UPLOADS = 15;

function start(
  script: string,
  env: Record<string, string>,
): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [join(ROOT, script)], {
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout!.on('data', (d: Buffer) => {
      const m = /listening on (http:\/\/\S+)/.exec(d.toString());
      if (m?.[1]) resolve({ url: m[1], child });
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

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * Each upload queues its cut-out (about 0.3 s of a core each): measuring the list while 200 of
 * them run would measure the cut-outs. Waits until every garment has one, or none came for 20 s.
 */
async function cutoutsSettled(url: string): Promise<void> {
  let done = -1;
  let since = Date.now();
  for (;;) {
    const list = (await (await fetch(`${url}/api/prendas`)).json()) as { recorte_url?: string }[];
    const now = list.filter((g) => g.recorte_url).length;
    if (now !== done) [done, since] = [now, Date.now()];
    if (now === list.length || Date.now() - since > 20_000) break;
    await new Promise((r) => setTimeout(r, 2000));
  }
  console.log(`cut-outs settled: ${done} of ${GARMENTS} before measuring`);
}

async function seed(url: string): Promise<void> {
  const dir = join(ROOT, 'fixtures/photos');
  const photos = readdirSync(dir).filter((f) => f.endsWith('.jpg'));
  const classOf: Record<string, string> = {
    dress: 'Dress',
    hat: 'Hat',
    longsleeve: 'Longsleeve',
    outwear: 'Outwear',
    pants: 'Pants',
    shirt: 'Shirt',
    shoes: 'Shoes',
    shorts: 'Shorts',
    skirt: 'Skirt',
    't-shirt': 'T-shirt',
  };
  const colors = ['negro', 'blanco', 'azul', 'gris', 'rojo', 'beige', 'verde'];
  for (let i = 0; i < GARMENTS; i++) {
    const file = photos[i % photos.length]!;
    const form = new FormData();
    form.append('imagen', new Blob([readFileSync(join(dir, file))], { type: 'image/jpeg' }), file);
    form.append('clase_nombre', classOf[file.replace(/-\d\.jpg$/, '')]!);
    form.append('color', colors[i % colors.length]!);
    form.append('ocasion', i % 2 ? 'casual,trabajo' : 'casual');
    const res = await fetch(`${url}/api/prendas/upload`, { method: 'POST', body: form });
    if (res.status !== 201) throw new Error(`seeding failed: ${res.status} ${await res.text()}`);
  }
}

interface Target {
  name: string;
  url: string;
  headers?: Record<string, string>;
  /** The answer is a 304 (a revalidation), not a 2xx. */
  notModified?: boolean;
}

async function measure(t: Target, duration = DURATION_S): Promise<AutocannonResult> {
  const { url, headers } = t;
  const r = await autocannon({
    url,
    connections: CONNECTIONS,
    duration,
    ...(headers ? { headers } : {}),
  });
  if ((r.non2xx > 0 && !t.notModified) || r.errors > 0)
    throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return r;
}

interface Sample {
  rps: number;
  p50: number;
  p99: number;
}

const WRK = (() => {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
    return true;
  } catch (err) {
    // wrk prints its version and exits 1; only a missing binary is ENOENT.
    return (err as NodeJS.ErrnoException).code !== 'ENOENT';
  }
})();

/** wrk's latency lines look like "50%  812.00us" or "99%   10.51ms". */
function wrkMs(out: string, pct: string): number {
  const m = new RegExp(`\\s${pct}%\\s+([\\d.]+)(us|ms|s)`).exec(out);
  if (!m) return NaN;
  const v = Number(m[1]);
  return m[2] === 'us' ? v / 1000 : m[2] === 's' ? v * 1000 : v;
}

function measureWrk(t: Target): Sample {
  const args = ['-t1', `-c${CONNECTIONS}`, `-d${DURATION_S}s`, '--latency'];
  for (const [k, v] of Object.entries(t.headers ?? {})) args.push('-H', `${k}: ${v}`);
  const out = execFileSync('wrk', [...args, t.url], { encoding: 'utf8' });
  if (/Non-2xx/.test(out) && !t.notModified) throw new Error(`${t.url}: non-2xx answers\n${out}`);
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
  return { rps, p50: wrkMs(out, '50'), p99: wrkMs(out, '99') };
}

function fromAutocannon(r: AutocannonResult): Sample {
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
}

/** Rounds over all targets, rotating the order so that drift hits every target alike. */
async function rounds(tool: string, targets: Target[], run: (t: Target) => Promise<Sample>) {
  const results: Sample[][] = targets.map(() => []);
  for (let i = 0; i < ROUNDS; i++) {
    for (let k = 0; k < targets.length; k++) {
      const j = (k + i) % targets.length;
      results[j]!.push(await run(targets[j]!));
    }
    console.log(
      `${tool} round ${i + 1}/${ROUNDS}: ` +
        targets
          .map((t, j) => `${t.name.split(' (')[0]} ${Math.round(results[j]!.at(-1)!.rps)}`)
          .join(', '),
    );
  }
  return targets.map((t, j) => ({
    name: t.name,
    rps: median(results[j]!.map((r) => r.rps)),
    p50: median(results[j]!.map((r) => r.p50)),
    p99: median(results[j]!.map((r) => r.p99)),
  }));
}

function table(title: string, rows: (Sample & { name: string })[]): string[] {
  const bareRps = rows.at(-1)!.rps;
  const pad = (s: string | number, n: number) => String(s).padEnd(n);
  const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : '?');
  return [
    '',
    title,
    `| ${pad('route', 44)} | ${pad('req/s', 8)} | ${pad('p50 ms', 6)} | ${pad('p99 ms', 6)} | ${pad('vs bare', 7)} |`,
    `| ${'-'.repeat(44)} | ${'-'.repeat(8)} | ${'-'.repeat(6)} | ${'-'.repeat(6)} | ${'-'.repeat(7)} |`,
    ...rows.map(
      (r) =>
        `| ${pad(r.name, 44)} | ${pad(Math.round(r.rps), 8)} | ${pad(ms(r.p50), 6)} | ${pad(ms(r.p99), 6)} | ${pad(`${((100 * r.rps) / bareRps).toFixed(1)} %`, 7)} |`,
    ),
  ];
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'fashion-bench-'));
  const env = {
    PORT: '0',
    DATA_DIR: dataDir,
    WEB_DIST: join(dataDir, 'no-web'),
    RATE_LIMIT_MAX: '1000000000',
    RATE_LIMIT_HEAVY_MAX: '1000000000',
  };
  const api = await start('apps/server/src/main.ts', env);
  let bare: { url: string; child: ChildProcess } | null = null;
  try {
    console.log(`seeding ${GARMENTS} garments through POST /api/prendas/upload …`);
    await seed(api.url);
    await cutoutsSettled(api.url);
    const listUrl = `${api.url}/api/prendas`;
    const plainBytes = (
      await (await fetch(listUrl, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer()
    ).byteLength;
    // The list JSON gzipped as the API gzips it, for the bare app to send (the body without the
    // path; fetch hands the answer back decoded).
    const gzipped = await fetch(listUrl, { headers: { 'accept-encoding': 'gzip' } });
    const etag = gzipped.headers.get('etag') ?? '';
    const bodyFile = join(dataDir, 'list.json.gz');
    writeFileSync(bodyFile, zlib.gzipSync(Buffer.from(await gzipped.arrayBuffer())));
    bare = await start('bench/bare-server.ts', { BENCH_GZIP_BODY: bodyFile });
    const targets: Target[] = [
      {
        name: `GET /api/prendas, gzip (${GARMENTS} garments)`,
        url: listUrl,
        headers: { 'accept-encoding': 'gzip' },
      },
      { name: `GET /api/prendas, plain (${Math.round(plainBytes / 1024)} KB)`, url: listUrl },
      {
        name: 'GET /api/prendas, revalidated (304, no body)',
        url: listUrl,
        headers: { 'accept-encoding': 'gzip', 'if-none-match': etag },
        notModified: true,
      },
      {
        name: 'GET bare route sending the list gzip',
        url: `${bare.url}/api/bench/list-gzip`,
        headers: { 'accept-encoding': 'gzip' },
      },
      { name: 'GET bare Hono route (separate app)', url: `${bare.url}/api/bench/bare` },
    ];

    // Warm-up (JIT, caches).
    for (const t of targets) await measure(t, 2);
    const withAutocannon = await rounds('autocannon', targets, async (t) =>
      fromAutocannon(await measure(t)),
    );
    const withWrk = WRK ? await rounds('wrk', targets, async (t) => measureWrk(t)) : null;

    console.log(`uploading a ~3 MB phone photo 2 × ${UPLOADS} times …`);
    const big = await bigPhoneJpeg();
    // With class and colour given (no model runs), and as a new user sends it: the photo alone,
    // classified by the in-process CNN. Alternating, so drifting machine load hits both alike.
    const uploads = { labelled: [] as number[], classified: [] as number[] };
    for (let i = 0; i < UPLOADS; i++) {
      for (const kind of ['labelled', 'classified'] as const) {
        const form = new FormData();
        form.append(
          'imagen',
          new Blob([new Uint8Array(big)], { type: 'image/jpeg' }),
          'IMG_1234.jpg',
        );
        if (kind === 'labelled') {
          form.append('clase_nombre', 'Shirt');
          form.append('color', 'azul');
        }
        const t0 = performance.now();
        const res = await fetch(`${api.url}/api/prendas/upload`, { method: 'POST', body: form });
        await res.arrayBuffer();
        uploads[kind].push(performance.now() - t0);
        if (res.status !== 201) throw new Error(`upload (${kind}) failed: ${res.status}`);
      }
    }
    const uploadLine = (label: string, times: number[]) =>
      `upload of a ${(big.length / 1e6).toFixed(2)} MB 1600×1200 JPEG, ${label}: p50 ${median(times).toFixed(0)} ms, ` +
      `min ${Math.min(...times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms (${UPLOADS} sequential)`;

    const lines = [
      '',
      `Fashion AI API benchmark — ${cpus().length} CPUs (${cpus()[0]?.model.trim()}), Node ${process.version}`,
      `${CONNECTIONS} connections, ${DURATION_S} s × ${ROUNDS} rounds per route and tool, medians`,
      ...table('autocannon (JavaScript client, the reference tool):', withAutocannon),
      ...(withWrk
        ? table('wrk (C client, cross-check):', withWrk)
        : ['', 'wrk not installed: no cross-check']),
      '',
      'goal: list ≥ 50 % of bare',
      uploadLine('class and colour given', uploads.labelled),
      uploadLine('classified in-process (CNN + colour)', uploads.classified),
      '',
    ];
    console.log(lines.join('\n'));
  } finally {
    await Promise.all([stop(api.child), ...(bare ? [stop(bare.child)] : [])]);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
