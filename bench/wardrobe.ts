/**
 * `npm run bench:wardrobe` — GET /api/prendas with a 5,000-garment wardrobe (issue #15) next to
 * today's 200, over the real HTTP server (apps/server) on real SQLite files.
 *
 * Seeds each wardrobe through the SQLite store (the rows an upload writes, without the photos),
 * starts one server per wardrobe, then measures sequential requests (one client, no
 * concurrency): a page of 50, a filtered search (q + lavado, limit 50), the web's first page of
 * 200 (with its count) and its search by class and colour name (q=camisa azul), and the full
 * bare list.
 * Prints medians (p50) of BENCH_REQUESTS requests after a warm-up.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSqliteStore } from '../packages/adapters/src/sqlite/index.ts';
import { ANONYMOUS_USER_ID } from '../packages/api/src/index.ts';
import {
  CLASS_NAMES,
  COLOR_NAMES,
  GARMENT_FIELD_DEFAULTS,
  newId,
  tipoOf,
} from '../packages/core/src/index.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 60);
const BRANDS = ['Loreak', 'Ecoalf', 'Zara', 'Mango', 'Uniqlo', 'Levi’s', 'Camper'];
const TAGS = ['oficina', 'viaje', 'verano', 'boda', 'gym', 'favorita'];

async function seed(dir: string, n: number): Promise<void> {
  const store = createSqliteStore(join(dir, 'fashion.db'));
  const t0 = Date.parse('2024-01-01T00:00:00.000Z');
  for (let i = 0; i < n; i++) {
    const clase = CLASS_NAMES[i % CLASS_NAMES.length]!;
    const key = `${newId()}.webp`;
    await store.garments.create({
      ...GARMENT_FIELD_DEFAULTS,
      _id: newId(),
      userId: ANONYMOUS_USER_ID,
      imagen_url: `/api/images/${key}`,
      image_key: key,
      // A cut-out on record, as a settled wardrobe has: rows seeded without photos would
      // otherwise each queue a cut-out that fails beside the measured requests.
      recorte_key: `recorte-${key}`,
      recorte_url: `/api/images/recorte-${key}`,
      tipo: tipoOf(clase),
      clase_nombre: clase,
      color: COLOR_NAMES[i % COLOR_NAMES.length]!,
      confianza: 0.9,
      ocasion: ['casual'],
      fecha_agregada: new Date(t0 + i * 60_000).toISOString(),
      marca: BRANDS[i % BRANDS.length]!,
      etiquetas: [TAGS[i % TAGS.length]!],
      notas: i % 11 === 0 ? 'botones de nácar' : 'nota',
      lavado: i % 5 === 0 ? 'para_lavar' : 'limpia',
    });
  }
  await store.close();
}

function start(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [join(ROOT, 'apps/server/src/main.ts')], {
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'production',
        PORT: '0',
        DATA_DIR: dataDir,
        WEB_DIST: join(dataDir, 'no-web'),
        RATE_LIMIT_MAX: '1000000000',
        RATE_LIMIT_HEAVY_MAX: '1000000000',
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

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Median ms of REQUESTS sequential GETs (after 5 warm-ups); the body is read to the end. */
async function p50(url: string): Promise<{ ms: number; count: number }> {
  let count = 0;
  const times: number[] = [];
  for (let i = 0; i < REQUESTS + 5; i++) {
    const t = performance.now();
    const res = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
    const body = (await res.json()) as unknown[] | { items: unknown[] };
    if (!res.ok) throw new Error(`${url}: ${res.status}`);
    if (i >= 5) times.push(performance.now() - t);
    count = Array.isArray(body) ? body.length : body.items.length;
  }
  return { ms: median(times), count };
}

async function main() {
  const rows: string[] = [];
  for (const n of [5000, 200]) {
    const dir = mkdtempSync(join(tmpdir(), 'fashion-wardrobe-bench-'));
    try {
      const t = performance.now();
      await seed(dir, n);
      console.log(`seeded ${n} garments in ${((performance.now() - t) / 1000).toFixed(1)} s`);
      const { url, child } = await start(dir);
      try {
        const cases: [string, string][] = [
          ['list page (limit 50)', '/api/prendas?limit=50'],
          [
            'filtered search (q=nácar&lavado=limpia, limit 50)',
            '/api/prendas?q=n%C3%A1car&lavado=limpia&limit=50',
          ],
          // What the web's wardrobe screen asks: pages of 200 (the first one counted), and a
          // search by a Spanish class name and a colour (core's searchWords) on the server.
          ['web page (limit 200, first: counted)', '/api/prendas?limit=200'],
          ['web search (q=camisa azul, limit 200)', '/api/prendas?q=camisa%20azul&limit=200'],
          ['full list (bare array)', '/api/prendas'],
        ];
        // The web's second page (by cursor): the same rows without the count of the first.
        const first = (await (await fetch(`${url}/api/prendas?limit=200`)).json()) as {
          next: string | null;
        };
        if (first.next) {
          cases.splice(3, 0, [
            'web next page (limit 200, cursor: not counted)',
            `/api/prendas?limit=200&cursor=${encodeURIComponent(first.next)}`,
          ]);
        }
        for (const [name, path] of cases) {
          const r = await p50(url + path);
          rows.push(`| ${n} | ${name} | ${r.count} | ${r.ms.toFixed(2)} |`);
        }
      } finally {
        await stop(child);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log(`\nGET /api/prendas, p50 of ${REQUESTS} sequential requests (gzip accepted)\n`);
  console.log('| garments | request | items | p50 ms |');
  console.log('| --- | --- | --- | --- |');
  for (const r of rows) console.log(r);
}

await main();
