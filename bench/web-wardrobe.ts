/**
 * `npm run bench:web-wardrobe` — the wardrobe screen in Chromium with 200 and with 5,000 garments.
 *
 * 1. Builds the web app if needed, starts two real servers (apps/server/src/main.ts) on temp
 *    DATA_DIRs, uploads 20 real photos (fixtures/photos) to each through the API, then fills each
 *    wardrobe to its size through the SQLite store (copies of those garments with new ids: the
 *    screen's cost is in the list and the grid, not in distinct pixels).
 * 2. Alternating rounds, a fresh browser context each: time to first garments (navigation start
 *    to the first garment card in the DOM, seen by a MutationObserver in the page) and the median
 *    frame duration while the page scrolls a fixed distance by script, one step per frame.
 * 3. Prints the medians side by side and their ratio.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { createSqliteStore } from '../packages/adapters/src/sqlite/index.ts';
import { newId } from '../packages/core/src/ids.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SIZES = [200, 5000];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
/** Scroll steps (one per animation frame) and pixels per step. */
const FRAMES = 240;
const STEP_PX = 60;
const USER = 'anonymous';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

function start(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [join(ROOT, 'apps/server/src/main.ts')], {
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'production',
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout!.on('data', (d: Buffer) => {
      const m = /listening on (http:\/\/\S+)/.exec(d.toString());
      if (m?.[1]) resolve({ url: m[1], child });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

const CLASS_OF: Record<string, string> = {
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
const COLORS = ['negro', 'blanco', 'azul', 'gris', 'rojo', 'beige', 'verde'];

async function seed(url: string, dataDir: string, size: number): Promise<void> {
  const dir = join(ROOT, 'fixtures/photos');
  const photos = readdirSync(dir).filter((f) => f.endsWith('.jpg'));
  for (const [i, file] of photos.entries()) {
    const form = new FormData();
    form.append('imagen', new Blob([readFileSync(join(dir, file))], { type: 'image/jpeg' }), file);
    form.append('clase_nombre', CLASS_OF[file.replace(/-\d\.jpg$/, '')]!);
    form.append('color', COLORS[i % COLORS.length]!);
    const res = await fetch(`${url}/api/prendas/upload`, { method: 'POST', body: form });
    if (res.status !== 201) throw new Error(`seeding failed: ${res.status} ${await res.text()}`);
  }
  // The rest through the store the server reads (SQLite tells the server's connection).
  const store = createSqliteStore(join(dataDir, 'fashion.db'));
  try {
    const originals = await store.garments.list(USER);
    for (let i = originals.length; i < size; i++) {
      const g = originals[i % originals.length]!;
      await store.garments.create({
        ...g,
        _id: newId(),
        ocasion: [...g.ocasion],
        color: COLORS[i % COLORS.length] as typeof g.color,
      });
    }
  } finally {
    await store.close();
  }
  const res = await fetch(`${url}/api/prendas`);
  const body = (await res.json()) as unknown[] | { prendas: unknown[] };
  const n = Array.isArray(body) ? body.length : body.prendas.length;
  if (n < Math.min(size, 200)) throw new Error(`seeded ${n} garments, wanted ${size}`);
}

/** Set before any script of the page: when the first garment card enters the DOM. */
const FIRST_CARD_PROBE = `
  new MutationObserver((_, obs) => {
    if (document.querySelector('[data-testid="garment-card"]')) {
      window.__firstCard = performance.now();
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

/**
 * Scrolls by script, one step per animation frame, and answers the frame durations. A string, so
 * the page runs it as written (the bench's own compiler would add helpers the page lacks).
 */
const SCROLL = `(n, step) => new Promise((resolve) => {
  const times = [];
  function tick(t) {
    times.push(t);
    window.scrollBy(0, step);
    if (times.length > n) resolve(times.slice(1).map((x, i) => x - times[i]));
    else requestAnimationFrame(tick);
  }
  requestAnimationFrame(tick);
})`;

interface Sample {
  firstMs: number;
  frameMs: number;
}

async function round(browser: Browser, url: string): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(FIRST_CARD_PROBE);
  await page.goto(`${url}/wardrobe`);
  await page.waitForFunction(() => (globalThis as unknown as { __firstCard?: number }).__firstCard);
  const firstMs = await page.evaluate(
    () => (globalThis as unknown as { __firstCard: number }).__firstCard,
  );
  // Let the thumbnails of the first screen settle before scrolling.
  await page.waitForTimeout(500);
  const frames = (await page.evaluate(`(${SCROLL})(${FRAMES}, ${STEP_PX})`)) as number[];
  await context.close();
  return { firstMs, frameMs: median(frames) };
}

async function main() {
  execFileSync('npm', ['run', 'build', '-w', '@fashion/web'], { cwd: ROOT, stdio: 'inherit' });
  const servers: { size: number; url: string; child: ChildProcess; dir: string }[] = [];
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    for (const size of SIZES) {
      const dir = mkdtempSync(join(tmpdir(), `fashion-bench-web-${size}-`));
      const { url, child } = await start(dir);
      servers.push({ size, url, child, dir });
      console.log(`seeding ${size} garments at ${url}…`);
      await seed(url, dir, size);
    }
    const samples = new Map<number, Sample[]>(SIZES.map((s) => [s, []]));
    for (let r = 0; r < ROUNDS; r++) {
      for (const s of r % 2 ? [...servers].reverse() : servers) {
        const sample = await round(browser, s.url);
        samples.get(s.size)!.push(sample);
        console.log(
          `round ${r + 1} · ${s.size}: first garments ${sample.firstMs.toFixed(0)} ms, frame ${sample.frameMs.toFixed(1)} ms`,
        );
      }
    }
    const rows = SIZES.map((size) => {
      const xs = samples.get(size)!;
      return {
        size,
        first: median(xs.map((x) => x.firstMs)),
        frame: median(xs.map((x) => x.frameMs)),
      };
    });
    console.log(`\nwardrobe screen, Chromium 1280×800, medians of ${ROUNDS} rounds`);
    console.log('garments | time to first garments | median scroll frame');
    for (const r of rows)
      console.log(
        `${String(r.size).padStart(8)} | ${r.first.toFixed(0).padStart(18)} ms | ${r.frame.toFixed(1).padStart(16)} ms`,
      );
    const [a, b] = rows;
    console.log(
      `ratio ${b!.size}/${a!.size}: first garments ×${(b!.first / a!.first).toFixed(2)}, frame ×${(b!.frame / a!.frame).toFixed(2)}`,
    );
  } finally {
    await browser.close();
    for (const s of servers) {
      await stop(s.child);
      rmSync(s.dir, { recursive: true, force: true });
    }
  }
}

await main();
