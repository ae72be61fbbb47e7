/**
 * npm run bench:recommend — time recommendOutfits for the top 10 on generated wardrobes of 50,
 * 200, 1,000 and 5,000 garments (seeded, realistic class mix; see recommend-wardrobe.ts).
 *
 * Each scenario runs a few warm-up calls, then RUNS timed calls on the same input; the table
 * shows the median and 90th percentile wall time and the median CPU time (user + system) in
 * milliseconds. CPU time is the steadier figure on a shared machine; the load is printed.
 * Scenarios: a mild day; a cold rainy one with a layered top (5–6 slots: the hardest search);
 * a winter day asked for by date (the season rules); a hot one with dresses.
 */
import { cpus, loadavg } from 'node:os';
import { recommendOutfits, type Preferences, type RecommendContext } from '@fashion/core';
import { generateWardrobe } from './recommend-wardrobe.ts';

const SIZES = [50, 200, 1000, 5000];
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = 3;

const SCENARIOS: { name: string; prefs: Partial<Preferences>; ctx: RecommendContext }[] = [
  {
    name: 'mild, casual',
    prefs: { ocasion: 'casual', estilo: 'minimalista' },
    ctx: { temperature: 18, limit: 10 },
  },
  {
    name: 'cold+rain, layered, work',
    prefs: { ocasion: 'trabajo', estilo: 'elegante', layeredTop: true, colores: ['azul'] },
    ctx: { temperature: 4, rain: true, limit: 10 },
  },
  {
    name: 'winter day (fecha), casual',
    prefs: { ocasion: 'casual', estilo: 'moderno' },
    ctx: { temperature: 6, fecha: '2026-01-15', limit: 10 },
  },
  {
    name: 'hot, dresses, party',
    prefs: { ocasion: 'fiesta', estilo: 'colorido', incluirVestido: true, topPreference: 'Shirt' },
    ctx: { temperature: 30, limit: 10 },
  },
];

function quantile(sorted: number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

const rows: string[] = [];
/** scenario → size → [median wall, median CPU] */
const medians = new Map<string, Map<number, [number, number]>>();
for (const size of SIZES) {
  const wardrobe = generateWardrobe(size, 42);
  for (const s of SCENARIOS) {
    for (let i = 0; i < WARMUP; i++) recommendOutfits(wardrobe, s.prefs, s.ctx);
    const wall: number[] = [];
    const cpu: number[] = [];
    let count = 0;
    for (let i = 0; i < RUNS; i++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      count = recommendOutfits(wardrobe, s.prefs, s.ctx).length;
      wall.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
    wall.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    const med: [number, number] = [quantile(wall, 0.5), quantile(cpu, 0.5)];
    if (!medians.has(s.name)) medians.set(s.name, new Map());
    medians.get(s.name)!.set(size, med);
    const cells = [size.toLocaleString('en'), s.name, count, med[0], quantile(wall, 0.9), med[1]];
    rows.push(
      `| ${cells.map((c) => (typeof c === 'number' && !Number.isInteger(c) ? c.toFixed(1) : c)).join(' | ')} |`,
    );
  }
}

const load = loadavg()
  .map((l) => l.toFixed(1))
  .join(' ');
console.log(
  `recommendOutfits, top 10, ${RUNS} runs after ${WARMUP} warm-ups ` +
    `(Node ${process.version}, ${cpus().length} CPUs, load average ${load})\n`,
);
console.log('| garments | scenario | outfits | median ms | p90 ms | median CPU ms |');
console.log('| ---: | --- | ---: | ---: | ---: | ---: |');
for (const r of rows) console.log(r);
console.log('\ngrowth 1,000 → 5,000 garments (×5 garments), median wall / median CPU:');
for (const [name, m] of medians) {
  const [w1, c1] = m.get(1000)!;
  const [w5, c5] = m.get(5000)!;
  console.log(`  ${name}: ×${(w5 / w1).toFixed(2)} / ×${(c5 / c1).toFixed(2)}`);
}
